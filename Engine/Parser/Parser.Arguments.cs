using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Parser;

// Call arguments (python.gram "arguments") and function/lambda parameters ("params", "lambda_params").
internal sealed partial class Parser
{
    /// <summary>primary '(' [arguments] ')' and primary genexp.</summary>
    private Expr CallTrailer(Expr func, ParserToken start)
    {
        using var _ = Enter();
        var open = Advance();
        var (args, keywords) = CallArguments(open, TokenType.RPAR);
        return At(new Call(func, args, keywords), start);
    }

    /// <summary>The arguments up to and including the closing bracket; a lone generator argument takes the brackets as its own.</summary>
    private (List<Expr> Args, List<Keyword> Keywords) CallArguments(ParserToken open, TokenType close)
    {
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false, sawDoubleStar = false;
        string? misplaced = null;
        while (!At(close))
        {
            var start = Cur;
            if (Accept(TokenType.STAR))
            {
                var value = Expression();
                var starred = At(new Starred(value, ExprContext.Load), start);
                if (sawDoubleStar) throw ErrorAt(starred, "iterable argument unpacking follows keyword argument unpacking");
                if (_callInvalidRules && AtFor) InvalidStarredGenerator(starred, first: args.Count == 0 && keywords.Count == 0);
                args.Add(starred);
            }
            else if (Accept(TokenType.DOUBLESTAR))
            {
                var value = Expression();
                keywords.Add(At(new Keyword(null, value), start));
                sawDoubleStar = true;
            }
            else if ((AtKeyword("True") || AtKeyword("False") || AtKeyword("None")) && PeekAt(1).Type == TokenType.EQUAL)
            {
                throw ErrorRange(Cur, PeekAt(1), $"cannot assign to {Cur.Text}"); // invalid_kwarg
            }
            else if (AtName && PeekAt(1).Type == TokenType.EQUAL)
            {
                var name = Advance();
                var equal = Advance();
                var value = Expression();
                // invalid_kwarg: NAME '=' expression for_if_clauses
                if (_callInvalidRules && AtFor && Try(ForIfClauses) is not null)
                    throw ErrorRange(name, equal, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                keywords.Add(At(new Keyword(name.Text, value), start));
                sawKeyword = true;
            }
            else
            {
                var e = NamedExpression();
                // the first pass reads a generator only as a call's sole argument (primary genexp)
                if (!_callInvalidRules && args.Count + keywords.Count > 0 && AtFor) throw InvalidSyntax();
                if (AtFor)
                {
                    var gens = ForIfClauses();
                    if (args.Count == 0 && keywords.Count == 0 && At(close))
                    {
                        Advance();
                        var genexp = At(new GeneratorExp(e, gens), open);
                        args.Add(genexp);
                        return (args, keywords);
                    }
                    // invalid_arguments: an unparenthesized generator is an error after another argument
                    // or before a comma; otherwise the call is plain invalid syntax
                    if (args.Count == 0 && keywords.Count == 0 && !At(TokenType.COMMA)) throw InvalidSyntax();
                    var g = At(new GeneratorExp(e, gens), start);
                    throw ErrorAt(g, "Generator expression must be parenthesized");
                }
                if (At(TokenType.EQUAL))
                    throw ErrorRange(start, Cur, "expression cannot contain assignment, perhaps you meant \"==\"?");
                if ((sawDoubleStar || sawKeyword) && misplaced is null)
                    misplaced = sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
                args.Add(e);
            }
            if (!Accept(TokenType.COMMA))
            {
                break;
            }
        }
        // invalid_arguments (second pass) raises it with no location: at the last token read
        if (misplaced is not null) throw _callInvalidRules ? RaiseAtLastToken(misplaced) : InvalidSyntax();
        Expect(close);
        return (args, keywords);
    }

    /// <summary>
    /// params / lambda_params: positional-only before '/', then positional, '*' or '*args',
    /// keyword-only, '**kwargs'. Lambdas take no annotations and end at ':'.
    /// </summary>
    private Arguments Parameters(bool lambda)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwonly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        Arg? vararg = null, kwarg = null;
        bool afterStar = false, sawSlash = false;
        var end = lambda ? TokenType.COLON : TokenType.RPAR;

        while (!At(end))
        {
            var t = Cur;
            if (Accept(TokenType.SLASH))
            {
                if (sawSlash) throw ErrorAt(t, "/ may appear only once");
                if (afterStar) throw ErrorAt(t, "/ must be ahead of *");
                if (args.Count == 0) throw ErrorAt(t, "at least one argument must precede /");
                posonly.AddRange(args);
                args.Clear();
                sawSlash = true;
            }
            else if (Accept(TokenType.STAR))
            {
                if (afterStar) throw ErrorAt(t, "* argument may appear only once");
                afterStar = true;
                if (At(TokenType.COMMA) || At(end))
                {
                    // invalid_star_etc: '*' (')' | ',' (')' | '**')); the lambda form has no location of its own
                    if (At(end) || PeekAt(1).Type == end || PeekAt(1).Type == TokenType.DOUBLESTAR)
                        throw lambda ? RaiseAtLastToken("named arguments must follow bare *") : ErrorAt(t, "named arguments must follow bare *");
                }
                else
                {
                    vararg = Parameter(lambda, starAnnotation: true);
                    if (At(TokenType.EQUAL)) throw ErrorAt(Cur, "var-positional argument cannot have default value");
                }
            }
            else if (Accept(TokenType.DOUBLESTAR))
            {
                kwarg = Parameter(lambda, starAnnotation: false);
                if (At(TokenType.EQUAL)) throw ErrorAt(Cur, "var-keyword argument cannot have default value");
                // invalid_kwds: '**' param ',' (param | '*' | '**' | '/'); anything else is plain invalid syntax
                if (Accept(TokenType.COMMA) && (AtName || At(TokenType.STAR) || At(TokenType.DOUBLESTAR) || At(TokenType.SLASH)))
                    throw ErrorAt(Cur, "arguments cannot follow var-keyword argument");
                break;
            }
            else
            {
                if (_callInvalidRules && At(TokenType.LPAR) && !sawSlash && !afterStar && defaults.Count == 0)
                    InvalidParenthesizedParameters(lambda);
                var p = Parameter(lambda, starAnnotation: false);
                Expr? dflt = null;
                if (At(TokenType.EQUAL))
                {
                    var equal = Advance();
                    // invalid_default: '=' &(')' | ',')
                    if (_callInvalidRules && (At(TokenType.RPAR) || At(TokenType.COMMA)))
                        throw ErrorAt(equal, "expected default value expression");
                    dflt = Expression();
                }
                if (afterStar)
                {
                    kwonly.Add(p);
                    kwDefaults.Add(dflt);
                }
                else
                {
                    // invalid_parameters: ... a=param_no_default, a param followed by ',' or ')' (':' in a lambda)
                    if (dflt is null && defaults.Count > 0 && (At(TokenType.COMMA) || At(lambda ? TokenType.COLON : TokenType.RPAR)))
                        throw ErrorAt(p, "non-default argument follows default argument");
                    args.Add(p);
                    if (dflt is not null) defaults.Add(dflt);
                }
            }
            if (!Accept(TokenType.COMMA)) break;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /// <summary>param: NAME [':' annotation]; after '*' the annotation may be starred (PEP 646).</summary>
    private Arg Parameter(bool lambda, bool starAnnotation)
    {
        var name = ExpectName();
        Expr? annotation = null;
        if (!lambda && Accept(TokenType.COLON))
        {
            var start = Cur;
            annotation = starAnnotation && Accept(TokenType.STAR)
                ? At(new Starred(Expression(), ExprContext.Load), start)
                : Expression();
        }
        return At(new Arg(name.Text, annotation, null), name);
    }
}
