namespace Engine.Tokenizer;

/// <summary>Which closing pattern ends a string that continues past its first line.</summary>
internal enum StringEnd : byte { Single, Double, Single3, Double3 }

/// <summary>
/// The lexical pieces of tokenize.py's regular expressions, as plain scanners over one physical
/// line (<c>s</c> is the line, newline included; indexes are UTF-16 offsets into it). Each
/// scanner reproduces what Python's <c>re</c> engine returns for the corresponding pattern,
/// backtracking included, so the loose tokenizer can mirror tokenize.py token for token. A
/// strict (C tokenizer) mode can reuse the pieces that are the same there: operators, string
/// prefixes, code point handling.
/// </summary>
internal static class Lexemes
{
    // ---------------------------------------------------------------- code points

    /// <summary>The code point at <paramref name="i"/>; <paramref name="length"/> is 2 for a surrogate pair, else 1 (a lone surrogate is one code point, as in Python).</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int i, out int length)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            length = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        length = 1;
        return c;
    }

    /// <summary><c>\w+</c> from <paramref name="i"/>: the end of the run of word characters (== i when there is none).</summary>
    public static int ScanWord(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 0x80)
            {
                if (!UnicodeTables.IsAsciiWord(c)) break;
                i++;
                continue;
            }
            int cp = CodePointAt(s, i, out int len);
            if (!UnicodeTables.IsWord(cp)) break;
            i += len;
        }
        return i;
    }

    // ---------------------------------------------------------------- numbers

    private static bool IsDigit(char c) => (uint)(c - '0') <= 9;
    private static bool IsHexDigit(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary><c>[0-9](?:_?[0-9])*</c>: end of the digit part starting at i, or -1.</summary>
    private static int Digits(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || !IsDigit(s[i])) return -1;
        i++;
        while (i < s.Length)
        {
            if (IsDigit(s[i])) i++;
            else if (s[i] == '_' && i + 1 < s.Length && IsDigit(s[i + 1])) i += 2;
            else break;
        }
        return i;
    }

    /// <summary><c>[eE][-+]?[0-9](?:_?[0-9])*</c>: end or -1.</summary>
    private static int Exponent(ReadOnlySpan<char> s, int i)
    {
        if (i >= s.Length || (s[i] | 0x20) != 'e') return -1;
        i++;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) i++;
        return Digits(s, i);
    }

    /// <summary>Pointfloat: <c>([0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*)</c> then an optional exponent.</summary>
    private static int PointFloat(ReadOnlySpan<char> s, int i)
    {
        int end;
        int d = Digits(s, i);
        if (d >= 0)
        {
            if (d >= s.Length || s[d] != '.') return -1;
            end = d + 1;
            int f = Digits(s, end);
            if (f >= 0) end = f;
        }
        else
        {
            if (i >= s.Length || s[i] != '.') return -1;
            end = Digits(s, i + 1);
            if (end < 0) return -1;
        }
        int e = Exponent(s, end);
        return e >= 0 ? e : end;
    }

    /// <summary>Floatnumber = Pointfloat | Expfloat (first alternative that matches).</summary>
    private static int Float(ReadOnlySpan<char> s, int i)
    {
        int p = PointFloat(s, i);
        if (p >= 0) return p;
        int d = Digits(s, i);
        return d < 0 ? -1 : Exponent(s, d);
    }

    private static bool IsJ(ReadOnlySpan<char> s, int i) => i < s.Length && (s[i] | 0x20) == 'j';

    /// <summary>
    /// tokenize.py's <c>Number</c> = Imagnumber | Floatnumber | Intnumber at i, with <c>re</c>'s
    /// first-alternative semantics (so "0777" is "0", "1__0" is "1", "1e" is "1"). End or -1.
    /// </summary>
    public static int ScanNumber(ReadOnlySpan<char> s, int i)
    {
        // Imagnumber: [0-9](?:_?[0-9])*[jJ] | Floatnumber[jJ]
        int d = Digits(s, i);
        if (d >= 0 && IsJ(s, d)) return d + 1;
        int f = Float(s, i);
        if (f >= 0) return IsJ(s, f) ? f + 1 : f; // Floatnumber[jJ], else Floatnumber
        // Intnumber: Hex | Bin | Oct | Dec
        if (i >= s.Length) return -1;
        char c = s[i];
        if (c == '0' && i + 1 < s.Length)
        {
            char k = (char)(s[i + 1] | 0x20);
            int end = k switch
            {
                'x' => Radix(s, i + 2, 16),
                'b' => Radix(s, i + 2, 2),
                'o' => Radix(s, i + 2, 8),
                _ => -1,
            };
            if (end >= 0) return end;
        }
        if (c == '0')
        {
            int j = i + 1; // 0(?:_?0)*
            while (j < s.Length)
            {
                if (s[j] == '0') j++;
                else if (s[j] == '_' && j + 1 < s.Length && s[j + 1] == '0') j += 2;
                else break;
            }
            return j;
        }
        return d; // [1-9](?:_?[0-9])*, or -1 when s[i] is no digit
    }

    /// <summary><c>(?:_?[digit])+</c> for a radix: end or -1.</summary>
    private static int Radix(ReadOnlySpan<char> s, int i, int radix)
    {
        int start = i;
        while (i < s.Length)
        {
            int step = s[i] == '_' ? 1 : 0;
            if (i + step < s.Length && InRadix(s[i + step], radix)) i += step + 1;
            else break;
        }
        return i > start ? i : -1;
    }

    private static bool InRadix(char c, int radix) => radix switch
    {
        16 => IsHexDigit(c),
        8 => (uint)(c - '0') <= 7,
        _ => c == '0' || c == '1',
    };

    // ---------------------------------------------------------------- operators

    /// <summary>The operator (longest of token.EXACT_TOKEN_TYPES) at i: its length (0 if none) and exact type.</summary>
    public static int MatchOperator(ReadOnlySpan<char> s, int i, out TokenType exact)
    {
        char c = s[i];
        char c1 = i + 1 < s.Length ? s[i + 1] : '\0';
        char c2 = i + 2 < s.Length ? s[i + 2] : '\0';
        exact = TokenType.OP;
        switch (c)
        {
            case '(': exact = TokenType.LPAR; return 1;
            case ')': exact = TokenType.RPAR; return 1;
            case '[': exact = TokenType.LSQB; return 1;
            case ']': exact = TokenType.RSQB; return 1;
            case '{': exact = TokenType.LBRACE; return 1;
            case '}': exact = TokenType.RBRACE; return 1;
            case ',': exact = TokenType.COMMA; return 1;
            case ';': exact = TokenType.SEMI; return 1;
            case '~': exact = TokenType.TILDE; return 1;
            case '!':
                if (c1 == '=') { exact = TokenType.NOTEQUAL; return 2; }
                return 0;
            case '%': return WithEqual(c1, TokenType.PERCENT, TokenType.PERCENTEQUAL, out exact);
            case '&': return WithEqual(c1, TokenType.AMPER, TokenType.AMPEREQUAL, out exact);
            case '+': return WithEqual(c1, TokenType.PLUS, TokenType.PLUSEQUAL, out exact);
            case '=': return WithEqual(c1, TokenType.EQUAL, TokenType.EQEQUAL, out exact);
            case ':': return WithEqual(c1, TokenType.COLON, TokenType.COLONEQUAL, out exact);
            case '@': return WithEqual(c1, TokenType.AT, TokenType.ATEQUAL, out exact);
            case '^': return WithEqual(c1, TokenType.CIRCUMFLEX, TokenType.CIRCUMFLEXEQUAL, out exact);
            case '|': return WithEqual(c1, TokenType.VBAR, TokenType.VBAREQUAL, out exact);
            case '-':
                if (c1 == '>') { exact = TokenType.RARROW; return 2; }
                return WithEqual(c1, TokenType.MINUS, TokenType.MINEQUAL, out exact);
            case '.':
                if (c1 == '.' && c2 == '.') { exact = TokenType.ELLIPSIS; return 3; }
                exact = TokenType.DOT;
                return 1;
            case '*':
                if (c1 == '*') return 1 + WithEqual(c2, TokenType.DOUBLESTAR, TokenType.DOUBLESTAREQUAL, out exact);
                return WithEqual(c1, TokenType.STAR, TokenType.STAREQUAL, out exact);
            case '/':
                if (c1 == '/') return 1 + WithEqual(c2, TokenType.DOUBLESLASH, TokenType.DOUBLESLASHEQUAL, out exact);
                return WithEqual(c1, TokenType.SLASH, TokenType.SLASHEQUAL, out exact);
            case '<':
                if (c1 == '<') return 1 + WithEqual(c2, TokenType.LEFTSHIFT, TokenType.LEFTSHIFTEQUAL, out exact);
                return WithEqual(c1, TokenType.LESS, TokenType.LESSEQUAL, out exact);
            case '>':
                if (c1 == '>') return 1 + WithEqual(c2, TokenType.RIGHTSHIFT, TokenType.RIGHTSHIFTEQUAL, out exact);
                return WithEqual(c1, TokenType.GREATER, TokenType.GREATEREQUAL, out exact);
            default:
                return 0;
        }
    }

    private static int WithEqual(char next, TokenType plain, TokenType withEqual, out TokenType exact)
    {
        if (next == '=') { exact = withEqual; return 2; }
        exact = plain;
        return 1;
    }

    private static readonly string?[] OperatorStrings = BuildOperatorStrings();

    private static string?[] BuildOperatorStrings()
    {
        var table = new string?[(int)TokenType.N_TOKENS];
        foreach (var op in new[] {
            "!=", "%", "%=", "&", "&=", "(", ")", "*", "**", "**=", "*=", "+", "+=", ",", "-", "-=", "->",
            ".", "...", "/", "//", "//=", "/=", ":", ":=", ";", "<", "<<", "<<=", "<=", "=", "==", ">",
            ">=", ">>", ">>=", "@", "@=", "[", "]", "^", "^=", "{", "|", "|=", "}", "~" })
        {
            MatchOperator(op, 0, out var t);
            table[(int)t] = op;
        }
        return table;
    }

    /// <summary>The shared string of an operator's exact type (no allocation per token).</summary>
    public static string OperatorText(TokenType exact) => OperatorStrings[(int)exact]!;

    // ---------------------------------------------------------------- strings

    private static bool IsPrefixLetter(char c) => (c | 0x20) is 'b' or 'r' or 'u' or 'f';

    /// <summary>One of the 3.11 prefixes ("", b, r, u, f, br, rb, fr, rf, any case).</summary>
    public static bool IsValidPrefix(ReadOnlySpan<char> p)
    {
        switch (p.Length)
        {
            case 0: return true;
            case 1: return IsPrefixLetter(p[0]);
            case 2:
                char a = (char)(p[0] | 0x20), b = (char)(p[1] | 0x20);
                return (a == 'r' && (b == 'b' || b == 'f')) || (b == 'r' && (a == 'b' || a == 'f'));
            default: return false;
        }
    }

    /// <summary>
    /// A string start at i (<c>StringPrefix</c> followed by a quote): the prefix length (0..2),
    /// or -1 when there is none. The quote is at i + result.
    /// </summary>
    public static int StringPrefixLength(ReadOnlySpan<char> s, int i)
    {
        for (int k = 0; k < 3 && i + k < s.Length; k++)
        {
            char c = s[i + k];
            if (c == '\'' || c == '"') return IsValidPrefix(s.Slice(i, k)) ? k : -1;
            if (!IsPrefixLetter(c)) return -1;
        }
        return -1;
    }

    /// <summary>True when a triple quote (three of <paramref name="q"/>) starts at i.</summary>
    public static bool IsTripleQuote(ReadOnlySpan<char> s, int i, char q) =>
        i + 2 < s.Length && s[i] == q && s[i + 1] == q && s[i + 2] == q;

    /// <summary>
    /// tokenize.py's <c>ContStr</c> after its opening quote at <paramref name="quote"/>: the
    /// body <c>[^\n'\\]*(?:\\.[^\n'\\]*)*</c> then the closing quote or a backslash-newline.
    /// Returns the end (after the quote, or after the newline when <paramref name="continued"/>), or -1.
    /// </summary>
    public static int MatchContStr(ReadOnlySpan<char> s, int quote, out bool continued)
    {
        char q = s[quote];
        continued = false;
        bool afterEscapedCr = false; // the last element was "\\\r": backtracking can end there with \\\r\n
        for (int i = quote + 1; i < s.Length;)
        {
            char c = s[i];
            if (c == q) return i + 1;
            if (c == '\n')
            {
                if (!afterEscapedCr) return -1;
                continued = true;
                return i + 1;
            }
            if (c == '\\')
            {
                if (i + 1 >= s.Length) return -1;
                if (s[i + 1] == '\n') { continued = true; return i + 2; }
                afterEscapedCr = s[i + 1] == '\r';
                i += 2;
                continue;
            }
            afterEscapedCr = false;
            i++;
        }
        return -1;
    }

    /// <summary>
    /// The endpats patterns (Single, Double, Single3, Double3) matched at i: the end of the
    /// string (after its closing quote(s)) on this line, or -1.
    /// </summary>
    public static int MatchStringEnd(ReadOnlySpan<char> s, int i, StringEnd kind)
    {
        char q = kind is StringEnd.Single or StringEnd.Single3 ? '\'' : '"';
        bool triple = kind is StringEnd.Single3 or StringEnd.Double3;
        while (i < s.Length)
        {
            char c = s[i];
            if (c == '\\')
            {
                if (i + 1 >= s.Length || s[i + 1] == '\n') return -1; // '.' does not match a newline
                i += 2;
            }
            else if (c == q)
            {
                if (!triple) return i + 1;
                if (i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q) return i + 3;
                i++;
            }
            else
            {
                i++;
            }
        }
        return -1;
    }
}
