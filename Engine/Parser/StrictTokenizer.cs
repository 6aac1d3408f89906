using Engine.Diagnostics;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>
/// The tokens the parser reads, produced the way CPython's C tokenizer (Parser/tokenizer.c,
/// tok_get) produces them: blank and comment lines vanish, NEWLINE only outside brackets,
/// INDENT/DEDENT from an indentation stack that also checks tabs against spaces, and the
/// tokenizer's own errors with their messages and places. Operator and string-prefix scanning is
/// shared with <see cref="Lexemes"/>.
/// </summary>
internal sealed class StrictTokenizer
{
    private const int MaxIndent = 100;  // tokenizer.c MAXINDENT
    private const int MaxLevel = 200;   // tokenizer.c MAXLEVEL
    private const int TabSize = 8;

    private readonly string _src;
    private readonly List<ParserToken> _tokens = new();
    private readonly ColumnMap _cols;

    private int _pos;          // next character to read
    private int _lineStart;    // offset of the current line's first character
    private int _lineno = 1;
    private bool _atBol = true;
    private readonly List<int> _indStack = new() { 0 }, _altIndStack = new() { 0 };
    private readonly List<(char Bracket, int Lineno, int ColCp)> _parens = new();

    private StrictTokenizer(string src)
    {
        _src = src;
        _cols = new ColumnMap(src);
    }

    /// <summary>What tokenizing found: the tokens, and either an error or an unexpected end of input.</summary>
    public sealed record Result(List<ParserToken> Tokens, SourceError? Error, UnclosedBracket? EofInBracket, SourceError? EofAfterBackslash);

    /// <summary>The innermost bracket still open at the end of input (for "'(' was never closed").</summary>
    public sealed record UnclosedBracket(char Bracket, int Lineno, int ColCp);

    public static Result Tokenize(string source)
    {
        var t = new StrictTokenizer(source);
        try
        {
            var eofAfterBackslash = t.Run();
            UnclosedBracket? open = null;
            if (t._parens.Count > 0)
            {
                var p = t._parens[^1];
                open = new UnclosedBracket(p.Bracket, p.Lineno, p.ColCp);
            }
            return new Result(t._tokens, null, open, eofAfterBackslash);
        }
        catch (SourceErrorException e)
        {
            return new Result(t._tokens, e.Error, null, null);
        }
    }

    private char Peek(int k = 0) => _pos + k < _src.Length ? _src[_pos + k] : '\0';
    private bool AtEnd => _pos >= _src.Length;

    private void NewLine(int nextLineStart)
    {
        _lineno++;
        _lineStart = nextLineStart;
    }

