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
internal static class AstOptimizer
{
    private const int MaxIntBits = 128, MaxCollectionSize = 256, MaxStrSize = 4096;

    /// <summary>_PyAST_Optimize on a module, a REPL line or an expression; <paramref name="optimize"/>
    /// is compile()'s level, which only decides what <c>__debug__</c> becomes.</summary>
    public static void Optimize(Mod mod, FutureFeatures future, int optimize = 0)
    {
        var folder = new Folder(future.Annotations, optimize);
        switch (mod)
        {
            case Module m: folder.Body(m.Body); break;
            case Interactive i: folder.Statements(i.Body); break;
            case Expression e: e.Body = folder.Expression(e.Body); break;
        }
    }

    /// <summary>The walk of ast_opt.c (astfold_*): every node, children first, each folded on the way back.</summary>
    private sealed class Folder(bool futureAnnotations, int optimize)
    {
        /// <summary>astfold_body: a string constant that only folding made first in the body is no docstring.</summary>
        public void Body(List<Stmt> body)
        {
            var hadDocstring = IsDocstring(body);
            foreach (var s in body) Statement(s);
            if (!hadDocstring && IsDocstring(body))
            {
                var st = (ExprStmt)body[0];
                var joined = new JoinedStr([st.Value]);
                CopyLocation(st, joined);
                st.Value = joined;
            }
        }

