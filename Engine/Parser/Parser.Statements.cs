using Engine.Syntax;
using Engine.Tokenizer;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Parser;

// Statements: python.gram's "STATEMENTS" section (simple statements and blocks).
internal sealed partial class Parser
{
    /// <summary>file: [statements] ENDMARKER</summary>
    public Module File()
    {
        var body = new List<Stmt>();
        while (!At(TokenType.ENDMARKER)) Statement(body);
        return new Module(body, new List<TypeIgnoreBase>());
    }

    /// <summary>statement: compound_stmt | simple_stmts (appends what it parses to <paramref name="body"/>).</summary>
    private void Statement(List<Stmt> body)
    {
        if (CompoundStatement() is Stmt s) body.Add(s);
        else SimpleStatements(body);
    }

    /// <summary>simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE</summary>
    private void SimpleStatements(List<Stmt> body)
    {
        if (At(TokenType.INDENT))
            throw new Engine.Diagnostics.SourceErrorException(new Engine.Diagnostics.SourceError(
                "IndentationError", "unexpected indent", Cur.Lineno, Cur.ColCp, Cur.Lineno, -1));
        if (At(TokenType.DEDENT)) throw RaiseAtLastToken("unexpected unindent", "IndentationError");
        while (true)
        {
            body.Add(SimpleStatement());
            if (!Accept(TokenType.SEMI)) break;
            if (At(TokenType.NEWLINE)) break;
        }
        if (!Accept(TokenType.NEWLINE)) throw SimpleStatementEndError();
    }

    private Stmt SimpleStatement()
    {
        var start = Cur;
        if (start.Type == TokenType.NAME)
        {
            switch (start.Text)
            {
                case "pass": Advance(); return At(new Pass(), start);
                case "break": Advance(); return At(new Break(), start);
                case "continue": Advance(); return At(new Continue(), start);
                case "return":
                    Advance();
                    return At(new Return(StartsExpression() ? StarExpressions() : null), start);
                case "raise": return RaiseStatement();
                case "global":
                case "nonlocal":
                {
                    Advance();
                    var names = new List<string>();
                    do names.Add(ExpectName().Text); while (Accept(TokenType.COMMA));
                    return start.Text == "global" ? At(new Global(names), start) : At(new Nonlocal(names), start);
                }
                case "del":
                {
                    Advance();
                    int targetsStart = _p;
                    var targets = _callInvalidRules ? Try(DelTargets) ?? throw InvalidDelStatement(targetsStart) : DelTargets();
                    if (!At(TokenType.NEWLINE) && !At(TokenType.SEMI)) throw InvalidSyntax();
                    return At(new Delete(targets), start);
                }
                case "assert":
                {
                    Advance();
                    var test = Expression();
                    Expr? msg = Accept(TokenType.COMMA) ? Expression() : null;
                    return At(new Assert(test, msg), start);
                }
                case "import": return ImportName();
                case "from": return ImportFrom();
            }
        }
        return ExpressionOrAssignment();
    }

    private Stmt RaiseStatement()
    {
        var start = Advance();
        if (!StartsExpression()) return At(new Raise(null, null), start);
        var exc = Expression();
        Expr? cause = AcceptKeyword("from") ? Expression() : null;
        return At(new Raise(exc, cause), start);
    }

