using Engine.Bytecode;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Compiler;

internal sealed partial class CodeGenerator
{
    private static readonly string[] OperatorSymbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"];

    /// <summary>BINARY_OP's argument for each ast operator, read from the opcode table's _nb_ops.</summary>
    private static readonly int[] BinaryOps = OperatorSymbols.Select(s => Array.IndexOf(OpcodeTable.BinaryOps, s)).ToArray();

    private static readonly int[] InplaceOps = OperatorSymbols.Select(s => Array.IndexOf(OpcodeTable.BinaryOps, s + "=")).ToArray();

    /// <summary>compiler_visit_expr: the expression's own location for its instructions, the statement's after.</summary>
    private void Expression(Expr e)
    {
        var saved = _u.Loc;
        SetLoc(e);
        ExpressionHere(e);
        _u.Loc = saved;
    }

    private void ExpressionHere(Expr e)
    {
        switch (e)
        {
            case Constant c: LoadConst(c.Value); break;
            case Name n: NameOp(n.Id, ContextOf(n.Ctx), n); break;
            case BinOp b:
                Expression(b.Left);
                Expression(b.Right);
                Emit(Opcode.BINARY_OP, BinaryOps[(int)b.Op]);
                break;
            case UnaryOp u:
                Expression(u.Operand);
                Emit(u.Op switch
                {
                    UnaryOperator.Invert => Opcode.UNARY_INVERT,
                    UnaryOperator.Not => Opcode.UNARY_NOT,
                    UnaryOperator.UAdd => Opcode.UNARY_POSITIVE,
                    _ => Opcode.UNARY_NEGATIVE,
                });
                break;
            case BoolOp b: BoolOp(b); break;
            case Compare c: Compare(c); break;
            case IfExp i:
            {
                var end = _u.NewBlock();
                var next = _u.NewBlock();
                JumpIf(i.Test, next, false);
                Expression(i.Body);
                EmitJump(VirtualOp.JUMP, end, noLocation: true);
                UseNextBlock(next);
                Expression(i.Orelse);
                UseNextBlock(end);
                break;
            }
            case Call c: Call(c); break;
            case Attribute a:
                Expression(a.Value);
                SetAttributeLoc(a);
                if (a.Ctx == ExprContext.Store) ForbiddenName(a.Attr, Ctx.Store);
                Emit(a.Ctx switch { ExprContext.Load => Opcode.LOAD_ATTR, ExprContext.Store => Opcode.STORE_ATTR, _ => Opcode.DELETE_ATTR },
                    MangledName(a.Attr));
                break;
            case Subscript s:
                Expression(s.Value);
                Expression(s.Slice);
                Emit(s.Ctx switch { ExprContext.Load => Opcode.BINARY_SUBSCR, ExprContext.Store => Opcode.STORE_SUBSCR, _ => Opcode.DELETE_SUBSCR });
                break;
            case List l when l.Ctx == ExprContext.Load:
                StarUnpack(l.Elts, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: false);
                break;
            case Tuple t when t.Ctx == ExprContext.Load:
                StarUnpack(t.Elts, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true);
                break;
            case Set s:
                StarUnpack(s.Elts, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, tuple: false);
                break;
            case List l when l.Ctx == ExprContext.Store: Unpack(l.Elts, l); break;
            case Tuple t when t.Ctx == ExprContext.Store: Unpack(t.Elts, t); break;
            // del (a, b) and del [a, b]: each element in turn
            case List l: foreach (var x in l.Elts) Expression(x); break;
            case Tuple t: foreach (var x in t.Elts) Expression(x); break;
            case Dict d: Dict(d); break;
            case Slice s: Slice(s); break;
            case JoinedStr j: JoinedStr(j); break;
            case FormattedValue f: FormattedValue(f); break;
            case Lambda l: Lambda(l); break;
            case ListComp c: Comprehension(c, ComprehensionKind.ListComp, "<listcomp>", c.Generators, c.Elt, null); break;
            case SetComp c: Comprehension(c, ComprehensionKind.SetComp, "<setcomp>", c.Generators, c.Elt, null); break;
            case DictComp c: Comprehension(c, ComprehensionKind.DictComp, "<dictcomp>", c.Generators, c.Key, c.Value); break;
            case GeneratorExp c: Comprehension(c, ComprehensionKind.GenExp, "<genexpr>", c.Generators, c.Elt, null); break;
            case Yield y: Yield(y); break;
            case YieldFrom y: YieldFrom(y); break;
            case Await a: Await(a); break;
            case NamedExpr n:
                Expression(n.Value);
                Emit(Opcode.COPY, 1);
                Expression(n.Target);
                break;
            case Starred s:
                throw ErrorHere(s.Ctx == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple"
                    : "can't use starred expression here");
            default:
                throw Unsupported(e, "the '" + e.TypeName + "' expression");
        }
    }

