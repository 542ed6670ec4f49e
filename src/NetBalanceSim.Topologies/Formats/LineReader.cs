using System.Globalization;
using System.Text;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// Reads lines as <see cref="TextReader.ReadLine"/> does (ended by <c>\n</c>, <c>\r</c> or <c>\r\n</c>), but
/// refuses a line longer than <see cref="TopologyFile.MaxLineChars"/> with an error naming it, instead of building
/// a string as long as the file.
/// </summary>
internal sealed class LineReader(TextReader text, LinkCollector collector)
{
    private readonly char[] buffer = new char[1 << 14];
    private readonly StringBuilder line = new();
    private int start;
    private int end;
    private bool pendingLine;

    private int LineNumber { get; set; }

    /// <summary>The next line without its terminator, or null at the end of the text.</summary>
    public string? Next()
    {
        line.Clear();
        while (true)
        {
            if (start == end && !Fill())
            {
                return line.Length > 0 || pendingLine ? Finish() : null;
            }
            pendingLine = true;
            int stop = Array.FindIndex(buffer, start, end - start, c => c is '\n' or '\r');
            int taken = (stop < 0 ? end : stop) - start;
            if (line.Length + taken > TopologyFile.MaxLineChars)
            {
                throw collector.Error(LineNumber + 1, string.Create(
                    CultureInfo.InvariantCulture,
                    $"line longer than {TopologyFile.MaxLineChars} characters; expected a topology file's short lines"));
            }
            line.Append(buffer, start, taken);
            start += taken;
            if (stop < 0)
            {
                continue;
            }
            start++;
            if (buffer[stop] == '\r' && (start < end || Fill()) && buffer[start] == '\n')
            {
                start++;
            }
            return Finish();
        }
    }

    private string Finish()
    {
        pendingLine = false;
        LineNumber++;
        return line.ToString();
    }

    private bool Fill()
    {
        start = 0;
        end = text.Read(buffer, 0, buffer.Length);
        return end > 0;
    }
}
