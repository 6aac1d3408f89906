namespace Engine.Parser;

/// <summary>
/// Turns a UTF-16 offset into the two columns CPython uses: code points (SyntaxError.offset) and
/// UTF-8 bytes (AST col_offset), counted from the start of the line. Tokens are asked for in
/// increasing order, so a cursor remembers the last answer and the cost stays linear.
/// </summary>
internal sealed class ColumnMap(string src)
{
    private int _lineStart = -1, _offset, _cp, _bytes;

    public int CodePoints(int lineStart, int offset)
    {
        Advance(lineStart, offset);
        return _cp;
    }

    public int Utf8Bytes(int lineStart, int offset)
    {
        Advance(lineStart, offset);
        return _bytes;
    }

    private void Advance(int lineStart, int offset)
    {
        if (lineStart != _lineStart || offset < _offset)
        {
            _lineStart = lineStart;
            _offset = lineStart;
            _cp = 0;
            _bytes = 0;
        }
        int i = _offset, cp = _cp, bytes = _bytes;
        while (i < offset)
        {
            char c = src[i];
            if (c < 0x80) { bytes += 1; i++; }
            else if (c < 0x800) { bytes += 2; i++; }
            else if (char.IsHighSurrogate(c) && i + 1 < src.Length && char.IsLowSurrogate(src[i + 1])) { bytes += 4; i += 2; }
            else { bytes += 3; i++; } // a lone surrogate is 3 bytes with surrogatepass
            cp++;
        }
        _offset = i;
        _cp = cp;
        _bytes = bytes;
    }
}
