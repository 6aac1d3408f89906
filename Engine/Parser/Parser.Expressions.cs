using Engine.Syntax;
using Engine.Tokenizer;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Parser;

// Expressions: python.gram's "EXPRESSIONS" section, from star_expressions down to atom.
internal sealed partial class Parser
{
    /// <summary>star_expressions: a single star_expression, or a Tuple of them when there is a comma.</summary>
    private Expr StarExpressions()
    {
        var start = Cur;
        var first = StarExpression();
        if (!At(TokenType.COMMA)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (!StartsExpression()) break;
            elts.Add(StarExpression());
        }
        return At(new Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>star_expression: '*' bitwise_or | expression</summary>
    private Expr StarExpression()
    {
        var start = Cur;
        if (Accept(TokenType.STAR))
            return At(new Starred(BitwiseOr(), ExprContext.Load), start);
        return Expression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression (display elements)</summary>
    private Expr StarNamedExpression()
    {
        var start = Cur;
        if (Accept(TokenType.STAR))
            return At(new Starred(BitwiseOr(), ExprContext.Load), start);
        return NamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression !':='</summary>
    private Expr NamedExpression()
    {
        var start = Cur;
        if (AtName && PeekAt(1).Type == TokenType.COLONEQUAL)
        {
            var name = Advance();
            Advance();
            var target = Span(new Name(name.Text, ExprContext.Store), name, name);
            var value = Expression();
            return At(new NamedExpr(target, value), start);
        }
        int startIndex = _p;
        var e = Expression();
        if (At(TokenType.COLONEQUAL)) InvalidWalrusTarget(e);
        if (_callInvalidRules && At(TokenType.EQUAL)) InvalidNamedExpression(startIndex);
        return e;
    }

    /// <summary>expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef</summary>
    private Expr Expression()
    {
        using var _ = Enter();
        if (AtKeyword("lambda")) return Lambdef();
        var start = Cur;
        int startIndex = _p;
        var body = Disjunction();
        if (_callInvalidRules) InvalidExpression(startIndex, body);
        if (!AtKeyword("if")) return body;
        int ifIndex = _p;
        Advance();
        var test = Disjunction();
        if (!AcceptKeyword("else"))
        {
            // invalid_expression: a=disjunction 'if' b=disjunction !('else'|':'), on the second pass;
            // otherwise the ordered choice falls back to the disjunction alone
            if (_callInvalidRules && !At(TokenType.COLON)) throw ErrorRange(start, LastToken, "expected 'else' after 'if' expression");
            _p = ifIndex;
            return body;
        }
        var orelse = Expression();
        return At(new IfExp(test, body, orelse), start);
    }

    private Expr Disjunction()
    {
        var start = Cur;
        var first = Conjunction();
        if (!AtKeyword("or")) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword("or")) values.Add(Conjunction());
        return At(new BoolOp(BoolOperator.Or, values), start);
    }

    private Expr Conjunction()
    {
        var start = Cur;
        var first = Inversion();
        if (!AtKeyword("and")) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword("and")) values.Add(Inversion());
        return At(new BoolOp(BoolOperator.And, values), start);
    }

    private Expr Inversion()
    {
        var start = Cur;
        if (AcceptKeyword("not"))
        {
            using var _ = Enter();
            return At(new UnaryOp(UnaryOperator.Not, Inversion()), start);
        }
        return Comparison();
    }

    private Expr Comparison()
    {
        var start = Cur;
        var left = BitwiseOr();
        List<CmpOperator>? ops = null;
        List<Expr>? comparators = null;
        while (CompareOperator() is CmpOperator op)
        {
            (ops ??= new()).Add(op);
            (comparators ??= new()).Add(BitwiseOr());
        }
        return ops is null ? left : At(new Compare(left, ops, comparators!), start);
    }

    /// <summary>Consumes a comparison operator if one is next ('not in' and 'is not' are two tokens).</summary>
    private CmpOperator? CompareOperator()
    {
        var t = Cur;
        switch (t.Type)
        {
            case TokenType.EQEQUAL: Advance(); return CmpOperator.Eq;
            case TokenType.NOTEQUAL when t.Text == "!=": Advance(); return CmpOperator.NotEq; // "<>" is refused (PEP 401)
            case TokenType.LESS: Advance(); return CmpOperator.Lt;
            case TokenType.LESSEQUAL: Advance(); return CmpOperator.LtE;
            case TokenType.GREATER: Advance(); return CmpOperator.Gt;
            case TokenType.GREATEREQUAL: Advance(); return CmpOperator.GtE;
            case TokenType.NAME:
                if (t.Text == "in") { Advance(); return CmpOperator.In; }
                if (t.Text == "is")
                {
                    Advance();
                    return AcceptKeyword("not") ? CmpOperator.IsNot : CmpOperator.Is;
                }
                if (t.Text == "not" && PeekAt(1).IsName("in"))
                {
                    Advance();
                    Advance();
                    return CmpOperator.NotIn;
                }
                return null;
            default:
                return null;
        }
    }

    private Expr BitwiseOr() => BinaryChain(0);

    // Binary operator levels, loosest first: | ^ & << >> + - * / // % @
    private static Operator? BinaryOperatorAt(int level, TokenType t) => (level, t) switch
    {
        (0, TokenType.VBAR) => Operator.BitOr,
        (1, TokenType.CIRCUMFLEX) => Operator.BitXor,
        (2, TokenType.AMPER) => Operator.BitAnd,
        (3, TokenType.LEFTSHIFT) => Operator.LShift,
        (3, TokenType.RIGHTSHIFT) => Operator.RShift,
        (4, TokenType.PLUS) => Operator.Add,
        (4, TokenType.MINUS) => Operator.Sub,
        (5, TokenType.STAR) => Operator.Mult,
        (5, TokenType.SLASH) => Operator.Div,
        (5, TokenType.DOUBLESLASH) => Operator.FloorDiv,
        (5, TokenType.PERCENT) => Operator.Mod,
        (5, TokenType.AT) => Operator.MatMult,
        _ => null,
    };

    /// <summary>bitwise_or .. term: left-associative chains, one precedence level per call.</summary>
    private Expr BinaryChain(int level)
    {
        if (level > 5) return Factor();
        var start = Cur;
        var left = BinaryChain(level + 1);
        int links = 0;
        while (BinaryOperatorAt(level, CurType) is Operator op)
        {
            Advance();
            CheckChain(++links);
            var right = BinaryChain(level + 1);
            left = At(new BinOp(left, op, right), start);
        }
        return left;
    }

    /// <summary>factor: '+' factor | '-' factor | '~' factor | power</summary>
    private Expr Factor()
    {
        var start = Cur;
        UnaryOperator? op = CurType switch
        {
            TokenType.PLUS => UnaryOperator.UAdd,
            TokenType.MINUS => UnaryOperator.USub,
            TokenType.TILDE => UnaryOperator.Invert,
            _ => null,
        };
        if (op is null) return Power();
        Advance();
        using var _ = Enter();
        var operand = Factor();
        return At(new UnaryOp(op.Value, operand), start);
    }

    /// <summary>power: await_primary '**' factor | await_primary</summary>
    private Expr Power()
    {
        var start = Cur;
        var left = AwaitPrimary();
        if (!Accept(TokenType.DOUBLESTAR)) return left;
        using var _ = Enter();
        var right = Factor();
        return At(new BinOp(left, Operator.Pow, right), start);
    }

    private Expr AwaitPrimary()
    {
        var start = Cur;
        if (AcceptKeyword("await"))
            return At(new Await(Primary()), start);
        return Primary();
    }

    /// <summary>primary: atom followed by any number of '.' NAME, '(' arguments ')', genexp and '[' slices ']'.</summary>
    private Expr Primary()
    {
        var start = Cur;
        var e = Atom();
        int links = 0;
        while (true)
        {
            switch (CurType)
            {
                case TokenType.DOT:
                    Advance();
                    var name = ExpectName();
                    e = At(new Attribute(e, name.Text, ExprContext.Load), start);
                    break;
                case TokenType.LPAR:
                    e = CallTrailer(e, start);
                    break;
                case TokenType.LSQB:
                    Advance();
                    var slice = Slices();
                    Expect(TokenType.RSQB);
                    e = At(new Subscript(e, slice, ExprContext.Load), start);
                    break;
                default:
                    return e;
            }
            CheckChain(++links);
        }
    }

    /// <summary>slices: slice !',' | ','.(slice | starred_expression)+ [',']</summary>
    private Expr Slices()
    {
        var start = Cur;
        var first = SliceOrStarred();
        // "slice !','" does not take a starred item: a lone one is still a tuple
        if (!At(TokenType.COMMA) && first is not Starred) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.RSQB)) break;
            elts.Add(SliceOrStarred());
        }
        return At(new Tuple(elts, ExprContext.Load), start);
    }

    private Expr SliceOrStarred()
    {
        var start = Cur;
        if (Accept(TokenType.STAR))
            return At(new Starred(BitwiseOr(), ExprContext.Load), start);
        return Slice();
    }

    /// <summary>slice: [expression] ':' [expression] [':' [expression]] | named_expression</summary>
    private Expr Slice()
    {
        var start = Cur;
        Expr? lower = null;
        if (!At(TokenType.COLON))
        {
            lower = NamedExpression();
            if (!At(TokenType.COLON)) return lower;
            if (lower is NamedExpr) throw InvalidSyntax();
        }
        Advance();
        Expr? upper = At(TokenType.COLON) || !StartsExpression() ? null : Expression();
        Expr? step = null;
        if (Accept(TokenType.COLON) && StartsExpression()) step = Expression();
        return At(new Slice(lower, upper, step), start);
    }

    /// <summary>Whether the next token can begin an expression (used where an expression is optional).</summary>
    private bool StartsExpression()
    {
        var t = Cur;
        switch (t.Type)
        {
            case TokenType.NAME:
                return !Keywords.Contains(t.Text) || t.Text is "None" or "True" or "False" or "not" or "lambda" or "await" or "yield";
            case TokenType.NUMBER or TokenType.STRING or TokenType.LPAR or TokenType.LSQB or TokenType.LBRACE
                or TokenType.MINUS or TokenType.PLUS or TokenType.TILDE or TokenType.ELLIPSIS or TokenType.STAR:
                return true;
            default:
                return false;
        }
    }

    /// <summary>atom: NAME, True/False/None, strings, NUMBER, tuple/group/genexp, list/listcomp, dict/set/comprehensions, '...'</summary>
    private Expr Atom()
    {
        var t = Cur;
        switch (t.Type)
        {
            case TokenType.NAME:
                switch (t.Text)
                {
                    case "True": Advance(); return Span(new Constant(BoolConstant.True, null), t, t);
                    case "False": Advance(); return Span(new Constant(BoolConstant.False, null), t, t);
                    case "None": Advance(); return Span(new Constant(NoneConstant.Instance, null), t, t);
                }
                if (Keywords.Contains(t.Text)) throw InvalidSyntax();
                Advance();
                return Span(new Name(t.Text, ExprContext.Load), t, t);
            case TokenType.NUMBER:
                Advance();
                if (NumberLiteral.ExceedsDigitLimit(t.Text, out int digits))
                    throw new Engine.Diagnostics.SourceErrorException(new Engine.Diagnostics.SourceError("SyntaxError",
                        $"Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                        t.Lineno, 0, t.Lineno, 0));
                return Span(new Constant(NumberLiteral.Parse(t.Text), null), t, t);
            case TokenType.STRING:
                return Strings();
            case TokenType.ELLIPSIS:
                Advance();
                return Span(new Constant(EllipsisConstant.Instance, null), t, t);
            case TokenType.LPAR:
                return ParenAtom();
            case TokenType.LSQB:
                return ListAtom();
            case TokenType.LBRACE:
                return BraceAtom();
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>'(' ... ')': empty tuple, group, yield, tuple, or generator expression.</summary>
    private Expr ParenAtom()
    {
        using var _ = Enter();
        var start = Advance();
        if (Accept(TokenType.RPAR)) return At(new Tuple(new List<Expr>(), ExprContext.Load), start);
        if (AtKeyword("yield"))
        {
            var y = YieldExpression();
            Expect(TokenType.RPAR);
            return y;
        }
        if (_callInvalidRules && At(TokenType.STAR)) InvalidStarredComprehension();
        var first = StarNamedExpression();
        if (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for")))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ForIfClauses();
            Expect(TokenType.RPAR);
            return At(new GeneratorExp(first, gens), start);
        }
        if (Accept(TokenType.RPAR))
        {
            if (first is Starred) throw ErrorAt(first, "cannot use starred expression here");
            return first;
        }
        if (!At(TokenType.COMMA)) throw InvalidSyntax();
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.RPAR)) break;
            elts.Add(StarNamedExpression());
        }
        Expect(TokenType.RPAR);
        return At(new Tuple(elts, ExprContext.Load), start);
    }

    private Expr ListAtom()
    {
        using var _ = Enter();
        var start = Advance();
        var elts = new List<Expr>();
        if (Accept(TokenType.RSQB)) return At(new List(elts, ExprContext.Load), start);
        if (_callInvalidRules && At(TokenType.STAR)) InvalidStarredComprehension();
        var first = StarNamedExpression();
        if (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for")))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ForIfClauses();
            Expect(TokenType.RSQB);
            return At(new ListComp(first, gens), start);
        }
        elts.Add(first);
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.RSQB)) break;
            if (_callInvalidRules && AtFor) InvalidComprehensionTarget(first, elts.Count == 1 ? null : elts[^1], Prev());
            elts.Add(StarNamedExpression());
        }
        if (_callInvalidRules && elts.Count > 1 && AtFor) InvalidComprehensionTarget(first, elts[^1], Prev());
        Expect(TokenType.RSQB);
        return At(new List(elts, ExprContext.Load), start);
    }

    /// <summary>'{' ... '}': dict, set, and their comprehensions.</summary>
    private Expr BraceAtom()
    {
        using var _ = Enter();
        var start = Advance();
        if (Accept(TokenType.RBRACE)) return At(new Dict(new List<Expr?>(), new List<Expr>()), start);

        if (At(TokenType.DOUBLESTAR)) return DictBody(start, null);

        if (_callInvalidRules && At(TokenType.STAR)) InvalidStarredComprehension();
        var firstToken = Cur;
        var first = StarNamedExpression();
        // a key is an expression: a walrus only in parentheses (its node leaves them out, so it starts after the '(')
        bool bareWalrus = first is NamedExpr && firstToken.Type != TokenType.LPAR;
        if (At(TokenType.COLON) && first is not Starred && !bareWalrus) return DictBody(start, first);
        if (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for")))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ForIfClauses();
            Expect(TokenType.RBRACE);
            return At(new SetComp(first, gens), start);
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.RBRACE)) break;
            if (_callInvalidRules && AtFor) InvalidComprehensionTarget(first, elts.Count == 1 ? null : elts[^1], Prev());
            elts.Add(StarNamedExpression());
        }
        if (_callInvalidRules && elts.Count > 1 && AtFor) InvalidComprehensionTarget(first, elts[^1], Prev());
        Expect(TokenType.RBRACE);
        return At(new Set(elts), start);
    }

    /// <summary>The entries of a dict display (or a dict comprehension); <paramref name="firstKey"/> was already parsed.</summary>
    private Expr DictBody(ParserToken start, Expr? firstKey)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        bool first = true;
        while (!At(TokenType.RBRACE))
        {
            if (firstKey is null && At(TokenType.DOUBLESTAR))
            {
                var doubleStar = Advance();
                keys.Add(null);
                values.Add(BitwiseOr());
                // invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}'
                if (_callInvalidRules && first && AtFor && Try(ForIfClauses) is not null && At(TokenType.RBRACE))
                    throw ErrorAt(doubleStar, "dict unpacking cannot be used in dict comprehension");
            }
            else
            {
                var key = firstKey ?? Expression();
                firstKey = null;
                if (_callInvalidRules) InvalidKeyValuePair(key, afterPairs: !first);
                Expect(TokenType.COLON);
                var value = Expression();
                if (first && (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for"))))
                {
                    var gens = ForIfClauses();
                    Expect(TokenType.RBRACE);
                    return At(new DictComp(key, value, gens), start);
                }
                keys.Add(key);
                values.Add(value);
            }
            first = false;
            if (!Accept(TokenType.COMMA)) break;
        }
        Expect(TokenType.RBRACE);
        return At(new Dict(keys, values), start);
    }

    /// <summary>_PyPegen_get_last_comprehension_item of the latest for_if_clauses: where generator errors end.</summary>
    private Expr? _lastComprehensionItem;

    /// <summary>for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+</summary>
    private List<Comprehension> ForIfClauses()
    {
        var gens = new List<Comprehension>();
        while (AtKeyword("for") || (AtKeyword("async") && PeekAt(1).IsName("for")))
        {
            int isAsync = AcceptKeyword("async") ? 1 : 0;
            ExpectKeyword("for");
            int targetsStart = _p;
            var target = _callInvalidRules ? Try(StarTargets) : StarTargets();
            if (_callInvalidRules && (target is null || !AtKeyword("in"))) InvalidForTarget(targetsStart);
            if (target is null) throw InvalidSyntax();
            ExpectKeyword("in");
            var iter = Disjunction();
            var ifs = new List<Expr>();
            while (AcceptKeyword("if")) ifs.Add(Disjunction());
            _lastComprehensionItem = ifs.Count > 0 ? ifs[^1] : iter;
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]</summary>
    private Expr YieldExpression()
    {
        var start = ExpectKeyword("yield");
        if (AcceptKeyword("from"))
            return At(new YieldFrom(Expression()), start);
        Expr? value = StartsExpression() ? StarExpressions() : null;
        return At(new Yield(value), start);
    }

    /// <summary>lambdef: 'lambda' [lambda_params] ':' expression</summary>
    private Expr Lambdef()
    {
        var start = ExpectKeyword("lambda");
        var args = Parameters(lambda: true);
        Expect(TokenType.COLON);
        var body = Expression();
        return At(new Lambda(args, body), start);
    }
}