        private static bool IsDocstring(List<Stmt> body) =>
            body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: StrConstant } };

        public void Statements(List<Stmt> body)
        {
            foreach (var s in body) Statement(s);
        }

        private void Exprs(List<Expr> exprs)
        {
            for (var i = 0; i < exprs.Count; i++) exprs[i] = Expression(exprs[i]);
        }

        private Expr? Optional(Expr? e) => e is null ? null : Expression(e);

        private Expr? Annotation(Expr? e) => futureAnnotations ? e : Optional(e);

        private void Statement(Stmt s)
        {
            switch (s)
            {
                case FunctionDef f: f.Returns = Function(f.Args, f.Body, f.DecoratorList, f.Returns); break;
                case AsyncFunctionDef f: f.Returns = Function(f.Args, f.Body, f.DecoratorList, f.Returns); break;
                case ClassDef c:
                    Exprs(c.Bases);
                    foreach (var k in c.Keywords) k.Value = Expression(k.Value);
                    Body(c.Body);
                    Exprs(c.DecoratorList);
                    break;
                case Return r: r.Value = Optional(r.Value); break;
                case Delete d: Exprs(d.Targets); break;
                case Assign a: Exprs(a.Targets); a.Value = Expression(a.Value); break;
                case AugAssign a: a.Target = Expression(a.Target); a.Value = Expression(a.Value); break;
                case AnnAssign a:
                    a.Target = Expression(a.Target);
                    a.Annotation = Annotation(a.Annotation)!;
                    a.Value = Optional(a.Value);
                    break;
                case For f:
                    f.Target = Expression(f.Target);
                    f.Iter = Iterable(Expression(f.Iter));
                    Statements(f.Body);
                    Statements(f.Orelse);
                    break;
                case AsyncFor f:
                    f.Target = Expression(f.Target);
                    f.Iter = Expression(f.Iter);
                    Statements(f.Body);
                    Statements(f.Orelse);
                    break;
                case While w: w.Test = Expression(w.Test); Statements(w.Body); Statements(w.Orelse); break;
                case If i: i.Test = Expression(i.Test); Statements(i.Body); Statements(i.Orelse); break;
                case With w: WithItems(w.Items); Statements(w.Body); break;
                case AsyncWith w: WithItems(w.Items); Statements(w.Body); break;
                case Raise r: r.Exc = Optional(r.Exc); r.Cause = Optional(r.Cause); break;
                case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
                case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
                case Assert a: a.Test = Expression(a.Test); a.Msg = Optional(a.Msg); break;
                case ExprStmt e: e.Value = Expression(e.Value); break;
                case Match m:
                    m.Subject = Expression(m.Subject);
                    foreach (var c in m.Cases)
                    {
                        Pattern(c.Pattern);
                        c.Guard = Optional(c.Guard);
                        Statements(c.Body);
                    }
                    break;
            }
        }

        /// <summary>A def or async def: its arguments, body and decorators folded; the return annotation, folded, is returned.</summary>
        private Expr? Function(Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns)
        {
            Arguments(args);
            Body(body);
            Exprs(decorators);
            return Annotation(returns);
        }

        private void WithItems(List<WithItem> items)
        {
            foreach (var item in items)
            {
                item.ContextExpr = Expression(item.ContextExpr);
                item.OptionalVars = Optional(item.OptionalVars);
            }
        }

        private void TryParts(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody)
        {
            Statements(body);
            foreach (var h in handlers.Cast<ExceptHandler>())
            {
                h.Type = Optional(h.Type);
                Statements(h.Body);
            }
            Statements(orelse);
            Statements(finalbody);
        }

        private void Pattern(Pattern p)
        {
            switch (p)
            {
                case MatchValue v: v.Value = Expression(v.Value); break;
                case MatchSequence q: foreach (var x in q.Patterns) Pattern(x); break;
                case MatchMapping m: Exprs(m.Keys); foreach (var x in m.Patterns) Pattern(x); break;
                case MatchClass c:
                    c.Cls = Expression(c.Cls);
                    foreach (var x in c.Patterns) Pattern(x);
                    foreach (var x in c.KwdPatterns) Pattern(x);
                    break;
                case MatchAs a: if (a.Pattern is not null) Pattern(a.Pattern); break;
                case MatchOr o: foreach (var x in o.Patterns) Pattern(x); break;
            }
        }

        private void Arguments(Arguments args)
        {
            foreach (var a in args.Posonlyargs) a.Annotation = Annotation(a.Annotation);
            foreach (var a in args.Args) a.Annotation = Annotation(a.Annotation);
            if (args.Vararg is { } va) va.Annotation = Annotation(va.Annotation);
            foreach (var a in args.Kwonlyargs) a.Annotation = Annotation(a.Annotation);
            for (var i = 0; i < args.KwDefaults.Count; i++)
                if (args.KwDefaults[i] is { } d) args.KwDefaults[i] = Expression(d);
            if (args.Kwarg is { } kw) kw.Annotation = Annotation(kw.Annotation);
            Exprs(args.Defaults);
        }

        private void Generators(List<Comprehension> generators)
        {
            foreach (var g in generators)
            {
                g.Target = Expression(g.Target);
                g.Iter = Iterable(Expression(g.Iter));
                Exprs(g.Ifs);
            }
        }

        public Expr Expression(Expr e)
        {
            switch (e)
            {
                case BoolOp b: Exprs(b.Values); return e;
                case BinOp b:
                    b.Left = Expression(b.Left);
                    b.Right = Expression(b.Right);
                    return FoldBinOp(b);
                case UnaryOp u:
                    u.Operand = Expression(u.Operand);
                    return FoldUnaryOp(u);
                case Lambda l: Arguments(l.Args); l.Body = Expression(l.Body); return e;
                case IfExp i:
                    i.Test = Expression(i.Test); i.Body = Expression(i.Body); i.Orelse = Expression(i.Orelse);
                    return e;
                case Dict d:
                    for (var i = 0; i < d.Keys.Count; i++) if (d.Keys[i] is { } k) d.Keys[i] = Expression(k);
                    Exprs(d.Values);
                    return e;
                case Set s: Exprs(s.Elts); return e;
                case ListComp c: c.Elt = Expression(c.Elt); Generators(c.Generators); return e;
                case SetComp c: c.Elt = Expression(c.Elt); Generators(c.Generators); return e;
                case DictComp c: c.Key = Expression(c.Key); c.Value = Expression(c.Value); Generators(c.Generators); return e;
                case GeneratorExp c: c.Elt = Expression(c.Elt); Generators(c.Generators); return e;
                case Await a: a.Value = Expression(a.Value); return e;
                case Yield y: y.Value = Optional(y.Value); return e;
                case YieldFrom y: y.Value = Expression(y.Value); return e;
                case Compare c:
                    c.Left = Expression(c.Left);
                    Exprs(c.Comparators);
                    // fold_compare: a literal list or set tested with `in` becomes a tuple or frozenset
                    if (c.Ops[^1] is CmpOperator.In or CmpOperator.NotIn) c.Comparators[^1] = Iterable(c.Comparators[^1]);
                    return e;
                case Call c:
                    c.Func = Expression(c.Func);
                    Exprs(c.Args);
                    foreach (var k in c.Keywords) k.Value = Expression(k.Value);
                    return e;
                case FormattedValue f:
                    f.Value = Expression(f.Value);
                    f.FormatSpec = Optional(f.FormatSpec);
                    return e;
                case JoinedStr j: Exprs(j.Values); return e;
                case Attribute a: a.Value = Expression(a.Value); return e;
                case Subscript s:
                    s.Value = Expression(s.Value);
                    s.Slice = Expression(s.Slice);
                    return FoldSubscript(s);
                case Starred s: s.Value = Expression(s.Value); return e;
                case Slice s:
                    s.Lower = Optional(s.Lower);
                    s.Upper = Optional(s.Upper);
                    s.Step = Optional(s.Step);
                    return e;
                case List l: Exprs(l.Elts); return e;
                case Tuple t: Exprs(t.Elts); return FoldTuple(t);
                case Name { Ctx: ExprContext.Load, Id: "__debug__" } n: return Replace(n, new BoolConstant(optimize == 0));
                case NamedExpr n: n.Value = Expression(n.Value); return e;
                default: return e;
            }
        }
    }

    /// <summary>fold_iter: a literal list or set iterated over becomes a tuple or frozenset.</summary>
    private static Expr Iterable(Expr e)
    {
        switch (e)
        {
            case List l when !l.Elts.Any(x => x is Starred):
                var tuple = new Tuple(l.Elts, ExprContext.Load);
                CopyLocation(l, tuple);
                return FoldTuple(tuple);
            case Set s when s.Elts.All(x => x is Constant):
                // PyFrozenSet_New: the items in the order the set's table holds them
                return Replace(s, new FrozenSetConstant(SetOrder.FrozenSetNew([.. s.Elts.Select(x => ((Constant)x).Value)])));
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
                // COPY_NODE: the comparison, at its own place, replaces the `not`
                compare.Ops[0] = op;
                return compare;
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
        // 'a %s b' % (x,) becomes an f-string when every unit is %s, %r or %a
        if (b.Op == Operator.Mod && b.Left is Constant { Value: StrConstant format } && b.Right is Tuple t
            && !t.Elts.Any(x => x is Starred))
            return PercentFormat.Optimize(b, format.Value, t.Elts);
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
