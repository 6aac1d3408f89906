using System.Numerics;
using Engine.Bytecode;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Compiler;

/// <summary>
/// CPython 3.11's AST optimizer (Python/ast_opt.c), in place: operators on constants are
/// folded when the result stays small, tuples of constants become constants, `not` over an
/// is/in comparison flips it, and a literal list or set iterated over or tested with `in`
/// becomes a tuple or frozenset.
/// </summary>
internal static partial class AstOptimizer
{
    private const int MaxIntBits = 128, MaxCollectionSize = 256, MaxStrSize = 4096;

    public static void Optimize(Module module) => Body(module.Body);

    private static void Body(List<Stmt> body)
    {
        foreach (var s in body) Statement(s);
    }

    private static void Statement(Stmt s)
    {
        switch (s)
        {
            case ExprStmt e: e.Value = Expression(e.Value); break;
            case Assign a:
                for (var i = 0; i < a.Targets.Count; i++) a.Targets[i] = Expression(a.Targets[i]);
                a.Value = Expression(a.Value);
                break;
            case AugAssign a: a.Target = Expression(a.Target); a.Value = Expression(a.Value); break;
            case AnnAssign a:
                a.Target = Expression(a.Target);
                a.Annotation = Expression(a.Annotation);
                if (a.Value is not null) a.Value = Expression(a.Value);
                break;
            case Return r: if (r.Value is not null) r.Value = Expression(r.Value); break;
            case If i: i.Test = Expression(i.Test); Body(i.Body); Body(i.Orelse); break;
            case While w: w.Test = Expression(w.Test); Body(w.Body); Body(w.Orelse); break;
            case For f:
                f.Target = Expression(f.Target);
                f.Iter = Iterable(Expression(f.Iter));
                Body(f.Body);
                Body(f.Orelse);
                break;
            case FunctionDef f:
                Arguments(f.Args);
                for (var i = 0; i < f.DecoratorList.Count; i++) f.DecoratorList[i] = Expression(f.DecoratorList[i]);
                if (f.Returns is not null) f.Returns = Expression(f.Returns);
                Body(f.Body);
                break;
            case Delete d:
                for (var i = 0; i < d.Targets.Count; i++) d.Targets[i] = Expression(d.Targets[i]);
                break;
            case Assert a:
                a.Test = Expression(a.Test);
                if (a.Msg is not null) a.Msg = Expression(a.Msg);
                break;
            case Raise r:
                if (r.Exc is not null) r.Exc = Expression(r.Exc);
                if (r.Cause is not null) r.Cause = Expression(r.Cause);
                break;
            case Try t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case TryStar t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case With w: WithItems(w.Items); Body(w.Body); break;
            case AsyncWith w: WithItems(w.Items); Body(w.Body); break;
            case AsyncFor f:
                // unlike for, async for's iterable is not turned into a constant
                f.Target = Expression(f.Target);
                f.Iter = Expression(f.Iter);
                Body(f.Body);
                Body(f.Orelse);
                break;
        }
    }

    private static void Try(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalBody)
    {
        Body(body);
        foreach (var h in handlers.Cast<ExceptHandler>())
        {
            if (h.Type is not null) h.Type = Expression(h.Type);
            Body(h.Body);
        }
        Body(orelse);
        Body(finalBody);
    }

