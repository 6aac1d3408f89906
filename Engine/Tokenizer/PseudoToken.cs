namespace Engine.Tokenizer;

/// <summary>What tokenize.py's <c>PseudoToken</c> pattern matched (the alternative of its group).</summary>
internal enum PseudoKind : byte
{
    /// <summary>Nothing matches: tokenize.py makes an ERRORTOKEN of the one character at the position (even a space).</summary>
    None,
    /// <summary><c>\Z</c>: only whitespace up to the end of a line without newline.</summary>
    Empty,
    /// <summary>Backslash-newline (<c>\\\r?\n</c>): the statement continues on the next line.</summary>
    Continuation,
    Comment,
    /// <summary>A string prefix and an opening triple quote (the body is matched separately).</summary>
    Triple,
    Number,
    /// <summary><c>\r?\n</c></summary>
    Newline,
    Operator,
    /// <summary>A single-quoted string closed on this line.</summary>
    String,
    /// <summary>A single-quoted string whose line ends in backslash-newline (<c>ContStr</c>'s second ending).</summary>
    ContinuedString,
    /// <summary><c>\w+</c>: a NAME when its first character may start an identifier, else tokenize.py's OP.</summary>
    Name,
}

/// <summary>
/// One match of tokenize.py's <c>PseudoToken</c> regex
/// (<c>Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)</c>) in a physical line:
/// the kind of lexeme and where it lies (UTF-16 offsets into the line; <see cref="Start"/> is after
/// the leading spaces, tabs and form feeds). This is the lexical step shared by every tokenizing
/// mode: the caller decides what a match means (tokenize.py's rules in <see cref="TokenizePy"/>;
/// a strict, CPython-tokenizer-like mode would validate numbers/names and report errors instead
/// of ERRORTOKENs).
/// </summary>
internal readonly record struct PseudoToken(PseudoKind Kind, int Start, int End, TokenType Exact, int Prefix)
{
    /// <summary>Matches at <paramref name="pos"/> (&lt; line length) with <c>re</c>'s ordered-alternative semantics.</summary>
    public static PseudoToken Match(ReadOnlySpan<char> s, int pos)
    {
        int max = s.Length;
        int start = pos;
        while (start < max && s[start] is ' ' or '\f' or '\t') start++;
        if (start == max) return new(PseudoKind.Empty, start, start, TokenType.OP, -1); // \Z

        char c = s[start];
        if (c == '\\')
        {
            if (start + 1 < max && s[start + 1] == '\n') return new(PseudoKind.Continuation, start, start + 2, TokenType.OP, -1);
            if (start + 2 < max && s[start + 1] == '\r' && s[start + 2] == '\n') return new(PseudoKind.Continuation, start, start + 3, TokenType.OP, -1);
            return None(start);
        }
        if (c == '#')
        {
            int end = start + 1;
            while (end < max && s[end] is not ('\r' or '\n')) end++;
            return new(PseudoKind.Comment, start, end, TokenType.OP, -1);
        }
        int prefix = Lexemes.StringPrefixLength(s, start);
        if (prefix >= 0 && Lexemes.IsTripleQuote(s, start + prefix, s[start + prefix]))
            return new(PseudoKind.Triple, start, start + prefix + 3, TokenType.OP, prefix);
        if ((uint)(c - '0') <= 9 || (c == '.' && start + 1 < max && (uint)(s[start + 1] - '0') <= 9))
            return new(PseudoKind.Number, start, Lexemes.ScanNumber(s, start), TokenType.NUMBER, -1);
        if (c == '\n') return new(PseudoKind.Newline, start, start + 1, TokenType.NEWLINE, -1);
        if (c == '\r' && start + 1 < max && s[start + 1] == '\n') return new(PseudoKind.Newline, start, start + 2, TokenType.NEWLINE, -1);
        int n = Lexemes.MatchOperator(s, start, out var exact);
        if (n > 0) return new(PseudoKind.Operator, start, start + n, exact, -1);
        if (prefix >= 0)
        {
            int end = Lexemes.MatchContStr(s, start + prefix, out bool continued);
            if (end >= 0) return new(continued ? PseudoKind.ContinuedString : PseudoKind.String, start, end, TokenType.STRING, prefix);
        }
        int word = Lexemes.ScanWord(s, start);
        if (word > start) return new(PseudoKind.Name, start, word, TokenType.NAME, -1);
        return None(start);
    }

    private static PseudoToken None(int start) => new(PseudoKind.None, start, start, TokenType.ERRORTOKEN, -1);
}
