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
    private SourceErrorException InvalidSyntax()
    {
        var t = _toks[Math.Min(_farthest, _toks.Count - 1)];
        return ErrorAt(t, "invalid syntax");
    }

    /// <summary>
    /// invalid_expression: inside brackets, an expression directly followed by another one is
    /// "invalid syntax. Perhaps you forgot a comma?", spanning both.
    /// </summary>
    private SourceErrorException ForgotComma(ParserToken start)
    {
        var prev = Prev();
        if ((prev.Type == TokenType.NAME && Cur.Type == TokenType.STRING) || !StartsExpression()) return InvalidSyntax();
        try
        {
            Disjunction();
        }
        catch (SourceErrorException)
        {
            return InvalidSyntax();
        }
        return ErrorRange(start, LastToken, "invalid syntax. Perhaps you forgot a comma?");
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