    /// <summary>Runs to the end of input; returns the "unexpected EOF" error when the input ends right after a line continuation.</summary>
    private SourceError? Run()
    {
        while (true)
        {
            // tokenizer.c resets blankline on every token it is asked for
            bool blankLine = false;

            // ---- beginning of a line: measure indentation
            if (_atBol)
            {
                _atBol = false;
                int col = 0, altcol = 0, contLineCol = 0;
                while (!AtEnd)
                {
                    char w = _src[_pos];
                    if (w == ' ') { col++; altcol++; }
                    else if (w == '\t') { col = (col / TabSize + 1) * TabSize; altcol++; }
                    else if (w == '\f') { col = altcol = 0; }
                    else if (w == '\\' && ContinuationLength() is > 0 and var len)
                    {
                        // tokenizer.c reads a line continuation inside the indentation: the line goes on
                        // (a blank or comment line after it is still ignored), and the first backslash's
                        // column, when not 0, is the indentation of what follows
                        if (contLineCol == 0) contLineCol = col;
                        _pos += len;
                        NewLine(_pos);
                        continue;
                    }
                    else break;
                    _pos++;
                }
                char c = Peek();
                blankLine = !AtEnd && (c == '#' || c == '\n');
                if (contLineCol != 0) col = altcol = contLineCol;
                if (AtEnd) col = altcol = 0;
                // a backslash still here is an error the continuation code below reports, before any indentation check
                if (!blankLine && c != '\\' && _parens.Count == 0) Indentation(col, altcol);
            }

            // ---- skip spaces and a comment
            while (!AtEnd && _src[_pos] is ' ' or '\t' or '\f') _pos++;
            int commentStart = _pos;
            if (!AtEnd && _src[_pos] == '#')
                while (!AtEnd && _src[_pos] != '\n' && !(_src[_pos] == '\r' && Peek(1) == '\n')) _pos++;

            if (AtEnd)
            {
                if (_parens.Count > 0) return null;
                Finish();
                return null;
            }

            int start = _pos;
            char ch = _src[_pos];

            // ---- newline
            if (ch == '\n' || (ch == '\r' && Peek(1) == '\n'))
            {
                int len = ch == '\n' ? 1 : 2;
                _pos += len;
                // the C tokenizer sets a token's start before skipping a comment: NEWLINE begins at the '#'
                if (!blankLine && _parens.Count == 0)
                    Add(TokenType.NEWLINE, "\n", commentStart, _pos - (len - 1), sameLine: true);
                NewLine(_pos);
                _atBol = true;
                continue;
            }

            // ---- line continuation
            if (ch == '\\')
            {
                _pos++;
                if (AtEnd || Peek() == '\n' || (Peek() == '\r' && Peek(1) == '\n'))
                {
                    // pegen's "unexpected EOF while parsing" sits just past the backslash line's text
                    int eofLine = _lineno, eofOffset = CpCol(_pos) + 1;
                    if (!AtEnd) _pos += Peek() == '\n' ? 1 : 2;
                    NewLine(_pos);
                    if (AtEnd) return new SourceError("SyntaxError", "unexpected EOF while parsing", eofLine, eofOffset, eofLine, eofOffset);
                    continue;
                }
                // pegen's E_LINECONT: the column after the character that follows the backslash
                int after = AtEnd ? _pos : _pos + 1;
                throw Error("SyntaxError", "unexpected character after line continuation character",
                    _lineno, CpCol(after), _lineno, 0);
            }

            // ---- identifiers and string prefixes
            if (IsPotentialIdentifierStart(ch))
            {
                int prefix = Lexemes.StringPrefixLength(_src, _pos);
                if (prefix >= 0)
                {
                    ScanString(start, _pos + prefix);
                    continue;
                }
                ScanIdentifier(start);
                continue;
            }

            // ---- numbers
            if ((uint)(ch - '0') <= 9 || (ch == '.' && (uint)(Peek(1) - '0') <= 9))
            {
                new NumberScanner(this).Scan(start);
                continue;
            }

            // ---- strings without a prefix
            if (ch == '\'' || ch == '"')
            {
                ScanString(start, _pos);
                continue;
            }

            // ---- operators and brackets
            // The C tokenizer reads "<>" as one NOTEQUAL token (PEP 401); the parser then refuses it.
            int n = ch == '<' && _pos + 1 < _src.Length && _src[_pos + 1] == '>' ? 2 : 0;
            var exact = TokenType.NOTEQUAL;
            if (n == 0) n = Lexemes.MatchOperator(_src, _pos, out exact);
            if (n > 0)
            {
                _pos += n;
                Brackets(exact, ch, start);
                Add(exact, _src.Substring(start, n), start, _pos, sameLine: true);
                continue;
            }

            // ---- anything else
            int cp = Lexemes.CodePointAt(_src, _pos, out int cpLen);
            if (cp >= 0x80)
            {
                _pos += cpLen;
                throw InvalidCharacter(cp, _pos);
            }
            if (cp < 0x20 || cp == 0x7F)
            {
                _pos += 1;
                throw Error("SyntaxError", $"invalid non-printable character U+{cp:X4}", _lineno, CpCol(_pos), _lineno, CpCol(_pos));
            }
            // '$', '?', '`', a lone '!': an operator token the grammar has no place for
            _pos += 1;
            Add(TokenType.ERRORTOKEN, ch.ToString(), start, _pos, sameLine: true);
        }
    }

    /// <summary>At a backslash: the length of it and the newline after it when another line follows
    /// (tok_continuation_line succeeds), else 0.</summary>
    private int ContinuationLength()
    {
        int n = Peek(1) == '\n' ? 2 : Peek(1) == '\r' && Peek(2) == '\n' ? 3 : 0;
        return n > 0 && _pos + n < _src.Length ? n : 0;
    }

