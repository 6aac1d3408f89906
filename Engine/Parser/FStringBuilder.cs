using System.Text;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>
/// Builds the JoinedStr of a concatenation that holds f-strings, the way CPython 3.11's
/// string_parser.c does: literal text (plain strings included) gathers into Constants, each
/// replacement field becomes a FormattedValue whose expression is parsed on its own as
/// "(expr)" and placed where it stands in the source. Constants and FormattedValues take the
/// whole concatenation's location; a format spec's JoinedStr takes its own token's.
/// </summary>
internal sealed class FStringBuilder(Parser parser, List<ParserToken> tokens)
{
    private const int MaxSpecNesting = 2;

    private readonly ParserToken _first = tokens[0], _last = tokens[^1];

    public Expr Build()
    {
        var values = new List<Expr>();
        var literal = new StringBuilder();
        foreach (var t in tokens)
        {
            var parts = StringParts.Of(t.Text);
            if (!parts.IsFString)
            {
                string body = t.Text.Substring(parts.BodyStart, parts.BodyLength);
                literal.Append(DecodeLiteral(t, body, parts.IsRaw));
                continue;
            }
            int pos = parts.BodyStart;
            ParseFields(t, parts, ref pos, parts.BodyStart + parts.BodyLength, 0, values, literal);
        }
        FlushLiteral(values, literal);
        return Whole(new JoinedStr(values));
    }

    /// <summary>The location of the whole concatenation, or inside a format spec, of the spec's own token.</summary>
    private T Whole<T>(T node, ParserToken? specToken = null) where T : Located
    {
        var (first, last) = specToken is null ? (_first, _last) : (specToken, specToken);
        node.Lineno = first.Lineno;
        node.ColOffset = first.Col;
        node.EndLineno = last.EndLineno;
        node.EndColOffset = last.EndCol;
        return node;
    }

    private void FlushLiteral(List<Expr> values, StringBuilder literal, ParserToken? specToken = null)
    {
        if (literal.Length == 0) return;
        values.Add(Whole(new Constant(new StrConstant(literal.ToString()), null), specToken));
        literal.Clear();
    }

    /// <summary>
    /// fstring_find_literal_and_expr in a loop: literal text and replacement fields from
    /// <paramref name="pos"/> up to <paramref name="end"/>, or, in a format spec (level &gt; 0), up to the '}' that closes it.
    /// </summary>
    private void ParseFields(ParserToken t, StringParts parts, ref int pos, int end, int level, List<Expr> values, StringBuilder literal)
    {
        string s = t.Text;
        while (pos < end)
        {
            // literal text up to a '{' or '}'
            var raw = new StringBuilder();
            while (pos < end)
            {
                char c = s[pos];
                if (!parts.IsRaw && c == '\\' && pos + 2 < end && s[pos + 1] == 'N' && s[pos + 2] == '{')
                {
                    int close = s.IndexOf('}', pos + 3);
                    if (close < 0 || close >= end) close = end - 1;
                    raw.Append(s, pos, close + 1 - pos);
                    pos = close + 1;
                    continue;
                }
                if (c == '{' || c == '}')
                {
                    if (level == 0 && pos + 1 < end && s[pos + 1] == c)
                    {
                        raw.Append(c);
                        pos += 2;
                        continue;
                    }
                    if (c == '}')
                    {
                        if (level > 0) break;
                        throw Error(t, "f-string: single '}' is not allowed");
                    }
                    break;
                }
                raw.Append(c);
                pos++;
            }
            if (raw.Length > 0) literal.Append(DecodeLiteral(t, raw.ToString(), parts.IsRaw));
            if (pos >= end || s[pos] == '}') return; // end of the string, or of this format spec
            ReplacementField(t, parts, ref pos, end, level, values, literal);
        }
    }