    /// <summary>assignment | star_expressions: an expression statement, or one of the assignment forms it turns out to begin.</summary>
    private Stmt ExpressionOrAssignment()
    {
        var start = Cur;
        int startIndex = _p;
        var first = AtKeyword("yield") ? YieldExpression() : StarExpressions();

        if (At(TokenType.COLON)) return AnnotatedAssignment(start, first);
        if (first is Name { Id: "print" or "exec" } legacy && StartsExpression() && !At(TokenType.STAR) && !At(TokenType.MINUS) && !At(TokenType.PLUS) && !At(TokenType.LPAR) && !At(TokenType.LSQB))
        {
            var arg = Expression();
            throw ErrorRange(start, LastToken, $"Missing parentheses in call to '{legacy.Id}'. Did you mean {legacy.Id}(...)?");
        }

        if (AugmentedOperator(CurType) is Operator op)
        {
            if (first is not (Name or Attribute or Subscript))
                throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
            Advance();
            var value = AtKeyword("yield") ? YieldExpression() : StarExpressions();
            ApplyContext(first, ExprContext.Store);
            return At(new AugAssign(first, op, value), start);
        }

        if (!At(TokenType.EQUAL)) return At(new ExprStmt(first), start);

        var exprs = new List<Expr> { first };
        var bareYields = new HashSet<Expr>(ReferenceEqualityComparer.Instance);
        if (start.IsName("yield")) bareYields.Add(first);
        while (Accept(TokenType.EQUAL))
        {
            bool bare = AtKeyword("yield");
            exprs.Add(bare ? YieldExpression() : StarExpressions());
            if (bare) bareYields.Add(exprs[^1]);
        }
        var rhs = exprs[^1];
        exprs.RemoveAt(exprs.Count - 1);
        for (int i = 0; i < exprs.Count; i++)
        {
            var target = exprs[i];
            // a bare yield is invalid_assignment's yield_expr '=' alternative; a parenthesized one an invalid target
            if (bareYields.Contains(target)) throw ErrorAt(target, "assignment to yield expression not possible");
            if (InvalidTarget(target, ExprContext.Store) is Expr bad)
            {
                // invalid_assignment, a second-pass rule: first its display-element reading of the
                // statement ("f() = 1" reads like a mistyped comparison), then the invalid target
                if (!_callInvalidRules) throw InvalidSyntax();
                InvalidAssignmentElements(startIndex);
                throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
            }
            ApplyContext(target, ExprContext.Store);
        }
        return At(new Assign(exprs, rhs, null), start);
    }

    private Stmt AnnotatedAssignment(ParserToken start, Expr target)
    {
        // a target that cannot be annotated fails the first pass at the ':'; invalid_assignment's
        // annotation alternatives, on the second, need ':' expression after it
        if (target is not (Name or Attribute or Subscript))
        {
            if (!_callInvalidRules) throw InvalidSyntax();
            Advance();
            Expression();
        }
        if (target is Tuple or List)
            throw ErrorAt(target, $"only single target (not {(target is Tuple ? "tuple" : "list")}) can be annotated");
        if (target is not (Name or Attribute or Subscript))
            throw ErrorAt(target, "illegal target for annotation");
        Advance();
        var annotation = Expression();
        Expr? value = null;
        if (Accept(TokenType.EQUAL))
            value = AtKeyword("yield") ? YieldExpression() : StarExpressions();
        int simple = target is Name && start.Type != TokenType.LPAR ? 1 : 0;
        ApplyContext(target, ExprContext.Store);
        return At(new AnnAssign(target, annotation, value, simple), start);
    }

    private static Operator? AugmentedOperator(TokenType t) => t switch
    {
        TokenType.PLUSEQUAL => Operator.Add,
        TokenType.MINEQUAL => Operator.Sub,
        TokenType.STAREQUAL => Operator.Mult,
        TokenType.ATEQUAL => Operator.MatMult,
        TokenType.SLASHEQUAL => Operator.Div,
        TokenType.PERCENTEQUAL => Operator.Mod,
        TokenType.AMPEREQUAL => Operator.BitAnd,
        TokenType.VBAREQUAL => Operator.BitOr,
        TokenType.CIRCUMFLEXEQUAL => Operator.BitXor,
        TokenType.LEFTSHIFTEQUAL => Operator.LShift,
        TokenType.RIGHTSHIFTEQUAL => Operator.RShift,
        TokenType.DOUBLESTAREQUAL => Operator.Pow,
        TokenType.DOUBLESLASHEQUAL => Operator.FloorDiv,
        _ => null,
    };

