using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

// Compound statements: if, while, for, with, try, def, class, decorators, async, match.
internal sealed partial class Parser
{
    /// <summary>compound_stmt, or null when the next statement is a simple one.</summary>
    private Stmt? CompoundStatement()
    {
        var t = Cur;
        if (t.Type == TokenType.AT) return Decorated();
        if (t.Type != TokenType.NAME) return null;
        switch (t.Text)
        {
            case "if": return IfStatement(Advance(), "'if' statement");
            case "while": return WhileStatement();
            case "for": return ForStatement(t, isAsync: false);
            case "with": return WithStatement(t, isAsync: false);
            case "try": return TryStatement();
            case "def": return FunctionDef(t, new List<Expr>(), isAsync: false);
            case "class": return ClassDef(t, new List<Expr>());
            case "async":
            {
                var next = PeekAt(1);
                if (next.IsName("def")) { Advance(); return FunctionDef(t, new List<Expr>(), isAsync: true); }
                if (next.IsName("for")) { Advance(); return ForStatement(t, isAsync: true); }
                if (next.IsName("with")) { Advance(); return WithStatement(t, isAsync: true); }
                return null;
            }
            case "match": return MatchStatement();
            default: return null;
        }
    }

    /// <summary>if_stmt / elif_stmt: 'if' named_expression ':' block (elif_stmt | [else_block])</summary>
    private Stmt IfStatement(ParserToken start, string what)
    {
        var test = NamedExpression();
        ExpectColon();
        var body = Block(what, start);
        var orelse = new List<Stmt>();
        if (AtKeyword("elif"))
        {
            var elif = Advance();
            using var _ = Enter();
            orelse.Add(IfStatement(elif, "'elif' statement"));
        }
        else if (AtKeyword("else"))
        {
            var elseTok = Advance();
            ExpectForced(TokenType.COLON, ":");
            orelse = Block("'else' statement", elseTok);
        }
        return At(new If(test, body, orelse), start);
    }

    private Stmt WhileStatement()
    {
        var start = Advance();
        var test = NamedExpression();
        ExpectColon();
        var body = Block("'while' statement", start);
        var orelse = ElseBlock();
        return At(new While(test, body, orelse), start);
    }

    private List<Stmt> ElseBlock()
    {
        if (!AtKeyword("else")) return new List<Stmt>();
        var elseTok = Advance();
        ExpectForced(TokenType.COLON, ":");
        return Block("'else' statement", elseTok);
    }

    /// <summary>for_stmt: ['async'] 'for' star_targets 'in' star_expressions ':' block [else_block]</summary>
    private Stmt ForStatement(ParserToken start, bool isAsync)
    {
        var forTok = ExpectKeyword("for");
        int targetsStart = _p;
        var target = _callInvalidRules ? Try(StarTargets) : StarTargets();
        if (_callInvalidRules && (target is null || !AtKeyword("in"))) InvalidForTarget(targetsStart);
        if (target is null) throw InvalidSyntax();
        ExpectKeyword("in");
        var iter = StarExpressions();
        ExpectColon();
        var body = Block("'for' statement", forTok);
        var orelse = ElseBlock();
        return isAsync
            ? At(new AsyncFor(target, iter, body, orelse, null), start)
            : At(new For(target, iter, body, orelse, null), start);
    }

    /// <summary>with_stmt: ['async'] 'with' ('(' ','.with_item+ ','? ')' | ','.with_item+) ':' block</summary>
    private Stmt WithStatement(ParserToken start, bool isAsync)
    {
        var withTok = ExpectKeyword("with");
        var items = At(TokenType.LPAR) ? Try(ParenthesizedWithItems) : null;
        if (items is null)
        {
            items = new List<WithItem>();
            do items.Add(WithItem()); while (Accept(TokenType.COMMA));
        }
        ExpectColon();
        var body = Block("'with' statement", withTok);
        return isAsync
            ? At(new AsyncWith(items, body, null), start)
            : At(new With(items, body, null), start);
    }

    private List<WithItem> ParenthesizedWithItems()
    {
        Expect(TokenType.LPAR);
        var items = new List<WithItem>();
        do
        {
            if (At(TokenType.RPAR)) break;
            items.Add(WithItem());
        } while (Accept(TokenType.COMMA));
        Expect(TokenType.RPAR);
        if (!At(TokenType.COLON)) throw MissingHeaderColon();
        return items;
    }