    private void Indentation(int col, int altcol)
    {
        int top = _indStack.Count - 1;
        if (col == _indStack[top])
        {
            if (altcol != _altIndStack[top]) throw TabError();
        }
        else if (col > _indStack[top])
        {
            if (top + 1 >= MaxIndent)
                throw Error("IndentationError", "too many levels of indentation", _lineno, 1, _lineno, 0);
            if (altcol <= _altIndStack[top]) throw TabError();
            _indStack.Add(col);
            _altIndStack.Add(altcol);
            AddAt(TokenType.INDENT, "", _lineno, _pos, _pos);
        }
        else
        {
            int dedents = 0;
            while (top > 0 && col < _indStack[top])
            {
                top--;
                dedents++;
            }
            if (col != _indStack[top])
            {
                int lineEnd = _src.IndexOf('\n', _pos);
                lineEnd = lineEnd < 0 ? _src.Length : lineEnd + 1;
                int offset = CpCol(lineEnd);
                if (lineEnd == _src.Length && (_src.Length == 0 || _src[^1] != '\n')) offset++; // the C tokenizer adds the missing newline
                throw Error("IndentationError", "unindent does not match any outer indentation level", _lineno, offset, _lineno, -1);
            }
            if (altcol != _altIndStack[top]) throw TabError();
            _indStack.RemoveRange(top + 1, _indStack.Count - top - 1);
            _altIndStack.RemoveRange(top + 1, _altIndStack.Count - top - 1);
            for (int i = 0; i < dedents; i++) AddAt(TokenType.DEDENT, "", _lineno, _pos, _pos);
        }
    }

    private SourceErrorException TabError() =>
        Error("TabError", "inconsistent use of tabs and spaces in indentation", _lineno, 1, _lineno, 0);

    /// <summary>End of input: a NEWLINE if the last logical line lacks one, the DEDENTs, ENDMARKER.</summary>
    private void Finish()
    {
        if (_tokens.Count > 0 && _tokens[^1].Type is not (TokenType.NEWLINE or TokenType.DEDENT or TokenType.INDENT))
            Add(TokenType.NEWLINE, "", _pos, _pos, sameLine: true);
        for (int i = 1; i < _indStack.Count; i++) AddAt(TokenType.DEDENT, "", _lineno, _pos, _pos);
        AddAt(TokenType.ENDMARKER, "", _lineno, _pos, _pos);
    }

    private void Brackets(TokenType exact, char c, int start)
    {
        switch (exact)
        {
            case TokenType.LPAR or TokenType.LSQB or TokenType.LBRACE:
                if (_parens.Count >= MaxLevel)
                    throw Error("SyntaxError", "too many nested parentheses", _lineno, CpCol(_pos), _lineno, CpCol(_pos));
                _parens.Add((c, _lineno, CpCol(start)));
                break;
            case TokenType.RPAR or TokenType.RSQB or TokenType.RBRACE:
                if (_parens.Count == 0)
                    throw Error("SyntaxError", $"unmatched '{c}'", _lineno, CpCol(_pos), _lineno, CpCol(_pos));
                var (open, line, _) = _parens[^1];
                _parens.RemoveAt(_parens.Count - 1);
                if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
                {
                    string msg = line != _lineno
                        ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {line}"
                        : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
                    throw Error("SyntaxError", msg, _lineno, CpCol(_pos), _lineno, CpCol(_pos));
                }
                break;
        }
    }

