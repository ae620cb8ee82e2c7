namespace FactionGraph.Api.GraphQL.Http;

/// <summary>The answer was about to pass GraphQL:MaxResponseBytes.</summary>
public sealed class ResponseTooLargeException(int limit) : Exception($"The answer is larger than the limit of {limit} bytes; ask for fewer fields, aliases or items.");

/// <summary>
/// Where an answer is serialised before any of it is sent: it refuses to grow past a limit, so an
/// over-large answer costs at most the limit in memory and becomes a clear error instead of a cut-off body.
/// </summary>
public sealed class BoundedBuffer(int limit) : Stream
{
    readonly MemoryStream buffer = new();

    public ReadOnlyMemory<byte> Written => buffer.GetBuffer().AsMemory(0, (int)buffer.Length);

    public override void Write(ReadOnlySpan<byte> bytes)
    {
        if (buffer.Length + bytes.Length > limit) throw new ResponseTooLargeException(limit);
        buffer.Write(bytes);
    }

    public override void Write(byte[] bytes, int offset, int count) => Write(bytes.AsSpan(offset, count));

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        Write(bytes.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] bytes, int offset, int count, CancellationToken ct) => WriteAsync(bytes.AsMemory(offset, count), ct).AsTask();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => buffer.Length;
    public override long Position { get => buffer.Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override Task FlushAsync(CancellationToken ct) => Task.CompletedTask;
    public override int Read(byte[] bytes, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) buffer.Dispose();
        base.Dispose(disposing);
    }
}
