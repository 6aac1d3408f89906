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

    /// <summary>Where the C tokenizer leaves ENDMARKER: the last line's number and its length in code points (without the newline).</summary>
    public readonly record struct SourceEnd(int Lineno, int LastLineLength);

    private readonly SourceEnd? _sourceEnd;

    public Parser(List<ParserToken> tokens, StrictTokenizer.UnclosedBracket? eofInBracket = null, SourceError? eofAfterBackslash = null, SourceEnd? sourceEnd = null)
    {
        _toks = tokens;
        _sourceEnd = sourceEnd;
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

    /// <summary>
    /// pegen's call_invalid_rules: false on the first pass, which parses valid programs at full speed;
    /// true on the second pass, run only after the first one failed, where the invalid_* rules of
    /// python.gram look for a more specific error than "invalid syntax".
    /// </summary>
    private bool _callInvalidRules;

    /// <summary>The farthest token the first pass read: where the generic "invalid syntax" points.</summary>
    private int _firstPassFarthest = -1;

    /// <summary>file (or eval, or interactive: <see cref="Mode"/>), with the end-of-input errors pegen gives when the tokens stop early.</summary>
    public Mod ParseFile()
    {
        try
        {
            return ParseInTwoPasses();
        }
        catch (SourceErrorException e) when (_truncated && e.Error.Type != "RecursionError")
        {
            // Either pass reading the end of the input is the C tokenizer's E_EOF error (tokenizer_error);
            // otherwise _PyPegen_tokenize_full_source_to_check_for_errors prefers the bracket that was
            // never closed when the last token read lies on a later line
            bool readToEnd = _farthest >= _toks.Count - 1;
            if (_eofInBracket is { } open && (readToEnd || LastTokenRead.Lineno > open.Lineno))
                throw new SourceErrorException(new SourceError("SyntaxError", $"'{open.Bracket}' was never closed",
                    open.Lineno, open.ColCp + 1, open.Lineno, 0));
            if (_eofAfterBackslash is not null && readToEnd)
                throw new SourceErrorException(_eofAfterBackslash);
            throw;
        }
    }

    /// <summary>
    /// _PyPegen_run_parser: when the first pass fails without a specific error, parse again from the
    /// start with the invalid_* rules on. A specific error from that pass wins; otherwise the generic
    /// "invalid syntax" points at the farthest token the first pass read (not the second, which may
    /// have looked further ahead while searching).
    /// </summary>
    private Mod ParseInTwoPasses()
    {
        try
        {
            return ParseOnePass();
        }
        catch (SourceErrorException e) when (IsGeneric(e.Error))
        {
            _firstPassFarthest = _farthest;
            _p = 0;
            _depth = 0;
            _callInvalidRules = true;
            try
            {
                ParseOnePass();
            }
            catch (SourceErrorException second) when (IsGeneric(second.Error))
            {
            }
            throw InvalidSyntaxAt(_toks[Math.Min(_firstPassFarthest, _toks.Count - 1)]);
        }
    }

    /// <summary>
    /// For tokens that stop where the tokenizer failed: the parser's error when it fails without
    /// reading past the last good token, or null when it needed the token that failed.
    /// </summary>
    public SourceError? ErrorBeforeEndOfTokens()
    {
        try
        {
            ParseFile();
        }
        catch (SourceErrorException e) when (_farthest < _toks.Count - 1)
        {
            return e.Error;
        }
        catch (SourceErrorException)
        {
        }
        return null;
    }

    private Mod ParseOnePass()
    {
        Mod module = _mode switch
        {
            ParseMode.Eval => Eval(),
            ParseMode.Single => Interactive(),
            _ => File(),
        };
        if (_truncated) throw InvalidSyntax();
        return module;
    }

    private static bool IsGeneric(SourceError e) => e.Type == "SyntaxError" && e.Msg == "invalid syntax";

    /// <summary>
    /// fstring: star_expressions — a replacement field's "(expr)", its tokens already placed in the
    /// source. Like fstring_compile_expr's sub-parser it runs both passes, and its errors say
    /// "f-string: ..." with columns counted from the '(' that stands for the '{' on that line
    /// (_PyPegen_raise_error_known_location subtracts starting_col_offset).
    /// </summary>
    public Expr FStringExpression(List<ParserToken> tokens, int startingColOffset)
    {
        var sub = new Parser(tokens) { _depthBase = _depth + _depthBase };
        try
        {
            try
            {
                return sub.FStringPass();
            }
            catch (SourceErrorException e) when (IsGeneric(e.Error))
            {
                sub._firstPassFarthest = sub._farthest;
                sub._p = 0;
                sub._depth = 0;
                sub._callInvalidRules = true;
                try
                {
                    sub.FStringPass();
                }
                catch (SourceErrorException second) when (IsGeneric(second.Error))
                {
                }
                throw sub.InvalidSyntaxAt(sub._toks[Math.Min(sub._firstPassFarthest, sub._toks.Count - 1)]);
            }
        }
        catch (SourceErrorException e) when (e.Error.Type == "SyntaxError" && !e.Error.Msg.StartsWith("f-string", StringComparison.Ordinal))
        {
            var err = e.Error;
            throw new SourceErrorException(err with
            {
                Msg = "f-string: " + err.Msg,
                Offset = err.Offset - startingColOffset,
                EndOffset = err.EndOffset is > 0 ? err.EndOffset - startingColOffset : err.EndOffset,
            });
        }
    }

    private Expr FStringPass()
    {
        var e = StarExpressions();
        if (!At(TokenType.ENDMARKER)) throw InvalidSyntax();
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