    /// <summary>import_name: 'import' dotted_as_names</summary>
    private Stmt ImportName()
    {
        var start = Advance();
        var names = new List<Alias>();
        do
        {
            var aliasStart = Cur;
            var name = DottedName();
            string? asname = AcceptKeyword("as") ? ExpectName().Text : null;
            names.Add(At(new Alias(name, asname), aliasStart));
        } while (Accept(TokenType.COMMA));
        return At(new Import(names), start);
    }

    private string DottedName()
    {
        var name = ExpectName().Text;
        while (At(TokenType.DOT) && PeekAt(1).Type == TokenType.NAME)
        {
            Advance();
            name += "." + ExpectName().Text;
        }
        return name;
    }

    /// <summary>import_from: 'from' ('.' | '...')* dotted_name 'import' targets | 'from' ('.' | '...')+ 'import' targets</summary>
    private Stmt ImportFrom()
    {
        var start = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenType.DOT)) level += 1;
            else if (Accept(TokenType.ELLIPSIS)) level += 3;
            else break;
        }
        string? module = null;
        if (level == 0 || !AtKeyword("import")) module = DottedName();
        ExpectKeyword("import");
        var names = new List<Alias>();
        if (At(TokenType.STAR))
        {
            var star = Advance();
            names.Add(At(new Alias("*", null), star));
            return At(new ImportFrom(module, names, level), start);
        }
        bool paren = Accept(TokenType.LPAR);
        do
        {
            if (paren && At(TokenType.RPAR)) break;
            if (!paren && names.Count > 0 && At(TokenType.NEWLINE))
                throw ErrorAt(Cur, "trailing comma not allowed without surrounding parentheses");
            var aliasStart = Cur;
            var name = ExpectName().Text;
            string? asname = AcceptKeyword("as") ? ExpectName().Text : null;
            names.Add(At(new Alias(name, asname), aliasStart));
        } while (Accept(TokenType.COMMA));
        if (paren) Expect(TokenType.RPAR);
        else if (Prev().Type == TokenType.COMMA)
            throw ErrorAt(Prev(), "trailing comma not allowed without surrounding parentheses");
        return At(new ImportFrom(module, names, level), start);
    }

    private ParserToken Prev() => _toks[Math.Max(_p - 1, 0)];

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts</summary>
    private List<Stmt> Block(string what, ParserToken header)
    {
        using var _ = Enter();
        var body = new List<Stmt>();
        if (!Accept(TokenType.NEWLINE))
        {
            SimpleStatements(body);
            return body;
        }
        if (!Accept(TokenType.INDENT))
            throw RaiseAtLastToken($"expected an indented block after {what} on line {header.Lineno}", "IndentationError");
        while (!Accept(TokenType.DEDENT))
        {
            if (At(TokenType.ENDMARKER)) break;
            Statement(body);
        }
        return body;
    }

    /// <summary>
    /// The ':' of an if/elif/while/for/with/class/except/case header. Only the second pass names it:
    /// invalid_*_stmt rules match the header followed by NEWLINE and raise "expected ':'" at that
    /// NEWLINE (the last token read); anything else after the header is plain "invalid syntax".
    /// </summary>
    private void ExpectColon()
    {
        if (!Accept(TokenType.COLON)) throw MissingHeaderColon();
    }

    private Engine.Diagnostics.SourceErrorException MissingHeaderColon() =>
        _callInvalidRules && At(TokenType.NEWLINE) ? RaiseAtLastToken("expected ':'") : InvalidSyntax();

    /// <summary>A forced token (&&':' and &&'(' in python.gram: def, try, finally, else): missing, it is an error on either pass, at the token found instead.</summary>
    private ParserToken ExpectForced(TokenType type, string text)
    {
        if (At(type)) return Advance();
        throw ErrorAt(Cur, $"expected '{text}'");
    }
}
