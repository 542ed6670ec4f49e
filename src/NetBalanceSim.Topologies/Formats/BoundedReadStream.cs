using System.Globalization;

namespace NetBalanceSim.Topologies.Formats;

/// <summary>
/// A read-only view of a stream that refuses to deliver more than <paramref name="limitBytes"/> bytes: reading
/// past the limit is a <see cref="TopologyFormatException"/> naming <paramref name="path"/>. It bounds what is read
/// even when the size checked before opening was wrong, e.g. for a file that grows while it is read.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long limitBytes, string path) : Stream
{
    private long readBytes;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => readBytes;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        // Ask for one byte more than the limit allows, so a file of exactly the limit still reads to its end.
        long allowed = limitBytes + 1 - readBytes;
        int n = inner.Read(buffer[..(int)Math.Min(buffer.Length, allowed)]);
        readBytes += n;
        if (readBytes > limitBytes)
        {
            throw new TopologyFormatException(path, null, string.Create(
                CultureInfo.InvariantCulture,
                $"more than {limitBytes} bytes read (the file grew while being read, or its size was misreported); expected at most {limitBytes} bytes"));
        }
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