    /// <summary>fstring_find_expr: '{' expression ['='] ['!' conversion] [':' format_spec] '}'</summary>
    private void ReplacementField(ParserToken t, StringParts parts, ref int pos, int end, int level, List<Expr> values, StringBuilder literal)
    {
        string s = t.Text;
        if (level > MaxSpecNesting) throw Error(t, "f-string: expressions nested too deeply");
        int brace = pos;
        pos++;
        int exprStart = pos;
        int depth = 0;
        char quote = '\0';
        int quoteSize = 0;
        var stack = new List<char>();
        for (; pos < end; pos++)
        {
            char ch = s[pos];
            if (ch == '\\') throw Error(t, "f-string expression part cannot include a backslash");
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (quoteSize == 3)
                    {
                        if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch)
                        {
                            pos += 2;
                            quote = '\0';
                        }
                    }
                    else quote = '\0';
                }
                continue;
            }
            if (ch is '\'' or '"')
            {
                quote = ch;
                if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch)
                {
                    quoteSize = 3;
                    pos += 2;
                }
                else quoteSize = 1;
            }
            else if (ch is '[' or '(' or '{')
            {
                if (depth >= 200) throw Error(t, "f-string: too many nested parenthesis");
                stack.Add(ch);
                depth++;
            }
            else if (ch == '#') throw Error(t, "f-string expression part cannot include '#'");
            else if (depth == 0 && ch is '!' or ':' or '}' or '=' or '<' or '>')
            {
                char next = pos + 1 < end ? s[pos + 1] : '\0';
                if (next == '=' && ch is '!' or '=' or '<' or '>')
                {
                    pos++;
                    continue;
                }
                if (ch is '<' or '>') continue;
                break;
            }
            else if (ch is ']' or ')' or '}')
            {
                if (depth == 0) throw Error(t, $"f-string: unmatched '{ch}'");
                char open = stack[^1];
                stack.RemoveAt(stack.Count - 1);
                depth--;
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                    throw Error(t, $"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
            }
        }
        if (quote != '\0') throw Error(t, "f-string: unterminated string");
        if (depth > 0) throw Error(t, $"f-string: unmatched '{stack[^1]}'");
        if (pos >= end) throw Error(t, "f-string: expecting '}'");

        string exprText = s[exprStart..pos];
        if (string.IsNullOrWhiteSpace(exprText.Replace('\f', ' ')))
            throw Error(t, "f-string: empty expression not allowed");
        var value = CompileExpression(t, brace, exprText);

        string? debugText = null;
        if (s[pos] == '=')
        {
            pos++;
            while (pos < end && s[pos] is ' ' or '\t' or '\n' or '\f' or '\r') pos++;
            debugText = s[exprStart..pos];
        }

        int conversion = -1;
        if (pos < end && s[pos] == '!')
        {
            pos++;
            if (pos >= end) throw Error(t, "f-string: expecting '}'");
            conversion = s[pos] switch { 's' => 's', 'r' => 'r', 'a' => 'a', _ => -2 };
            if (conversion == -2) throw Error(t, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
            pos++;
        }

        Expr? formatSpec = null;
        if (pos < end && s[pos] == ':')
        {
            pos++;
            var specValues = new List<Expr>();
            var specLiteral = new StringBuilder();
            ParseFields(t, parts, ref pos, end, level + 1, specValues, specLiteral);
            FlushLiteral(specValues, specLiteral, t); // a spec's trailing literal takes the spec token's place
            var spec = new JoinedStr(specValues)
            {
                Lineno = t.Lineno, ColOffset = t.Col, EndLineno = t.EndLineno, EndColOffset = t.EndCol,
            };
            formatSpec = spec;
        }
        if (pos >= end || s[pos] != '}') throw Error(t, "f-string: expecting '}'");
        pos++;

        if (debugText is not null)
        {
            literal.Append(debugText);
            if (conversion == -1 && formatSpec is null) conversion = 'r';
        }
        // literal text before a field takes the whole concatenation's place, even inside a spec
        FlushLiteral(values, literal);
        values.Add(Whole(new FormattedValue(value, conversion, formatSpec)));
    }

    /// <summary>fstring_compile_expr: parses "(expr)" with the '(' standing where the '{' is in the source.</summary>
    private Expr CompileExpression(ParserToken t, int brace, string exprText)
    {
        // where the '{' is: its line, and its column in bytes and in code points
        string before = t.Text[..brace];
        int newlines = 0, lastNl = -1;
        for (int i = 0; i < before.Length; i++)
            if (before[i] == '\n') { newlines++; lastNl = i; }
        int line = t.Lineno + newlines;
        string lineHead = before[(lastNl + 1)..];
        int col = (newlines == 0 ? t.Col : 0) + Encoding.UTF8.GetByteCount(lineHead);
        int colCp = (newlines == 0 ? t.ColCp : 0) + CodePoints(lineHead);

        var scan = StrictTokenizer.Tokenize("(" + exprText + ")");
        if (scan.Error is not null) throw new StringLiteral.DecodeError("f-string: " + scan.Error.Msg);
        var shifted = new List<ParserToken>(scan.Tokens.Count);
        foreach (var k in scan.Tokens)
        {
            if (k.Type is TokenType.NEWLINE or TokenType.INDENT or TokenType.DEDENT) continue;
            int l = line + k.Lineno - 1, el = line + k.EndLineno - 1;
            int c = k.Lineno == 1 ? col + k.Col : k.Col, cc = k.Lineno == 1 ? colCp + k.ColCp : k.ColCp;
            int ec = k.EndLineno == 1 ? col + k.EndCol : k.EndCol, ecc = k.EndLineno == 1 ? colCp + k.EndColCp : k.EndColCp;
            shifted.Add(new ParserToken(k.Type, k.Text, l, c, cc, el, ec, ecc));
        }
        return parser.FStringExpression(shifted);
    }

    private static int CodePoints(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    private static string DecodeLiteral(ParserToken t, string body, bool raw)
    {
        try
        {
            return StringLiteral.DecodeStr(body, raw);
        }
        catch (StringLiteral.DecodeError)
        {
            throw;
        }
    }

    /// <summary>An error in the literal itself; the parser places it (see Parser.Strings).</summary>
    private static StringLiteral.DecodeError Error(ParserToken t, string msg) => new(msg);
}
