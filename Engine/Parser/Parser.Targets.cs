using Engine.Syntax;
using Engine.Tokenizer;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Parser;

// Assignment and deletion targets (python.gram "TARGETS"). Targets are parsed as expressions and
// then given the Store or Del context; what cannot be a target is reported as CPython words it.
internal sealed partial class Parser
{
    /// <summary>star_targets: star_target (',' star_target)* [','], for 'for' loops, comprehensions and 'as'.</summary>
    private Expr StarTargets()
    {
        var start = Cur;
        var first = StarTarget();
        if (!At(TokenType.COMMA)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenType.COMMA))
        {
            if (!StartsTarget()) break;
            elts.Add(StarTarget());
        }
        return At(new Tuple(elts, ExprContext.Store), start);
    }

    private bool StartsTarget() =>
        AtName || At(TokenType.LPAR) || At(TokenType.LSQB) || At(TokenType.STAR);

    /// <summary>star_target: '*' star_target | t_primary '.' NAME | t_primary '[' slices ']' | star_atom</summary>
    private Expr StarTarget()
    {
        using var _ = Enter();
        var start = Cur;
        if (Accept(TokenType.STAR))
        {
            if (At(TokenType.STAR)) throw InvalidSyntax();
            var inner = StarTarget();
            return At(new Starred(inner, ExprContext.Store), start);
        }
        var e = Primary();
        return SetContext(e, ExprContext.Store);
    }

    /// <summary>Gives a target expression the Store or Del context, all the way down; anything else is an error.</summary>
    private Expr SetContext(Expr e, ExprContext ctx)
    {
        var invalid = InvalidTarget(e, ctx);
        if (invalid is not null)
        {
            string verb = ctx == ExprContext.Del ? "delete" : "assign to";
            throw ErrorAt(invalid, $"cannot {verb} {ExprName(invalid)}");
        }
        ApplyContext(e, ctx);
        return e;
    }

    /// <summary>pegen's _PyPegen_get_invalid_target: the innermost part of <paramref name="e"/> that cannot be a target.</summary>
    private static Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        // Nesting of targets is bounded by the parser's depth limit, so this recursion is too.
        switch (e)
        {
            case Name or Attribute or Subscript:
                return null;
            case Starred s:
                return ctx == ExprContext.Del ? e : InvalidTarget(s.Value, ctx);
            case Tuple t:
                foreach (var x in t.Elts)
                    if (InvalidTarget(x, ctx) is Expr bad) return bad;
                return null;
            case List l:
                foreach (var x in l.Elts)
                    if (InvalidTarget(x, ctx) is Expr bad) return bad;
                return null;
            case Compare c when ctx == ExprContext.Store:
                // "for x in y" targets: the left side of an 'in' comparison is what was meant
                if (c.Ops[0] == CmpOperator.In) return InvalidTarget(c.Left, ctx);
                return e;
            default:
                return e;
        }
    }

    private static void ApplyContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n: n.Ctx = ctx; break;
            case Attribute a: a.Ctx = ctx; break;
            case Subscript s: s.Ctx = ctx; break;
            case Starred s:
                s.Ctx = ctx;
                ApplyContext(s.Value, ctx);
                break;
            case Tuple t:
                t.Ctx = ctx;
                foreach (var x in t.Elts) ApplyContext(x, ctx);
                break;
            case List l:
                l.Ctx = ctx;
                foreach (var x in l.Elts) ApplyContext(x, ctx);
                break;
        }
    }

    /// <summary>del_targets: ','.del_target+ [','] — each a Name, Attribute, Subscript, or a tuple/list of them.</summary>
    private List<Expr> DelTargets()
    {
        var targets = new List<Expr>();
        do
        {
            if (At(TokenType.NEWLINE) || At(TokenType.SEMI)) break;
            var e = Primary();
            targets.Add(SetContext(e, ExprContext.Del));
        } while (Accept(TokenType.COMMA));
        return targets;
    }
}