    private static bool IsPotentialIdentifierStart(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || c >= 0x80;

    private static bool IsPotentialIdentifierChar(char c) =>
        (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_' || (uint)(c - '0') <= 9 || c >= 0x80;

    private void ScanIdentifier(int start)
    {
        bool nonAscii = false;
        while (!AtEnd && IsPotentialIdentifierChar(_src[_pos]))
        {
            if (_src[_pos] >= 0x80) nonAscii = true;
            _pos++;
        }
        if (nonAscii) VerifyIdentifier(start, _pos);
        string text = _src.Substring(start, _pos - start);
        if (nonAscii) text = Nfkc.Normalize(text);
        Add(TokenType.NAME, text, start, _pos, sameLine: true);
    }

    /// <summary>tokenizer.c verify_identifier: the first character that cannot be in an identifier is an "invalid character".</summary>
    private void VerifyIdentifier(int start, int end)
    {
        for (int i = start; i < end;)
        {
            int cp = Lexemes.CodePointAt(_src, i, out int len);
            bool ok = i == start ? UnicodeTables.IsIdentifierStart(cp) : UnicodeTables.IsIdentifierContinue(cp);
            if (!ok)
            {
                _pos = i + len;
                throw InvalidCharacter(cp, i + len);
            }
            i += len;
        }
    }

    private SourceErrorException InvalidCharacter(int cp, int after)
    {
        string msg = IsPrintable(cp)
            ? $"invalid character '{char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp)}' (U+{cp:X4})"
            : $"invalid non-printable character U+{cp:X4}";
        int col = CpCol(after);
        return Error("SyntaxError", msg, _lineno, col, _lineno, col);
    }

    // Py_UNICODE_ISPRINTABLE, by 3.11's Unicode tables (the same test as str.isprintable and repr).
    private static bool IsPrintable(int cp) => Engine.Syntax.PyRepr.IsPrintable(cp);

    /// <summary>A string literal: <paramref name="quote"/> is the offset of the opening quote.</summary>
    private void ScanString(int start, int quote)
    {
        char q = _src[quote];
        int firstLine = _lineno, firstLineStart = _lineStart;
        _pos = quote + 1;
        int quoteSize = 1, endQuoteSize = 0;
        if (Peek() == q)
        {
            if (Peek(1) == q) { quoteSize = 3; _pos += 2; }
            else { endQuoteSize = 1; _pos++; }
        }
        while (endQuoteSize != quoteSize)
        {
            if (AtEnd || (quoteSize == 1 && (_src[_pos] == '\n' || (_src[_pos] == '\r' && Peek(1) == '\n'))))
            {
                int detected = _lineno;
                if (AtEnd && quoteSize == 3 && _src.Length > 0 && _src[^1] == '\n') detected = Math.Max(firstLine, _lineno - 1);
                _lineStart = firstLineStart;
                _lineno = firstLine;
                int col = CpCol(start) + 1;
                string msg = quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detected})"
                    : $"unterminated string literal (detected at line {detected})";
                throw Error("SyntaxError", msg, firstLine, col, firstLine, col);
            }
            char c = _src[_pos++];
            if (c == q) endQuoteSize++;
            else
            {
                endQuoteSize = 0;
                if (c == '\n') NewLine(_pos);
                else if (c == '\\' && !AtEnd)
                {
                    char e = _src[_pos++];
                    if (e == '\n') NewLine(_pos);
                    else if (e == '\r' && Peek() == '\n') { _pos++; NewLine(_pos); }
                }
            }
        }
        var tok = MakeToken(TokenType.STRING, _src.Substring(start, _pos - start), firstLine, firstLineStart, start, _lineno, _lineStart, _pos);
        _tokens.Add(tok);
    }

    // ---------------------------------------------------------------- positions and tokens

    internal int CpCol(int offset) => _cols.CodePoints(_lineStart, offset);

    private void Add(TokenType type, string text, int start, int end, bool sameLine) =>
        _tokens.Add(MakeToken(type, text, _lineno, _lineStart, start, _lineno, _lineStart, end));

    private void AddAt(TokenType type, string text, int lineno, int start, int end) =>
        _tokens.Add(MakeToken(type, text, lineno, _lineStart, start, lineno, _lineStart, end));

    private ParserToken MakeToken(TokenType type, string text, int line, int lineStart, int start, int endLine, int endLineStart, int end)
    {
        int colCp = _cols.CodePoints(lineStart, start), col = _cols.Utf8Bytes(lineStart, start);
        int endCp = _cols.CodePoints(endLineStart, end), endCol = _cols.Utf8Bytes(endLineStart, end);
        return new ParserToken(type, text, line, col, colCp, endLine, endCol, endCp) { SourceStart = start };
    }

    internal SourceErrorException Error(string type, string msg, int lineno, int offset, int endLineno, int endOffset) =>
        new(new SourceError(type, msg, lineno, offset, endLineno, endOffset));

    // ---------------------------------------------------------------- numbers

