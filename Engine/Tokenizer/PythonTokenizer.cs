using Engine.Diagnostics;

namespace Engine.Tokenizer;

/// <summary>
/// The tokens of a source, or the error that stopped tokenizing. When <see cref="Error"/> is set,
/// <see cref="Tokens"/> is empty, as the oracle reports only the error.
/// </summary>
public sealed record TokenizeResult(IReadOnlyList<Token> Tokens, SourceError? Error);

/// <summary>
/// Python's <c>tokenize.generate_tokens(io.StringIO(source).readline)</c> (CPython 3.11), token for
/// token: COMMENT and NL included, every operator typed OP with its exact type, ERRORTOKEN for what
/// tokenize.py cannot match, columns in code points.
/// </summary>
public static class PythonTokenizer
{
    public static TokenizeResult Tokenize(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var tokens = new List<Token>(Math.Min(source.Length / 8 + 16, 1 << 20)); // the stdlib averages ~7 chars a token
        var error = new TokenizePy(source, tokens).Run();
        return error is null ? new TokenizeResult(tokens, null) : new TokenizeResult(Array.Empty<Token>(), error);
    }
}

/// <summary>
/// A mirror of tokenize.py's <c>_tokenize</c> loop (/usr/lib/python3.11/tokenize.py). The regular
/// expressions are replaced by the scanners of <see cref="Lexemes"/>; the state (parenlev,
/// continued, contstr, needcont, indents) and every quirk that follows from it are kept as they are
/// there, e.g. needcont surviving an unterminated single-quoted string.
/// </summary>
internal sealed class TokenizePy
{
    private const int TabSize = 8;

    private readonly string _src;
    private readonly List<Token> _tokens;
    private readonly SourceLines _lines;

    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;

