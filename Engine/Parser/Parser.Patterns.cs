using Engine.Syntax;
using Engine.Tokenizer;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Parser;

// match statements and patterns (python.gram "match_stmt" .. "keyword_pattern"). 'match', 'case'
// and '_' are soft keywords: a statement is a match statement only if its header parses as one.
internal sealed partial class Parser
{
    /// <summary>match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT, or null when this is not one.</summary>
    private Stmt? MatchStatement()
    {
        var start = Cur;
        var subject = Try(() =>
        {
            Advance();
            var s = SubjectExpression();
            return At(TokenType.COLON) ? s : throw MissingHeaderColon();
        });
        if (subject is null) return null;
        Advance(); // ':'
        if (!Accept(TokenType.NEWLINE)) throw InvalidSyntax();
        if (!Accept(TokenType.INDENT))
            throw RaiseAtLastToken($"expected an indented block after 'match' statement on line {start.Lineno}", "IndentationError");
        var cases = new List<MatchCase>();
        while (AtKeyword("case") || (Cur.Type == TokenType.NAME && Cur.Text == "case"))
            cases.Add(CaseBlock());
        if (cases.Count == 0) throw InvalidSyntax();
        if (!Accept(TokenType.DEDENT) && !At(TokenType.ENDMARKER)) throw InvalidSyntax();
        return At(new Match(subject, cases), start);
    }