    private static void WithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            item.ContextExpr = Expression(item.ContextExpr);
            if (item.OptionalVars is not null) item.OptionalVars = Expression(item.OptionalVars);
        }
    }

    private static void Arguments(Arguments args)
    {
        for (var i = 0; i < args.Defaults.Count; i++) args.Defaults[i] = Expression(args.Defaults[i]);
        for (var i = 0; i < args.KwDefaults.Count; i++)
            if (args.KwDefaults[i] is { } d) args.KwDefaults[i] = Expression(d);
    }

    private static Expr Expression(Expr e)
    {
        switch (e)
        {
            case BoolOp b:
                for (var i = 0; i < b.Values.Count; i++) b.Values[i] = Expression(b.Values[i]);
                return e;
            // __debug__ is True (optimize level 0, the only one compiled here)
            case Name { Id: "__debug__", Ctx: ExprContext.Load } n:
                return Replace(n, BoolConstant.True);
            case BinOp b:
                b.Left = Expression(b.Left);
                b.Right = Expression(b.Right);
                return FoldBinOp(b);
            case UnaryOp u:
                u.Operand = Expression(u.Operand);
                return FoldUnaryOp(u);
            case IfExp i:
                i.Test = Expression(i.Test); i.Body = Expression(i.Body); i.Orelse = Expression(i.Orelse);
                return e;
            case Dict d:
                for (var i = 0; i < d.Keys.Count; i++) if (d.Keys[i] is { } k) d.Keys[i] = Expression(k);
                for (var i = 0; i < d.Values.Count; i++) d.Values[i] = Expression(d.Values[i]);
                return e;
            case Set s:
                for (var i = 0; i < s.Elts.Count; i++) s.Elts[i] = Expression(s.Elts[i]);
                return e;
            case List l:
                for (var i = 0; i < l.Elts.Count; i++) l.Elts[i] = Expression(l.Elts[i]);
                return e;
            case Tuple t:
                for (var i = 0; i < t.Elts.Count; i++) t.Elts[i] = Expression(t.Elts[i]);
                return FoldTuple(t);
            case Compare c:
                c.Left = Expression(c.Left);
                for (var i = 0; i < c.Comparators.Count; i++) c.Comparators[i] = Expression(c.Comparators[i]);
                if (c.Ops[^1] is CmpOperator.In or CmpOperator.NotIn) c.Comparators[^1] = Iterable(c.Comparators[^1]);
                return e;
            case Call c:
                c.Func = Expression(c.Func);
                for (var i = 0; i < c.Args.Count; i++) c.Args[i] = Expression(c.Args[i]);
                foreach (var k in c.Keywords) k.Value = Expression(k.Value);
                return e;
            case Attribute a:
                a.Value = Expression(a.Value);
                return e;
            case Subscript s:
                s.Value = Expression(s.Value);
                s.Slice = Expression(s.Slice);
                return FoldSubscript(s);
            case Starred s:
                s.Value = Expression(s.Value);
                return e;
            case Slice s:
                if (s.Lower is not null) s.Lower = Expression(s.Lower);
                if (s.Upper is not null) s.Upper = Expression(s.Upper);
                if (s.Step is not null) s.Step = Expression(s.Step);
                return e;
            case JoinedStr j:
                for (var i = 0; i < j.Values.Count; i++) j.Values[i] = Expression(j.Values[i]);
                return e;
            case FormattedValue f:
                f.Value = Expression(f.Value);
                if (f.FormatSpec is not null) f.FormatSpec = Expression(f.FormatSpec);
                return e;
            default:
                return e;
        }
    }

    /// <summary>fold_iter: a literal list or set iterated over becomes a tuple or frozenset.</summary>
    private static Expr Iterable(Expr e)
    {
        switch (e)
        {
            case List l:
                var tuple = new Tuple(l.Elts, ExprContext.Load);
                CopyLocation(l, tuple);
                return FoldTuple(tuple);
            case Set s when s.Elts.All(x => x is Constant):
                return Replace(s, new FrozenSetConstant(s.Elts.Select(x => ((Constant)x).Value).ToArray()));
            default:
                return e;
        }
    }

    private static Expr FoldTuple(Tuple t)
    {
        if (t.Ctx != ExprContext.Load || !t.Elts.All(x => x is Constant)) return t;
        return Replace(t, new TupleConstant(t.Elts.Select(x => ((Constant)x).Value).ToArray()));
    }

    private static Expr FoldSubscript(Subscript s)
    {
        if (s.Ctx != ExprContext.Load || s.Value is not Constant { Value: var value } || s.Slice is not Constant { Value: var index })
            return s;
        PyConstant? result = (value, index) switch
        {
            (StrConstant str, IntConstant i) when Index(i.Value, StrLength(str.Value)) is { } at => new StrConstant(CodePointAt(str.Value, at)),
            (TupleConstant tuple, IntConstant i) when Index(i.Value, tuple.Items.Length) is { } at => tuple.Items[at],
            (BytesConstant bytes, IntConstant i) when Index(i.Value, bytes.Value.Length) is { } at => new IntConstant(bytes.Value[at]),
            _ => null,
        };
        return result is null ? s : Replace(s, result);
    }

    private static int? Index(BigInteger i, int length)
    {
        if (i < 0) i += length;
        return i >= 0 && i < length ? (int)i : null;
    }

    private static int StrLength(string s) => s.EnumerateRunes().Count();

    private static string CodePointAt(string s, int index) => s.EnumerateRunes().ElementAt(index).ToString();

    private static Expr FoldUnaryOp(UnaryOp u)
    {
        if (u.Operand is Compare { Ops.Count: 1 } compare && u.Op == UnaryOperator.Not)
        {
            CmpOperator? flipped = compare.Ops[0] switch
            {
                CmpOperator.Is => CmpOperator.IsNot, CmpOperator.IsNot => CmpOperator.Is,
                CmpOperator.In => CmpOperator.NotIn, CmpOperator.NotIn => CmpOperator.In,
                _ => null,
            };
            if (flipped is { } op)
            {
                // CPython copies the comparison over the `not` node: the location is the comparison's
                var c = new Compare(compare.Left, [op], compare.Comparators);
                CopyLocation(compare, c);
                return c;
            }
        }
        if (u.Operand is not Constant { Value: var value }) return u;
        PyConstant? result = u.Op switch
        {
            UnaryOperator.Not => new BoolConstant(!ConstantFolding.IsTrue(value)),
            UnaryOperator.USub => ConstantFolding.Negate(value),
            UnaryOperator.UAdd => ConstantFolding.Positive(value),
            UnaryOperator.Invert => ConstantFolding.Invert(value),
            _ => null,
        };
        return result is null ? u : Replace(u, result);
    }

    private static Expr FoldBinOp(BinOp b)
    {
        if (b is { Op: Operator.Mod, Left: Constant { Value: StrConstant fmt }, Right: Engine.Syntax.Tuple t }
            && !t.Elts.Any(x => x is Starred))
            return OptimizeFormat(b, fmt.Value, t.Elts);
        if (b.Left is not Constant { Value: var left } || b.Right is not Constant { Value: var right }) return b;
        var result = b.Op switch
        {
            Operator.Mult when !SafeMultiply(left, right) => null,
            Operator.Pow when !SafePower(left, right) => null,
            Operator.LShift when !SafeLShift(left, right) => null,
            Operator.Mod when left is StrConstant or BytesConstant => null,
            _ => ConstantFolding.Binary(b.Op, left, right),
        };
        return result is null ? b : Replace(b, result);
    }

    private static bool SafeMultiply(PyConstant v, PyConstant w)
    {
        if (ConstantFolding.AsInt(v) is { } a && ConstantFolding.AsInt(w) is { } b)
            return a.IsZero || b.IsZero || BitLength(a) + BitLength(b) <= MaxIntBits;
        if (ConstantFolding.AsInt(v) is { } n) return SafeRepeat(n, w);
        if (ConstantFolding.AsInt(w) is { } m) return SafeRepeat(m, v);
        return true;
    }

    private static bool SafeRepeat(BigInteger n, PyConstant sequence)
    {
        var (size, limit) = sequence switch
        {
            TupleConstant t => (t.Items.Length, MaxCollectionSize),
            FrozenSetConstant s => (s.Items.Length, MaxCollectionSize),
            StrConstant s => (StrLength(s.Value), MaxStrSize),
            BytesConstant s => (s.Value.Length, MaxStrSize),
            _ => (0, 0),
        };
        return size == 0 || (n >= 0 && n <= limit / size);
    }

    private static bool SafePower(PyConstant v, PyConstant w)
    {
        if (ConstantFolding.AsInt(v) is not { } a || ConstantFolding.AsInt(w) is not { } b || a.IsZero || b <= 0) return true;
        return b <= int.MaxValue && BitLength(a) <= MaxIntBits / (long)b;
    }

    private static bool SafeLShift(PyConstant v, PyConstant w)
    {
        if (ConstantFolding.AsInt(v) is not { } a || ConstantFolding.AsInt(w) is not { } b || a.IsZero || b.IsZero) return true;
        return b > 0 && b <= MaxIntBits && BitLength(a) <= MaxIntBits - (long)b;
    }

    private static long BitLength(BigInteger i) => (long)BigInteger.Abs(i).GetBitLength();

    private static Constant Replace(Expr old, PyConstant value)
    {
        var c = new Constant(value, null);
        CopyLocation(old, c);
        return c;
    }

    private static void CopyLocation(Located from, Located to)
    {
        to.Lineno = from.Lineno;
        to.ColOffset = from.ColOffset;
        to.EndLineno = from.EndLineno;
        to.EndColOffset = from.EndColOffset;
    }
}
