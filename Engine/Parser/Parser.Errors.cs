using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Parser;

// How errors are raised, with pegen's locations: a generic "invalid syntax" points at the farthest
// token the parser looked at; a specific message points at a token or spans a node.
internal sealed partial class Parser
{
    /// <summary>The farthest token read so far, on either pass: pegen's p->tokens[p->fill - 1].</summary>
    private ParserToken LastTokenRead => _toks[Math.Min(_farthest, _toks.Count - 1)];

    /// <summary>The farthest token read, for the checks made after a successful parse.</summary>
    public ParserToken LastRead => LastTokenRead;

    /// <summary>The generic error, RAISE_SYNTAX_ERROR_KNOWN_LOCATION at the last token read.</summary>
    private SourceErrorException InvalidSyntax() => InvalidSyntaxAt(LastTokenRead);

    private SourceErrorException InvalidSyntaxAt(ParserToken t)
    {
        // The C tokenizer's ENDMARKER has no columns (-1): the error is at column 0 of the last line
        if (t.Type == TokenType.ENDMARKER && _sourceEnd is { } end)
            return new(new SourceError("SyntaxError", "invalid syntax", end.Lineno, 0, end.Lineno, 0));
        // _PyPegen_set_syntax_error: stopped at an INDENT or DEDENT, the error is about indentation;
        // the DEDENTs at the end of input stand after the newline the tokenizer adds to the last line
        if (t.Type == TokenType.DEDENT && _sourceEnd is { } last && OnlyDedentsFollow(t))
            return new(new SourceError("IndentationError", "unexpected unindent", last.Lineno, last.LastLineLength + 1, last.Lineno, -1));
        if (t.Type is TokenType.INDENT or TokenType.DEDENT)
            return new(new SourceError("IndentationError", t.Type == TokenType.INDENT ? "unexpected indent" : "unexpected unindent",
                t.Lineno, t.ColCp, t.Lineno, -1));
        return ErrorAt(t, "invalid syntax");
    }

    /// <summary>
    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: an error with no location of its own, placed by
    /// _PyPegen_raise_error at the last token read; at ENDMARKER that is the end of the last line.
    /// </summary>
    private SourceErrorException RaiseAtLastToken(string msg, string type = "SyntaxError")
    {
        var t = LastTokenRead;
        if (t.Type == TokenType.ENDMARKER && _sourceEnd is { } end)
            return new(new SourceError(type, msg, end.Lineno, end.LastLineLength + 1, end.Lineno, -1));
        // INDENT and DEDENT have no columns either: the tokenizer stands after the indentation, or,
        // for the DEDENTs at the end of input, after the newline it adds to the last line
        if (t.Type == TokenType.DEDENT && _sourceEnd is { } last && OnlyDedentsFollow(t))
            return new(new SourceError(type, msg, last.Lineno, last.LastLineLength + 1, last.Lineno, -1));
        if (t.Type is TokenType.INDENT or TokenType.DEDENT)
            return new(new SourceError(type, msg, t.Lineno, t.ColCp, t.Lineno, -1));
        return ErrorAt(t, msg, type);
    }

    /// <summary>A simple statement not followed by NEWLINE or ';'.</summary>
    private SourceErrorException SimpleStatementEndError() => InvalidSyntax();

    private static SourceErrorException ErrorAt(ParserToken t, string msg, string type = "SyntaxError") =>
        new(new SourceError(type, msg, t.Lineno, t.ColCp + 1, t.EndLineno, t.EndColCp + 1));

    private static SourceErrorException ErrorRange(ParserToken start, ParserToken end, string msg, string type = "SyntaxError") =>
        new(new SourceError(type, msg, start.Lineno, start.ColCp + 1, end.EndLineno, end.EndColCp + 1));

    /// <summary>An error spanning a node: its byte columns are turned back into code points through the tokens.</summary>
    private SourceErrorException ErrorAt(Located node, string msg, string type = "SyntaxError")
    {
        var (line, col) = (node.Lineno, ByteColToCp(node.Lineno, node.ColOffset));
        int? endLine = node.EndLineno, endCol = node.EndLineno is int el && node.EndColOffset is int ec ? ByteColToCp(el, ec) : null;
        return new(new SourceError(type, msg, line, col + 1, endLine, endCol + 1));
    }

    private bool OnlyDedentsFollow(ParserToken t)
    {
        for (int i = _toks.Count - 1; i >= 0 && _toks[i].Type is TokenType.DEDENT or TokenType.ENDMARKER; i--)
            if (_toks[i] == t) return true;
        return false;
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b): from the start of one node to the end of another.</summary>
    private SourceErrorException ErrorBetween(Located a, Located b, string msg)
    {
        int? endLine = b.EndLineno, endCol = b.EndLineno is int el && b.EndColOffset is int ec ? ByteColToCp(el, ec) + 1 : null;
        return new(new SourceError("SyntaxError", msg, a.Lineno, ByteColToCp(a.Lineno, a.ColOffset) + 1, endLine, endCol));
    }

    /// <summary>A byte column on a line, in code points, found from a token that starts or ends there.</summary>
    private int ByteColToCp(int line, int byteCol)
    {
        foreach (var t in _toks)
        {
            if (t.Lineno == line && t.Col == byteCol) return t.ColCp;
            if (t.EndLineno == line && t.EndCol == byteCol) return t.EndColCp;
            if (t.Lineno > line) break;
        }
        return byteCol;
    }

    /// <summary>pegen's _PyPegen_get_expr_name: how an expression is named in "cannot assign to ..." messages.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: NoneConstant } => "None",
        Constant { Value: BoolConstant b } => b.Value ? "True" : "False",
        Constant { Value: EllipsisConstant } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