    /// <summary>subject_expr: star_named_expression ',' star_named_expressions? | named_expression</summary>
    private Expr SubjectExpression()
    {
        var start = Cur;
        var first = StarNamedExpression();
        if (!At(TokenType.COMMA))
        {
            if (first is Starred) throw InvalidSyntax();
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.COLON)) break;
            elts.Add(StarNamedExpression());
        }
        return At(new Tuple(elts, ExprContext.Load), start);
    }

    /// <summary>case_block: "case" patterns guard? ':' block</summary>
    private MatchCase CaseBlock()
    {
        var caseTok = Advance();
        var pattern = Patterns();
        Expr? guard = AcceptKeyword("if") ? NamedExpression() : null;
        ExpectColon();
        var body = Block("'case' statement", caseTok);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>patterns: open_sequence_pattern | pattern</summary>
    private Pattern Patterns()
    {
        var start = Cur;
        var first = MaybeStarPattern();
        if (!At(TokenType.COMMA))
        {
            if (first is MatchStar) throw InvalidSyntax();
            return first;
        }
        var items = new List<Pattern> { first };
        while (Accept(TokenType.COMMA))
        {
            if (At(TokenType.COLON) || AtKeyword("if")) break;
            items.Add(MaybeStarPattern());
        }
        return At(new MatchSequence(items), start);
    }

    private Pattern MaybeStarPattern()
    {
        var start = Cur;
        if (!Accept(TokenType.STAR)) return Pattern();
        var name = ExpectName();
        return At(new MatchStar(name.Text == "_" ? null : name.Text), start);
    }

    /// <summary>pattern: or_pattern ['as' pattern_capture_target]</summary>
    private Pattern Pattern()
    {
        using var _ = Enter();
        var start = Cur;
        var p = OrPattern();
        if (!AcceptKeyword("as")) return p;
        if (_callInvalidRules && !AtName && Try(Expression) is Expr target)
            throw ErrorAt(target, "invalid pattern target"); // invalid_as_pattern
        var name = ExpectName();
        if (name.Text == "_") throw ErrorAt(name, "cannot use '_' as a target");
        return At(new MatchAs(p, name.Text), start);
    }

    private Pattern OrPattern()
    {
        var start = Cur;
        var first = ClosedPattern();
        if (!At(TokenType.VBAR)) return first;
        var alternatives = new List<Pattern> { first };
        while (Accept(TokenType.VBAR)) alternatives.Add(ClosedPattern());
        return At(new MatchOr(alternatives), start);
    }

    private Pattern ClosedPattern()
    {
        var t = Cur;
        switch (t.Type)
        {
            case TokenType.NUMBER or TokenType.MINUS or TokenType.STRING:
                return At(new MatchValue(LiteralExpression()), t);
            case TokenType.LPAR:
                return ParenPattern();
            case TokenType.LSQB:
            {
                Advance();
                var items = SequenceItems(TokenType.RSQB);
                return At(new MatchSequence(items), t);
            }
            case TokenType.LBRACE:
                return MappingPattern();
            case TokenType.NAME:
                switch (t.Text)
                {
                    case "None": Advance(); return At(new MatchSingleton(NoneConstant.Instance), t);
                    case "True": Advance(); return At(new MatchSingleton(BoolConstant.True), t);
                    case "False": Advance(); return At(new MatchSingleton(BoolConstant.False), t);
                }
                if (!AtName) throw InvalidSyntax();
                var nameOrAttr = NameOrAttribute();
                if (At(TokenType.LPAR)) return ClassPattern(t, nameOrAttr);
                if (nameOrAttr is Name n)
                    return At(new MatchAs(null, n.Id == "_" ? null : n.Id), t);
                return At(new MatchValue(nameOrAttr), t);
            default:
                throw InvalidSyntax();
        }
    }

    /// <summary>'(' pattern ')' is a group; '(' ')' and '(' p ',' ... ')' are sequences.</summary>
    private Pattern ParenPattern()
    {
        var start = Advance();
        if (Accept(TokenType.RPAR)) return At(new MatchSequence(new List<Pattern>()), start);
        var first = MaybeStarPattern();
        if (Accept(TokenType.RPAR))
        {
            if (first is MatchStar) return At(new MatchSequence(new List<Pattern> { first }), start);
            return first;
        }
        Expect(TokenType.COMMA);
        var items = new List<Pattern> { first };
        items.AddRange(SequenceItems(TokenType.RPAR));
        return At(new MatchSequence(items), start);
    }

    private List<Pattern> SequenceItems(TokenType close)
    {
        var items = new List<Pattern>();
        while (!At(close))
        {
            items.Add(MaybeStarPattern());
            if (!Accept(TokenType.COMMA)) break;
        }
        Expect(close);
        return items;
    }

    /// <summary>name_or_attr: NAME ('.' NAME)*</summary>
    private Expr NameOrAttribute()
    {
        var start = Cur;
        var name = ExpectName();
        Expr e = Span(new Name(name.Text, ExprContext.Load), name, name);
        while (Accept(TokenType.DOT))
        {
            var attr = ExpectName();
            e = At(new Attribute(e, attr.Text, ExprContext.Load), start);
        }
        return e;
    }

    /// <summary>signed_number, complex_number, strings: the values a literal pattern or mapping key may be.</summary>
    private Expr LiteralExpression()
    {
        var start = Cur;
        // an f-string parses here; the compiler rejects it (compiler_pattern_value)
        if (At(TokenType.STRING)) return Strings();
        if (AtKeyword("None")) { Advance(); return Span(new Constant(NoneConstant.Instance, null), start, start); }
        if (AtKeyword("True")) { Advance(); return Span(new Constant(BoolConstant.True, null), start, start); }
        if (AtKeyword("False")) { Advance(); return Span(new Constant(BoolConstant.False, null), start, start); }
        Expr real = SignedNumber();
        if (At(TokenType.PLUS) || At(TokenType.MINUS))
        {
            // _PyPegen_ensure_real runs as real_number is read, before the sign and the imaginary part
            var realNumber = real is UnaryOp { Operand: Constant c } ? c : real;
            if (realNumber is Constant { Value: ComplexConstant })
                throw ErrorAt(realNumber, "real number required in complex literal");
            var op = Advance().Type == TokenType.PLUS ? Operator.Add : Operator.Sub;
            var imagTok = Expect(TokenType.NUMBER);
            var imag = Span(new Constant(NumberLiteral.Parse(imagTok.Text), null), imagTok, imagTok);
            if (imag.Value is not ComplexConstant) throw ErrorAt(imag, "imaginary number required in complex literal");
            return At(new BinOp(real, op, imag), start);
        }
        return real;
    }

    private Expr SignedNumber()
    {
        var start = Cur;
        bool negative = Accept(TokenType.MINUS);
        var number = Expect(TokenType.NUMBER);
        Expr value = Span(new Constant(NumberLiteral.Parse(number.Text), null), number, number);
        return negative ? At(new UnaryOp(UnaryOperator.USub, value), start) : value;
    }

    /// <summary>mapping_pattern: '{' key_value_pattern, ... [, '**' NAME] [','] '}'</summary>
    private Pattern MappingPattern()
    {
        var start = Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!At(TokenType.RBRACE))
        {
            if (Accept(TokenType.DOUBLESTAR))
            {
                rest = ExpectName().Text;
                Accept(TokenType.COMMA);
                break;
            }
            Expr key = AtName ? NameOrAttribute() : LiteralExpression();
            if (key is Name) throw InvalidSyntax();
            Expect(TokenType.COLON);
            keys.Add(key);
            patterns.Add(Pattern());
            if (!Accept(TokenType.COMMA)) break;
        }
        Expect(TokenType.RBRACE);
        return At(new MatchMapping(keys, patterns, rest), start);
    }

    /// <summary>class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] [','] ')'</summary>
    private Pattern ClassPattern(ParserToken start, Expr cls)
    {
        Advance();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!At(TokenType.RPAR))
        {
            if (AtName && PeekAt(1).Type == TokenType.EQUAL)
            {
                kwdAttrs.Add(Advance().Text);
                Advance();
                kwdPatterns.Add(Pattern());
            }
            else
            {
                var p = Pattern();
                if (kwdAttrs.Count > 0) throw ErrorAt(p, "positional patterns follow keyword patterns");
                patterns.Add(p);
            }
            if (!Accept(TokenType.COMMA)) break;
        }
        Expect(TokenType.RPAR);
        return At(new MatchClass(cls, patterns, kwdAttrs, kwdPatterns), start);
    }
}
