using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

/// <summary>ast.parse's and compile()'s mode: the grammar's start rule.</summary>
public enum ParseMode
{
    /// <summary>"exec": file, a module.</summary>
    Exec,
    /// <summary>"eval": eval, one expression.</summary>
    Eval,
    /// <summary>"single": interactive, one REPL statement.</summary>
    Single,
}

// The start rules other than file: python.gram's eval and interactive.
internal sealed partial class Parser
{
    private ParseMode _mode = ParseMode.Exec;

    /// <summary>The start rule. For "single" the tokens are those _PyPegen_fill_token hands on in
    /// Py_single_input: once parsing has begun, the ENDMARKER comes as a NEWLINE first (what lets
    /// a compound statement end the line), then as itself.</summary>
    public ParseMode Mode
    {
        get => _mode;
        init
        {
            _mode = value;
            if (value == ParseMode.Single && _toks.Count > 1 && _toks[^1].Type == TokenType.ENDMARKER)
            {
                var end = _toks[^1];
                _toks.Insert(_toks.Count - 1, new ParserToken(TokenType.NEWLINE, "", end.Lineno, end.Col, end.ColCp, end.EndLineno, end.EndCol, end.EndColCp));
            }
        }
    }

    /// <summary>eval: expressions NEWLINE* ENDMARKER</summary>
    private Expression Eval()
    {
        var body = Expressions();
        while (Accept(TokenType.NEWLINE)) { }
        if (!At(TokenType.ENDMARKER)) throw InvalidSyntax();
        return new Expression(body);
    }

    /// <summary>expressions: expression (',' expression)* [','] — a Tuple when there is a comma.</summary>
    private Expr Expressions()
    {
        var start = Cur;
        var first = Expression();
        if (!At(TokenType.COMMA)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (!StartsExpression()) break;
            elts.Add(Expression());
        }
        return At(new Syntax.Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>
    /// interactive: statement_newline — compound_stmt NEWLINE | simple_stmts | NEWLINE | ENDMARKER.
    /// Nothing needs to follow; what does is checked afterwards (<see cref="CheckSingleStatement"/>).
    /// </summary>
    private Interactive Interactive()
    {
        var body = new List<Stmt>();
        var start = Cur;
        // _PyPegen_interactive_exit: input that holds no statement at all
        if (At(TokenType.ENDMARKER)) throw InvalidSyntax();
        if (Accept(TokenType.NEWLINE))
        {
            body.Add(At(new Pass(), start));
            return new Interactive(body);
        }
        if (CompoundStatement() is Stmt s)
        {
            body.Add(s);
            if (!Accept(TokenType.NEWLINE)) throw InvalidSyntax();
        }
        else SimpleStatements(body);
        return new Interactive(body);
    }
}
