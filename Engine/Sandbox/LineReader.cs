namespace Engine.Sandbox;

/// <summary>
/// Reads a worker's stdout as lines of bytes: a short line (the ready line, a run summary) as
/// text, or a long one (an answer, as large as its trace) copied on to another stream as it
/// arrives, never held whole.
/// </summary>
internal sealed class LineReader(Stream stream)
{
    private readonly byte[] _buffer = new byte[1 << 19];
    private int _start, _end;

    /// <summary>The next line as text, or null when the stream ends first (or the line is longer than <paramref name="maxBytes"/>).</summary>
    public async Task<string?> ReadLineAsync(int maxBytes)
    {
        using var line = new MemoryStream();
        var complete = await CopyLineToAsync(line, CancellationToken.None, maxBytes);
        return complete ? System.Text.Encoding.UTF8.GetString(line.GetBuffer(), 0, (int)line.Length) : null;
    }

    /// <summary>Copies the bytes up to the next newline to <paramref name="destination"/>; false when the stream ends first.</summary>
    public async Task<bool> CopyLineToAsync(Stream destination, CancellationToken cancel, long maxBytes = long.MaxValue)
    {
        long copied = 0;
        while (true)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, CancellationToken.None);
                if (_end == 0) return false;
            }
            var pending = _buffer.AsMemory(_start, _end - _start);
            var newline = pending.Span.IndexOf((byte)'\n');
            var chunk = newline >= 0 ? pending[..newline] : pending;
            copied += chunk.Length;
            if (copied > maxBytes) return false;
            await destination.WriteAsync(chunk, cancel);
            if (newline >= 0)
            {
                _start += newline + 1;
                return true;
            }
            _start = _end;
        }
    }

    /// <summary>Copies the next <paramref name="count"/> bytes to <paramref name="destination"/>; false when the stream ends first.</summary>
    public async Task<bool> CopyBytesToAsync(Stream destination, long count, CancellationToken cancel)
    {
        while (count > 0)
        {
            if (_start == _end)
            {
                _start = 0;
                _end = await stream.ReadAsync(_buffer, CancellationToken.None);
                if (_end == 0) return false;
            }
            var chunk = _buffer.AsMemory(_start, (int)Math.Min(count, _end - _start));
            await destination.WriteAsync(chunk, cancel);
            _start += chunk.Length;
            count -= chunk.Length;
        }
        return true;
    }
}