    /// <summary>compiler_slice: the missing bounds are None; the step only when given.</summary>
    private void Slice(Slice s)
    {
        if (s.Lower is not null) Expression(s.Lower);
        else LoadConst(NoneConstant.Instance);
        if (s.Upper is not null) Expression(s.Upper);
        else LoadConst(NoneConstant.Instance);
        if (s.Step is not null) Expression(s.Step);
        Emit(Opcode.BUILD_SLICE, s.Step is null ? 2 : 3);
    }

    /// <summary>compiler_joined_str: the parts, joined by BUILD_STRING when there are several.</summary>
    private void JoinedStr(JoinedStr j)
    {
        if (j.Values.Count > StackUseGuideline)
        {
            // many parts: ''.join([...])
            LoadConst(new StrConstant(""));
            Emit(Opcode.LOAD_METHOD, MangledName("join"));
            Emit(Opcode.BUILD_LIST, 0);
            foreach (var v in j.Values)
            {
                Expression(v);
                Emit(Opcode.LIST_APPEND, 1);
            }
            Emit(Opcode.PRECALL, 1);
            Emit(Opcode.CALL, 1);
            return;
        }
        foreach (var v in j.Values) Expression(v);
        if (j.Values.Count != 1) Emit(Opcode.BUILD_STRING, j.Values.Count);
    }

    /// <summary>compiler_formatted_value: FORMAT_VALUE's argument is the conversion (0 none, 1 !s,
    /// 2 !r, 3 !a) with 4 added when a format spec is on the stack.</summary>
    private void FormattedValue(FormattedValue f)
    {
        Expression(f.Value);
        var arg = f.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (f.FormatSpec is not null)
        {
            Expression(f.FormatSpec);
            arg |= 4;
        }
        Emit(Opcode.FORMAT_VALUE, arg);
    }

    /// <summary>update_start_location_to_match_attr: an attribute spanning lines starts at its name.</summary>
    private void SetAttributeLoc(Attribute a)
    {
        var loc = _u.Loc;
        if (loc.Line == a.EndLineno) return;
        var end = a.EndLineno ?? loc.EndLine;
        var len = a.Attr.Length;
        var col = a.EndColOffset is { } ec && len <= ec ? ec - len : -1;
        var endCol = col < 0 ? -1 : loc.EndCol;
        var endLine = Math.Max(end, loc.EndLine);
        if (end == endLine && col >= 0) endCol = Math.Max(col, endCol);
        _u.Loc = new Location(end, endLine, col, endCol);
    }