    /// <summary>with_item: expression 'as' star_target &(',' | ')' | ':') | expression</summary>
    private WithItem WithItem()
    {
        var e = Expression();
        Expr? vars = null;
        if (AcceptKeyword("as"))
        {
            vars = StarTarget();
            if (!(At(TokenType.COMMA) || At(TokenType.RPAR) || At(TokenType.COLON))) throw MissingHeaderColon();
        }
        return new WithItem(e, vars);
    }

    /// <summary>try_stmt: try with finally, except handlers (or except* handlers), else and finally.</summary>
    private Stmt TryStatement()
    {
        var start = Advance();
        ExpectForced(TokenType.COLON, ":");
        var body = Block("'try' statement", start);
        var handlers = new List<ExceptHandlerBase>();
        bool? star = null;
        while (AtKeyword("except"))
        {
            var exceptTok = Advance();
            bool isStar = Accept(TokenType.STAR);
            if (star is bool s && s != isStar)
                throw ErrorAt(exceptTok, "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!At(TokenType.COLON))
            {
                var typeStart = Cur;
                type = Expression();
                if (At(TokenType.COMMA))
                {
                    // except A, B: is Python 2
                    var elts = new List<Expr> { type };
                    while (Accept(TokenType.COMMA) && StartsExpression()) elts.Add(Expression());
                    throw ErrorRange(typeStart, LastToken, "multiple exception types must be parenthesized");
                }
                if (AcceptKeyword("as")) name = ExpectName().Text;
            }
            else if (isStar)
            {
                throw ErrorAt(Cur, "expected one or more exception types");
            }
            ExpectColon();
            var handlerBody = Block(isStar ? "'except*' statement" : "'except' statement", exceptTok);
            handlers.Add(At(new ExceptHandler(type, name, handlerBody), exceptTok));
        }
        var orelse = new List<Stmt>();
        if (handlers.Count > 0) orelse = ElseBlock();
        var finalbody = new List<Stmt>();
        if (AtKeyword("finally"))
        {
            var finallyTok = Advance();
            ExpectForced(TokenType.COLON, ":");
            finalbody = Block("'finally' statement", finallyTok);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw RaiseAtLastToken("expected 'except' or 'finally' block"); // RAISE_SYNTAX_ERROR: at the last token read
        return star == true
            ? At(new TryStar(body, handlers, orelse, finalbody), start)
            : At(new Try(body, handlers, orelse, finalbody), start);
    }

    /// <summary>decorators: ('@' named_expression NEWLINE)+, then a class or (async) function definition.</summary>
    private Stmt Decorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenType.AT))
        {
            decorators.Add(NamedExpression());
            Expect(TokenType.NEWLINE);
        }
        var t = Cur;
        if (t.IsName("def")) return FunctionDef(t, decorators, isAsync: false);
        if (t.IsName("class")) return ClassDef(t, decorators);
        if (t.IsName("async") && PeekAt(1).IsName("def"))
        {
            Advance();
            return FunctionDef(t, decorators, isAsync: true);
        }
        throw InvalidSyntax();
    }

    /// <summary>function_def_raw: ['async'] 'def' NAME '(' [params] ')' ['->' expression] ':' block</summary>
    private Stmt FunctionDef(ParserToken start, List<Expr> decorators, bool isAsync)
    {
        var defTok = ExpectKeyword("def");
        var name = ExpectName();
        ExpectForced(TokenType.LPAR, "(");
        var args = Parameters(lambda: false);
        Expect(TokenType.RPAR);
        Expr? returns = Accept(TokenType.RARROW) ? Expression() : null;
        ExpectForced(TokenType.COLON, ":");
        var body = Block("function definition", defTok);
        return isAsync
            ? At(new AsyncFunctionDef(name.Text, args, body, decorators, returns, null), start)
            : At(new FunctionDef(name.Text, args, body, decorators, returns, null), start);
    }

    /// <summary>class_def_raw: 'class' NAME ['(' [arguments] ')'] ':' block</summary>
    private Stmt ClassDef(ParserToken start, List<Expr> decorators)
    {
        var classTok = ExpectKeyword("class");
        var name = ExpectName();
        var bases = new List<Expr>();
        var keywords = new List<Keyword>();
        if (At(TokenType.LPAR))
        {
            var open = Advance();
            (bases, keywords) = CallArguments(open, TokenType.RPAR);
        }
        ExpectColon();
        var body = Block("class definition", classTok);
        return At(new ClassDef(name.Text, bases, keywords, body, decorators), start);
    }
}
