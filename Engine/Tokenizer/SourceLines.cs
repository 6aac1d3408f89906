namespace Engine.Tokenizer;

/// <summary>
/// <c>io.StringIO(source).readline</c> over a source string without copying it: lines end after
/// each '\n' only ('\r' is an ordinary character, as StringIO's default newline='\n' gives), and
/// after the last line every read gives an empty line. Also maps UTF-16 offsets in the current line
/// to code point columns, as Python counts them.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _src;
    private int _next;
    private string? _text;
    private bool _hasSurrogates;
    private int _cursor, _cursorCol; // Col's memo: offset _cursor is column _cursorCol

    public SourceLines(string source) => _src = source;

    /// <summary>Absolute offset of the current line's first character.</summary>
    public int Start { get; private set; }

    /// <summary>Absolute offset just after the current line (after its '\n' if it has one).</summary>
    public int End { get; private set; }

    public ReadOnlySpan<char> Span => _src.AsSpan(Start, End - Start);

    /// <summary>The current line as a string (made once per line, shared by its tokens).</summary>
    public string Text => _text ??= _src.Substring(Start, End - Start);

    /// <summary>Advances to the next line; at the end of the source the line is empty.</summary>
    public void ReadLine()
    {
        Start = _next;
        if (_next >= _src.Length)
        {
            End = _src.Length;
        }
        else
        {
            int nl = _src.IndexOf('\n', _next);
            End = nl < 0 ? _src.Length : nl + 1;
        }
        _next = End;
        _text = null;
        _hasSurrogates = Span.ContainsAnyInRange('\uD800', '\uDFFF');
        _cursor = 0;
        _cursorCol = 0;
    }

    /// <summary>The code point column of UTF-16 offset <paramref name="offset"/> in the current line.</summary>
    public int Col(int offset)
    {
        if (!_hasSurrogates) return offset;
        if (offset < _cursor)
        {
            _cursor = 0;
            _cursorCol = 0;
        }
        var s = Span;
        int i = _cursor, col = _cursorCol;
        while (i < offset)
        {
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            col++;
        }
        _cursor = i;
        _cursorCol = col;
        return col;
    }

    /// <summary>The number of code points in <paramref name="s"/> (a surrogate pair is one, a lone surrogate one).</summary>
    public static int CodePointCount(ReadOnlySpan<char> s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1]))
            {
                n--;
                i++;
            }
        }
        return n;
    }
}