    /// <summary>compiler_jump_if: a test compiled straight into jumps, without building a bool.</summary>
    private void JumpIf(Expr e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: UnaryOperator.Not } not:
                JumpIf(not.Operand, next, !cond);
                return;
            case BoolOp b:
            {
                var cond2 = b.Op == BoolOperator.Or;
                var next2 = cond2 != cond ? _u.NewBlock() : next;
                for (var i = 0; i < b.Values.Count - 1; i++) JumpIf(b.Values[i], next2, cond2);
                JumpIf(b.Values[^1], next, cond);
                if (next2 != next) UseNextBlock(next2);
                return;
            }
            case IfExp i:
            {
                var end = _u.NewBlock();
                var next2 = _u.NewBlock();
                JumpIf(i.Test, next2, false);
                JumpIf(i.Body, next, cond);
                EmitJump(VirtualOp.JUMP, end, noLocation: true);
                UseNextBlock(next2);
                JumpIf(i.Orelse, next, cond);
                UseNextBlock(end);
                return;
            }
            case Compare c:
            {
                // CPython sets the comparison's location here and leaves it set: later jumps of the
                // same test take it
                SetLoc(c);
                if (c.Ops.Count > 1)
                {
                    var cleanup = _u.NewBlock();
                    Expression(c.Left);
                    ChainedComparisons(c, VirtualOp.POP_JUMP_IF_FALSE, cleanup);
                    EmitJump(cond ? VirtualOp.POP_JUMP_IF_TRUE : VirtualOp.POP_JUMP_IF_FALSE, next);
                    var end = _u.NewBlock();
                    EmitJump(VirtualOp.JUMP, end, noLocation: true);
                    UseNextBlock(cleanup);
                    Emit(Opcode.POP_TOP);
                    if (!cond) EmitJump(VirtualOp.JUMP, next, noLocation: true);
                    UseNextBlock(end);
                }
                else
                {
                    Expression(c);
                    EmitJump(cond ? VirtualOp.POP_JUMP_IF_TRUE : VirtualOp.POP_JUMP_IF_FALSE, next);
                }
                return;
            }
        }
        Expression(e);
        EmitJump(cond ? VirtualOp.POP_JUMP_IF_TRUE : VirtualOp.POP_JUMP_IF_FALSE, next);
    }

    private void BoolOp(BoolOp b)
    {
        var jump = b.Op == BoolOperator.And ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
        var end = _u.NewBlock();
        for (var i = 0; i < b.Values.Count - 1; i++)
        {
            Expression(b.Values[i]);
            EmitJump(jump, end);
        }
        Expression(b.Values[^1]);
        UseNextBlock(end);
    }

    private void CompareOp(CmpOperator op)
    {
        switch (op)
        {
            case CmpOperator.Is: Emit(Opcode.IS_OP, 0); break;
            case CmpOperator.IsNot: Emit(Opcode.IS_OP, 1); break;
            case CmpOperator.In: Emit(Opcode.CONTAINS_OP, 0); break;
            case CmpOperator.NotIn: Emit(Opcode.CONTAINS_OP, 1); break;
            default:
                var symbol = op switch
                {
                    CmpOperator.Lt => "<", CmpOperator.LtE => "<=", CmpOperator.Eq => "==",
                    CmpOperator.NotEq => "!=", CmpOperator.Gt => ">", _ => ">=",
                };
                Emit(Opcode.COMPARE_OP, Array.IndexOf(OpcodeTable.CompareOps, symbol));
                break;
        }
    }

    /// <summary>a &lt; b &lt; c: each comparison but the last keeps its right operand for the next one
    /// (SWAP, COPY) and leaves for <paramref name="cleanup"/> when false; the last is left on the stack.
    /// The left operand is already pushed.</summary>
    private void ChainedComparisons(Compare c, int jumpWhenFalse, BasicBlock cleanup)
    {
        for (var i = 0; i < c.Ops.Count - 1; i++)
        {
            Expression(c.Comparators[i]);
            Emit(Opcode.SWAP, 2);
            Emit(Opcode.COPY, 2);
            CompareOp(c.Ops[i]);
            EmitJump(jumpWhenFalse, cleanup);
        }
        Expression(c.Comparators[^1]);
        CompareOp(c.Ops[^1]);
    }

    private void Compare(Compare c)
    {
        Expression(c.Left);
        if (c.Ops.Count == 1)
        {
            Expression(c.Comparators[0]);
            CompareOp(c.Ops[0]);
            return;
        }
        var cleanup = _u.NewBlock();
        ChainedComparisons(c, (int)Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        var end = _u.NewBlock();
        EmitJump(VirtualOp.JUMP, end, noLocation: true);
        UseNextBlock(cleanup);
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_TOP);
        UseNextBlock(end);
    }

    private void Call(Call c)
    {
        ValidateKeywords(c.Keywords);
        if (c.Func is Attribute { Ctx: ExprContext.Load } method && MethodCall(c, method)) return;
        var saved = _u.Loc;
        SetLoc(c.Func);
        Emit(Opcode.PUSH_NULL);
        _u.Loc = saved;
        Expression(c.Func);
        CallHelper(0, c.Args, c.Keywords);
    }

    /// <summary>validate_keywords: a keyword given twice, or named __debug__.</summary>
    private void ValidateKeywords(List<Keyword> keywords)
    {
        for (var i = 0; i < keywords.Count; i++)
        {
            if (keywords[i].Arg is not { } name) continue;
            ForbiddenName(name, Ctx.Store);
            for (var k = i + 1; k < keywords.Count; k++)
            {
                if (keywords[k].Arg != name) continue;
                SetLoc(keywords[k]);
                throw ErrorHere("keyword argument repeated: " + name);
            }
        }
    }

    /// <summary>maybe_optimize_method_call: obj.m(args) as LOAD_METHOD and a call with the method's self.</summary>
    private bool MethodCall(Call c, Attribute method)
    {
        // is_import_originated: module.f(...) stays an attribute load and a plain call
        if (method.Value is Name imported && (_symbols.Top.FlagsOf(imported.Id) & SymbolFlags.DefImport) != 0) return false;
        if (c.Args.Count + c.Keywords.Count + (c.Keywords.Count > 0 ? 1 : 0) >= StackUseGuideline) return false;
        if (c.Args.Any(a => a is Starred) || c.Keywords.Any(k => k.Arg is null)) return false;
        Expression(method.Value);
        // LOAD_METHOD, the arguments' trailing KW_NAMES and then the call take the attribute's
        // start when it spans lines
        SetLoc(method);
        SetAttributeLoc(method);
        Emit(Opcode.LOAD_METHOD, MangledName(method.Attr));
        foreach (var a in c.Args) Expression(a);
        if (c.Keywords.Count > 0)
        {
            foreach (var k in c.Keywords) Keyword(k);
            KwNames(c.Keywords);
        }
        SetLoc(c);
        SetAttributeLoc(method);
        Emit(Opcode.PRECALL, c.Args.Count + c.Keywords.Count);
        Emit(Opcode.CALL, c.Args.Count + c.Keywords.Count);
        return true;
    }

    /// <summary>compiler_visit_keyword.</summary>
    private void Keyword(Keyword k) => Expression(k.Value);

    /// <summary>compiler_call_helper: <paramref name="pushed"/> arguments are already on the stack.
    /// Without * or ** (and not too many) a plain CALL; else a tuple and a dict for CALL_FUNCTION_EX.</summary>
    private void CallHelper(int pushed, List<Expr> args, List<Keyword> keywords)
    {
        ValidateKeywords(keywords);
        if (args.Count + keywords.Count * 2 <= StackUseGuideline && !args.Any(a => a is Starred) && !keywords.Any(k => k.Arg is null))
        {
            foreach (var a in args) Expression(a);
            if (keywords.Count > 0)
            {
                foreach (var k in keywords) Keyword(k);
                KwNames(keywords);
            }
            Emit(Opcode.PRECALL, pushed + args.Count + keywords.Count);
            Emit(Opcode.CALL, pushed + args.Count + keywords.Count);
            return;
        }
        // positional arguments: f(*a) passes a itself
        if (pushed == 0 && args.Count == 1 && args[0] is Starred only) Expression(only.Value);
        else StarUnpack(args, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, tuple: true, pushed);
        if (keywords.Count > 0)
        {
            var haveDict = false;
            var seen = 0;
            for (var i = 0; i < keywords.Count; i++)
            {
                var kw = keywords[i];
                if (kw.Arg is not null)
                {
                    seen++;
                    continue;
                }
                if (seen > 0)
                {
                    SubKwargs(keywords, i - seen, i);
                    if (haveDict) Emit(Opcode.DICT_MERGE, 1);
                    haveDict = true;
                    seen = 0;
                }
                if (!haveDict)
                {
                    Emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                Expression(kw.Value);
                Emit(Opcode.DICT_MERGE, 1);
            }
            if (seen > 0)
            {
                SubKwargs(keywords, keywords.Count - seen, keywords.Count);
                if (haveDict) Emit(Opcode.DICT_MERGE, 1);
            }
        }
        Emit(Opcode.CALL_FUNCTION_EX, keywords.Count > 0 ? 1 : 0);
    }

    /// <summary>compiler_subkwargs: a run of named keyword arguments as one dict.</summary>
    private void SubKwargs(List<Keyword> keywords, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big)
        {
            for (var i = begin; i < end; i++) Expression(keywords[i].Value);
            LoadConst(new TupleConstant(keywords.Skip(begin).Take(n).Select(k => (PyConstant)new StrConstant(k.Arg!)).ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) EmitNoLocation(Opcode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            LoadConst(new StrConstant(keywords[i].Arg!));
            Expression(keywords[i].Value);
            if (big) EmitNoLocation(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }

    private void EmitNoLocation(Opcode op, int arg) => AddInstr(new Instr((int)op, arg, Location.None));

    private void KwNames(List<Keyword> keywords) =>
        Emit(Opcode.KW_NAMES, _u.AddConst(new TupleConstant(keywords.Select(k => (PyConstant)new StrConstant(k.Arg!)).ToArray())));

    /// <summary>starunpack_helper: a list, tuple or set display.</summary>
    private void StarUnpack(List<Expr> elts, Opcode build, Opcode add, Opcode extend, bool tuple, int pushed = 0)
    {
        var n = elts.Count;
        if (n > 2 && elts.All(x => x is Constant))
        {
            var items = elts.Select(x => ((Constant)x).Value).ToArray();
            if (tuple && pushed == 0) { LoadConst(new TupleConstant(items)); return; }
            Emit(build, pushed);
            LoadConst(build == Opcode.BUILD_SET ? new FrozenSetConstant(SetOrder.FrozenSetNew(items)) : new TupleConstant(items));
            Emit(extend, 1);
            if (tuple) Emit(Opcode.LIST_TO_TUPLE);
            return;
        }
        var big = n + pushed > StackUseGuideline;
        var seenStar = elts.Any(x => x is Starred);
        if (!seenStar && !big)
        {
            foreach (var x in elts) Expression(x);
            Emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        var built = false;
        if (big)
        {
            Emit(build, pushed);
            built = true;
        }
        for (var i = 0; i < n; i++)
        {
            if (elts[i] is Starred star)
            {
                if (!built)
                {
                    Emit(build, i + pushed);
                    built = true;
                }
                Expression(star.Value);
                Emit(extend, 1);
            }
            else
            {
                Expression(elts[i]);
                if (built) Emit(add, 1);
            }
        }
        if (tuple) Emit(Opcode.LIST_TO_TUPLE);
    }

    /// <summary>assignment_helper: unpack the value into the targets, a starred one taking the rest.</summary>
    private void Unpack(List<Expr> elts, Located where)
    {
        var star = elts.FindIndex(x => x is Starred);
        if (star >= 0)
        {
            if (elts.FindLastIndex(x => x is Starred) != star) throw ErrorHere("multiple starred expressions in assignment");
            if (star >= 1 << 8 || elts.Count - star - 1 >= int.MaxValue >> 8) throw ErrorHere("too many expressions in star-unpacking assignment");
            Emit(Opcode.UNPACK_EX, star + ((elts.Count - star - 1) << 8));
        }
        else Emit(Opcode.UNPACK_SEQUENCE, elts.Count);
        foreach (var x in elts) Expression(x is Starred s ? s.Value : x);
    }

    /// <summary>compiler_dict: runs of key/value pairs as maps (constant keys: BUILD_CONST_KEY_MAP),
    /// merged with DICT_UPDATE around ** unpackings and every 16 pairs.</summary>
    private void Dict(Dict d)
    {
        var n = d.Values.Count;
        var haveDict = false;
        var elements = 0;
        for (var i = 0; i < n; i++)
        {
            if (d.Keys[i] is null)
            {
                if (elements > 0)
                {
                    SubDict(d, i - elements, i);
                    if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    Emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                Expression(d.Values[i]);
                Emit(Opcode.DICT_UPDATE, 1);
            }
            else if (elements * 2 > StackUseGuideline)
            {
                SubDict(d, i - elements, i + 1);
                if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
                haveDict = true;
                elements = 0;
            }
            else elements++;
        }
        if (elements > 0)
        {
            SubDict(d, n - elements, n);
            if (haveDict) Emit(Opcode.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) Emit(Opcode.BUILD_MAP, 0);
    }

    private void SubDict(Dict d, int begin, int end)
    {
        var n = end - begin;
        var big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && d.Keys.Skip(begin).Take(n).All(k => k is Constant))
        {
            for (var i = begin; i < end; i++) Expression(d.Values[i]);
            LoadConst(new TupleConstant(d.Keys.Skip(begin).Take(n).Select(k => ((Constant)k!).Value).ToArray()));
            Emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) Emit(Opcode.BUILD_MAP, 0);
        for (var i = begin; i < end; i++)
        {
            Expression(d.Keys[i]!);
            Expression(d.Values[i]);
            if (big) Emit(Opcode.MAP_ADD, 1);
        }
        if (!big) Emit(Opcode.BUILD_MAP, n);
    }
}
