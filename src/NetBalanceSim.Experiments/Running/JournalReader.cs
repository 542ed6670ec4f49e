using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NetBalanceSim.Experiments.Running;

/// <summary>Reads a journal back: its units and invocations up to the first torn or damaged line.</summary>
internal static class JournalReader
{
    /// <summary>What was read.</summary>
    /// <param name="Units">The finished units, in journal order.</param>
    /// <param name="Invocations">The invocations, each with the units it finished.</param>
    /// <param name="ValidLength">Bytes up to the end of the last good line (0 if not even the header is whole).</param>
    /// <param name="Damage">Why reading stopped at a complete line, or null.</param>
    public sealed record Result(List<UnitResult> Units, List<JournalInvocation> Invocations, long ValidLength, string? Damage)
    {
        /// <summary>Units recorded before any invocation: taken from earlier results, not run.</summary>
        public int Reused { get; init; }
    }

    public static Result Read(string path, string planId, int unitCount, int repetitions)
    {
        var bytes = File.ReadAllBytes(path);
        var units = new List<UnitResult>();
        var invocations = new List<JournalInvocation>();
        var seen = new HashSet<(int, int)>();
        var start = 0;
        var validLength = 0L;
        var lineNumber = 0;
        string? damage = null;
        var reused = 0;
        while (start < bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0)
            {
                break; // a torn last line: the unit was not finished
            }
            lineNumber++;
            var line = Encoding.UTF8.GetString(bytes, start, end - start);
            if (lineNumber == 1)
            {
                var plan = Journal.Header(line);
                if (plan is null)
                {
                    throw new JournalMismatchException($"{path}: line 1: not a NetBalanceSim journal; remove it or use another --out");
                }
                if (plan != planId)
                {
                    throw new JournalMismatchException($"{path}: belongs to another scenario or sweep; run without --resume to start over");
                }
            }
            else
            {
                var before = (units.Count, invocations.Count);
                damage = Parse(line, planId, unitCount, repetitions, seen, units, invocations);
                if (damage is null && units.Count > before.Item1 && before.Item2 == 0)
                {
                    reused++;
                }
                if (damage is not null)
                {
                    damage = string.Create(CultureInfo.InvariantCulture, $"{path}: line {lineNumber}: {damage}");
                    break;
                }
            }
            start = end + 1;
            validLength = start;
        }
        return new Result(units, invocations, validLength, damage) { Reused = reused };
    }

    /// <summary>Adds the line's unit or invocation; returns why the line is damaged, or null.</summary>
    private static string? Parse(string line, string planId, int unitCount, int repetitions, HashSet<(int, int)> seen, List<UnitResult> units, List<JournalInvocation> invocations)
    {
        try
        {
            using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 8 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("plan", out var plan) || plan.ValueKind != JsonValueKind.String || !root.TryGetProperty("sum", out var sum))
            {
                return "damaged (not a journal line)";
            }
            if (plan.GetString() != planId)
            {
                return "belongs to another plan";
            }
            var isUnit = root.TryGetProperty("unit", out var payload);
            if (!isUnit && !root.TryGetProperty("invocation", out payload))
            {
                return "damaged (neither a unit nor an invocation)";
            }
            var text = payload.GetRawText();
            if (sum.ValueKind != JsonValueKind.String || sum.GetString() != Journal.Checksum(text))
            {
                return "damaged (its checksum does not match its content)";
            }
            if (!isUnit)
            {
                var invocation = JsonSerializer.Deserialize<JournalInvocation>(text);
                if (invocation is null)
                {
                    return "damaged (an empty invocation)";
                }
                invocations.Add(invocation with { Units = 0 });
                return null;
            }
            var unit = JsonSerializer.Deserialize<Journal.UnitLine>(text);
            if (unit is not { Runs: not null, Trace: not null } || unit.Runs.Any(r => r is null) || unit.Trace.Any(r => r is null))
            {
                return "damaged (a unit without its rows)";
            }
            if (unit.Point < 0 || unit.Repetition < 0 || unit.Repetition >= repetitions || (unitCount != int.MaxValue && (long)unit.Point * repetitions + unit.Repetition >= unitCount))
            {
                return "damaged (a unit outside the plan)";
            }
            if (!seen.Add((unit.Point, unit.Repetition)))
            {
                return "damaged (a unit recorded twice)";
            }
            units.Add(new UnitResult(unit.Point, unit.Repetition, unit.Runs, unit.Trace));
            if (invocations.Count > 0)
            {
                invocations[^1] = invocations[^1] with { Units = invocations[^1].Units + 1 };
            }
            return null;
        }
        catch (JsonException)
        {
            return "damaged (not valid JSON)";
        }
    }
}
