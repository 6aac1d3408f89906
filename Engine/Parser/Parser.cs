using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>
/// A recursive-descent parser over the C tokenizer's tokens that builds the tree CPython 3.11's
/// PEG parser (Grammar/python.gram) builds. It is split by grammar area: statements, expressions,
/// arguments, targets, patterns, literals, f-strings, errors. Each rule remembers its first token
/// and ends at the last non-whitespace token it consumed, which is how pegen's EXTRA places nodes.
/// </summary>
internal sealed partial class Parser
{
    /// <summary>Past this many nested rules the input is too complex: CPython gives up at about the same depth.</summary>
    private const int MaxDepth = 2980;

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    };

    private readonly List<ParserToken> _toks;
    private int _p;
    private int _farthest;   // the farthest token looked at: where a generic "invalid syntax" points
    private int _depth;

    private readonly StrictTokenizer.UnclosedBracket? _eofInBracket;
    private readonly SourceError? _eofAfterBackslash;

    /// <summary>The error for input nested deeper than CPython can build a tree for.</summary>
    public static readonly SourceError TooDeep =
        new("RecursionError", "maximum recursion depth exceeded during compilation", null, null, null, null);

    public Parser(List<ParserToken> tokens, StrictTokenizer.UnclosedBracket? eofInBracket = null, SourceError? eofAfterBackslash = null)
    {
        _toks = tokens;
        _eofInBracket = eofInBracket;
        _eofAfterBackslash = eofAfterBackslash;
        if (tokens.Count == 0 || tokens[^1].Type != TokenType.ENDMARKER)
        {
            // The input ended inside brackets or after a backslash: the C tokenizer's ERRORTOKEN at EOF
            var last = tokens.Count > 0 ? tokens[^1] : null;
            int line = last?.EndLineno ?? 1;
            tokens.Add(new ParserToken(TokenType.ENDMARKER, "", line, last?.EndCol ?? 0, last?.EndColCp ?? 0, line, last?.EndCol ?? 0, last?.EndColCp ?? 0));
            _truncated = true;
        }
    }

    private readonly bool _truncated;

    /// <summary>file: [statements] ENDMARKER, with the end-of-input errors pegen gives when the tokens stop early.</summary>
    public Module ParseFile()
    {
        try
        {
            var module = File();
            if (_truncated) throw InvalidSyntax();
            return module;
        }
        catch (SourceErrorException e) when (_truncated && e.Error.Type != "RecursionError")
        {
            bool commaGuess = e.Error.Msg == "invalid syntax. Perhaps you forgot a comma?";
            if (_eofInBracket is { } open && (e.Error.Lineno is null || e.Error.Lineno > open.Lineno || _farthest >= _toks.Count - 1 || commaGuess))
                throw new SourceErrorException(new SourceError("SyntaxError", $"'{open.Bracket}' was never closed",
                    open.Lineno, open.ColCp + 1, open.Lineno, 0));
            if (_eofAfterBackslash is not null && _farthest >= _toks.Count - 1)
                throw new SourceErrorException(_eofAfterBackslash);
            throw;
        }
    }

    /// <summary>fstring: star_expressions — a replacement field's "(expr)", already placed in the source.</summary>
    public Expr FStringExpression(List<ParserToken> tokens)
    {
        var sub = new Parser(tokens) { _depthBase = _depth + _depthBase };
        var e = sub.StarExpressions();
        if (!sub.At(TokenType.ENDMARKER)) throw sub.InvalidSyntax();
        return e;
    }

    private int _depthBase;

    // ---------------------------------------------------------------- the token cursor

    private ParserToken Cur
    {
        get
        {
            if (_p > _farthest) _farthest = _p;
            return _toks[_p];
        }
    }

    private ParserToken PeekAt(int k)
    {
        int i = Math.Min(_p + k, _toks.Count - 1);
        if (i > _farthest) _farthest = i;
        return _toks[i];
    }

    private TokenType CurType => Cur.Type;

    private ParserToken Advance()
    {
        var t = Cur;
        if (_p < _toks.Count - 1) _p++;
        return t;
    }

    private bool At(TokenType t) => Cur.Type == t;

    private bool AtKeyword(string kw) => Cur.Type == TokenType.NAME && Cur.Text == kw;

    private bool Accept(TokenType t)
    {
        if (Cur.Type != t) return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(string kw)
    {
        if (!AtKeyword(kw)) return false;
        Advance();
        return true;
    }

    private ParserToken Expect(TokenType t)
    {
        if (Cur.Type != t) throw InvalidSyntax();
        return Advance();
    }

    private ParserToken ExpectKeyword(string kw)
    {
        if (!AtKeyword(kw)) throw InvalidSyntax();
        return Advance();
    }

    private bool AtName => Cur.Type == TokenType.NAME && !Keywords.Contains(Cur.Text);

    private ParserToken ExpectName()
    {
        if (!AtName) throw InvalidSyntax();
        return Advance();
    }

    /// <summary>The last consumed token that is not NEWLINE, INDENT, DEDENT or ENDMARKER (pegen's end of a node).</summary>
    private ParserToken LastToken
    {
        get
        {
            int i = _p - 1;
            while (i > 0 && _toks[i].Type is TokenType.NEWLINE or TokenType.INDENT or TokenType.DEDENT or TokenType.ENDMARKER) i--;
            return _toks[Math.Max(i, 0)];
        }
    }

    // ---------------------------------------------------------------- positions

    private T At<T>(T node, ParserToken start) where T : Located
    {
        var end = LastToken;
        node.Lineno = start.Lineno;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, ParserToken start, ParserToken end) where T : Located
    {
        node.Lineno = start.Lineno;
        node.ColOffset = start.Col;
        node.EndLineno = end.EndLineno;
        node.EndColOffset = end.EndCol;
        return node;
    }

    private static T Span<T>(T node, Located from, Located to) where T : Located
    {
        node.Lineno = from.Lineno;
        node.ColOffset = from.ColOffset;
        node.EndLineno = to.EndLineno;
        node.EndColOffset = to.EndColOffset;
        return node;
    }

    // ---------------------------------------------------------------- nesting

    /// <summary>Enters a nested rule; the returned guard leaves it. Deep input stops with CPython's error long before the stack is in danger.</summary>
    private DepthGuard Enter()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++_depth + _depthBase > MaxDepth)
            throw new SourceErrorException(new SourceError("RecursionError", "maximum recursion depth exceeded during compilation", null, null, null, null));
        return new DepthGuard(this);
    }

    private readonly struct DepthGuard(Parser parser) : IDisposable
    {
        public void Dispose() => parser._depth--;
    }

    /// <summary>A left-leaning chain (a.b.c..., 1+2+3...) makes the tree as deep as recursion would.</summary>
    private void CheckChain(int links)
    {
        if (_depth + _depthBase + links > MaxDepth)
            throw new SourceErrorException(new SourceError("RecursionError", "maximum recursion depth exceeded during compilation", null, null, null, null));
    }

    // ---------------------------------------------------------------- backtracking

    /// <summary>Tries a rule; on a syntax error goes back to where it started and returns null.</summary>
    private T? Try<T>(Func<T> rule) where T : class
    {
        int mark = _p;
        try
        {
            return rule();
        }
        catch (SourceErrorException e) when (e.Error.Type == "SyntaxError" && e.Error.Msg == "invalid syntax")
        {
            _p = mark;
            return null;
        }
    }
}