    public TokenizePy(string source, List<Token> tokens)
    {
        _src = source;
        _tokens = tokens;
        _lines = new SourceLines(source);
        _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>One string per distinct short name (self, x, return...), so repeated names allocate once.</summary>
    private string Name(ReadOnlySpan<char> text)
    {
        if (text.Length > 32) return text.ToString();
        if (_nameLookup.TryGetValue(text, out var known)) return known;
        var name = text.ToString();
        _names.Add(name);
        return name;
    }

    public SourceError? Run()
    {
        var lines = _lines;
        int lnum = 0, parenlev = 0;
        bool continued = false;
        bool inContStr = false, needcont = false;
        int contStrStart = 0, contLineStart = 0; // absolute offsets: the string and its first line
        var strStart = default(TokenPosition);
        var endProg = StringEnd.Single;
        var indents = new List<int> { 0 };
        int lastLineStart = 0, lastLineEnd = 0;

        while (true)
        {
            lastLineStart = lines.Start;
            lastLineEnd = lines.End;
            lines.ReadLine();
            lnum++;
            ReadOnlySpan<char> s = lines.Span;
            int pos = 0, max = s.Length;

            if (inContStr)
            {
                if (max == 0)
                    return TokenError("EOF in multi-line string", strStart.Row, strStart.Col);
                int end = Lexemes.MatchStringEnd(s, 0, endProg);
                if (end >= 0)
                {
                    pos = end;
                    Add(TokenType.STRING, TokenType.STRING, _src[contStrStart..(lines.Start + end)],
                        strStart, new TokenPosition(lnum, lines.Col(end)), _src[contLineStart..lines.End]);
                    inContStr = false;
                    needcont = false;
                }
                else if (needcont && !s.EndsWith("\\\n") && !s.EndsWith("\\\r\n"))
                {
                    Add(TokenType.ERRORTOKEN, TokenType.ERRORTOKEN, _src[contStrStart..lines.End],
                        strStart, new TokenPosition(lnum, lines.Col(max)), _src[contLineStart..lines.Start]);
                    inContStr = false;
                    continue;
                }
                else
                {
                    continue; // the string goes on (it is the text from contStrStart, kept in place)
                }
            }
            else if (parenlev == 0 && !continued)
            {
                // a new statement
                if (max == 0) break;
                int column = 0;
                for (; pos < max; pos++)
                {
                    char w = s[pos];
                    if (w == ' ') column++;
                    else if (w == '\t') column = (column / TabSize + 1) * TabSize;
                    else if (w == '\f') column = 0;
                    else break;
                }
                if (pos == max) break;

                char first = s[pos];
                if (first is '#' or '\r' or '\n')
                {
                    // a comment-only or blank line
                    if (first == '#')
                    {
                        int ce = max;
                        while (ce > pos && s[ce - 1] is '\r' or '\n') ce--;
                        Add(TokenType.COMMENT, TokenType.COMMENT, s[pos..ce].ToString(),
                            new TokenPosition(lnum, lines.Col(pos)), new TokenPosition(lnum, lines.Col(ce)), lines.Text);
                        pos = ce;
                    }
                    Add(TokenType.NL, TokenType.NL, NewlineText(s[pos..max]),
                        new TokenPosition(lnum, lines.Col(pos)), new TokenPosition(lnum, lines.Col(max)), lines.Text);
                    continue;
                }

                if (column > indents[^1])
                {
                    indents.Add(column);
                    Add(TokenType.INDENT, TokenType.INDENT, s[..pos].ToString(),
                        new TokenPosition(lnum, 0), new TokenPosition(lnum, pos), lines.Text);
                }
                while (column < indents[^1])
                {
                    if (indents.BinarySearch(column) < 0) // indents is strictly increasing
                        return new SourceError("IndentationError", "unindent does not match any outer indentation level",
                            lnum, pos, null, null);
                    indents.RemoveAt(indents.Count - 1);
                    var at = new TokenPosition(lnum, pos);
                    Add(TokenType.DEDENT, TokenType.DEDENT, "", at, at, lines.Text);
                }
            }
            else
            {
                // a continued statement
                if (max == 0)
                    return TokenError("EOF in multi-line statement", lnum, 0);
                continued = false;
            }

            while (pos < max)
            {
                var m = PseudoToken.Match(s, pos);
                var kind = m.Kind;
                int start = m.Start, end = m.End, prefix = m.Prefix;
                var exact = m.Exact;

                if (kind == PseudoKind.None)
                {
                    // no pseudo-token here: one ERRORTOKEN for the character at pos (even a space)
                    Lexemes.CodePointAt(s, pos, out int len);
                    int col = lines.Col(pos);
                    Add(TokenType.ERRORTOKEN, TokenType.ERRORTOKEN, s.Slice(pos, len).ToString(),
                        new TokenPosition(lnum, col), new TokenPosition(lnum, col + 1), lines.Text);
                    pos += len;
                    continue;
                }

                pos = end;
                if (kind == PseudoKind.Empty) continue;
                var spos = new TokenPosition(lnum, lines.Col(start));
                switch (kind)
                {
                    case PseudoKind.Number:
                        AddHere(TokenType.NUMBER, TokenType.NUMBER, s[start..end].ToString(), spos, lnum, end);
                        break;
                    case PseudoKind.Newline:
                    {
                        var t = parenlev > 0 ? TokenType.NL : TokenType.NEWLINE;
                        AddHere(t, t, NewlineText(s[start..end]), spos, lnum, end);
                        break;
                    }
                    case PseudoKind.Comment:
                        AddHere(TokenType.COMMENT, TokenType.COMMENT, s[start..end].ToString(), spos, lnum, end);
                        break;
                    case PseudoKind.Triple:
                    {
                        var prog = s[start + prefix] == '\'' ? StringEnd.Single3 : StringEnd.Double3;
                        int close = Lexemes.MatchStringEnd(s, end, prog);
                        if (close >= 0)
                        {
                            pos = close;
                            AddHere(TokenType.STRING, TokenType.STRING, s[start..close].ToString(), spos, lnum, close);
                            break;
                        }
                        strStart = spos;
                        contStrStart = lines.Start + start;
                        contLineStart = lines.Start;
                        endProg = prog;
                        inContStr = true;
                        pos = max;
                        break;
                    }
                    case PseudoKind.String:
                        AddHere(TokenType.STRING, TokenType.STRING, s[start..end].ToString(), spos, lnum, end);
                        break;
                    case PseudoKind.ContinuedString:
                        strStart = spos;
                        endProg = s[start + prefix] == '\'' ? StringEnd.Single : StringEnd.Double;
                        contStrStart = lines.Start + start;
                        contLineStart = lines.Start;
                        needcont = true;
                        inContStr = true;
                        pos = max;
                        break;
                    case PseudoKind.Name:
                    {
                        int cp = Lexemes.CodePointAt(s, start, out _);
                        var t = UnicodeTables.IsIdentifierStartWord(cp) ? TokenType.NAME : TokenType.OP;
                        AddHere(t, t, Name(s[start..end]), spos, lnum, end);
                        break;
                    }
                    case PseudoKind.Continuation:
                        continued = true;
                        break;
                    case PseudoKind.Operator:
                        if (exact is TokenType.LPAR or TokenType.LSQB or TokenType.LBRACE) parenlev++;
                        else if (exact is TokenType.RPAR or TokenType.RSQB or TokenType.RBRACE) parenlev--;
                        AddHere(TokenType.OP, exact, Lexemes.OperatorText(exact), spos, lnum, end);
                        break;
                }
            }
        }

        // An implicit NEWLINE if the input does not end in one
        var last = _src.AsSpan(lastLineStart, lastLineEnd - lastLineStart);
        if (last.Length > 0 && last[^1] is not ('\r' or '\n') && !StripStartsWithHash(last))
        {
            int len = SourceLines.CodePointCount(last);
            Add(TokenType.NEWLINE, TokenType.NEWLINE, "", new TokenPosition(lnum - 1, len), new TokenPosition(lnum - 1, len + 1), "");
        }
        var eof = new TokenPosition(lnum, 0);
        for (int i = 1; i < indents.Count; i++)
            Add(TokenType.DEDENT, TokenType.DEDENT, "", eof, eof, "");
        Add(TokenType.ENDMARKER, TokenType.ENDMARKER, "", eof, eof, "");
        return null;
    }

    private static SourceError TokenError(string msg, int lineno, int offset) =>
        new("TokenError", msg, lineno, offset, null, null);

    private void Add(TokenType type, TokenType exact, string text, TokenPosition start, TokenPosition end, string line) =>
        _tokens.Add(new Token(type, exact, text, start, end, line));

    /// <summary>A token that ends on the current line at <paramref name="end"/> (a line offset).</summary>
    private void AddHere(TokenType type, TokenType exact, string text, TokenPosition start, int lnum, int end) =>
        _tokens.Add(new Token(type, exact, text, start, new TokenPosition(lnum, _lines.Col(end)), _lines.Text));

    private static string NewlineText(ReadOnlySpan<char> s) =>
        s switch
        {
            "\n" => "\n",
            "\r\n" => "\r\n",
            "" => "",
            _ => s.ToString(),
        };

    /// <summary><c>line.strip().startswith("#")</c></summary>
    private static bool StripStartsWithHash(ReadOnlySpan<char> line)
    {
        foreach (char c in line)
        {
            if (c == '#') return true;
            if (!UnicodeTables.IsPythonSpace(c)) return false;
        }
        return false;
    }
}