    /// <summary>tokenizer.c's number scanning with its errors ("invalid decimal literal", leading zeros, ...).</summary>
    private readonly ref struct NumberScanner(StrictTokenizer t)
    {
        private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
        private static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 5;

        private char C => t.Peek();
        private void Next() => t._pos++;

        public void Scan(int start)
        {
            if (C == '.') { Next(); Fraction(start); return; }
            if (C == '0')
            {
                Next();
                char x = (char)(C | 0x20);
                if (x == 'x') { Next(); Radix(start, IsHex, "hexadecimal"); return; }
                if (x == 'o') { Next(); Radix(start, c => c is >= '0' and <= '7', "octal"); return; }
                if (x == 'b') { Next(); Radix(start, c => c is '0' or '1', "binary"); return; }
                bool nonzero = false;
                // tokenizer.c: an '_' (which a digit must follow) is taken before asking whether a '0' comes
                while (true)
                {
                    if (C == '_') { Next(); if (!IsDigit(C)) throw t.Error("SyntaxError", "invalid decimal literal", t._lineno, t.CpCol(t._pos), t._lineno, t.CpCol(t._pos)); }
                    if (C != '0') break;
                    Next();
                }
                int zerosEnd = t._pos;
                if (IsDigit(C)) { nonzero = true; DecimalTail(); }
                if (C == '.') { Next(); Fraction(start); return; }
                if ((C | 0x20) == 'e') { Exponent(start); return; }
                if ((C | 0x20) == 'j') { Next(); Imaginary(start); return; }
                if (nonzero)
                {
                    throw t.Error("SyntaxError", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        t._lineno, t.CpCol(start) + 1, t._lineno, t.CpCol(zerosEnd));
                }
                EndOfNumber("decimal");
                Emit(start);
                return;
            }
            DecimalTail();
            if (C == '.') { Next(); Fraction(start); return; }
            if ((C | 0x20) == 'e') { Exponent(start); return; }
            if ((C | 0x20) == 'j') { Next(); Imaginary(start); return; }
            EndOfNumber("decimal");
            Emit(start);
        }

        private void Fail(string msg) => throw t.Error("SyntaxError", msg, t._lineno, t.CpCol(t._pos), t._lineno, t.CpCol(t._pos));

        private void DecimalTail()
        {
            while (true)
            {
                while (IsDigit(C)) Next();
                if (C != '_') break;
                Next();
                if (!IsDigit(C)) Fail("invalid decimal literal");
            }
        }

        private void Radix(int start, Func<char, bool> isDigit, string kind)
        {
            do
            {
                if (C == '_') Next();
                if (!isDigit(C))
                {
                    if (kind != "hexadecimal" && IsDigit(C))
                    {
                        Next();
                        Fail($"invalid digit '{t._src[t._pos - 1]}' in {kind} literal");
                    }
                    Fail($"invalid {kind} literal");
                }
                do Next(); while (isDigit(C));
            } while (C == '_');
            if (kind != "hexadecimal" && IsDigit(C))
            {
                Next();
                Fail($"invalid digit '{t._src[t._pos - 1]}' in {kind} literal");
            }
            EndOfNumber(kind);
            Emit(start);
        }

        private void Fraction(int start)
        {
            if (IsDigit(C)) DecimalTail();
            if ((C | 0x20) == 'e') { Exponent(start); return; }
            if ((C | 0x20) == 'j') { Next(); Imaginary(start); return; }
            EndOfNumber("decimal");
            Emit(start);
        }

        private void Exponent(int start)
        {
            int e = t._pos;
            Next();
            if (C == '+' || C == '-')
            {
                Next();
                if (!IsDigit(C)) Fail("invalid decimal literal");
            }
            else if (!IsDigit(C))
            {
                // "1e" followed by a keyword-like word: the number ends before the 'e'
                t._pos = e;
                EndOfNumber("decimal");
                Emit(start);
                return;
            }
            DecimalTail();
            if ((C | 0x20) == 'j') { Next(); Imaginary(start); return; }
            EndOfNumber("decimal");
            Emit(start);
        }

        private void Imaginary(int start)
        {
            EndOfNumber("imaginary");
            Emit(start);
        }

        /// <summary>tokenizer.c verify_end_of_number: a letter right after a number is an error unless it starts a keyword that may follow one.</summary>
        private void EndOfNumber(string kind)
        {
            char c = C;
            bool keyword = c switch
            {
                'a' => LookAhead("and"),
                'e' => LookAhead("else"),
                'f' => LookAhead("for"),
                'i' => t.Peek(1) is 'f' or 'n' or 's',
                'o' => LookAhead("or"),
                'n' => LookAhead("not"),
                _ => false,
            };
            if (keyword) return;
            // CPython 3.11 lets a non-ASCII character through here: it becomes a NAME (or an invalid character)
            if (t._pos < t._src.Length && c < 0x80 && IsPotentialIdentifierChar(c))
                Fail($"invalid {kind} literal");
        }

        private bool LookAhead(string word) => string.CompareOrdinal(t._src, t._pos, word, 0, word.Length) == 0;

        private void Emit(int start) => t.Add(TokenType.NUMBER, t._src.Substring(start, t._pos - start), start, t._pos, sameLine: true);
    }
}
