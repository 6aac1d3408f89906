using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>The constructs that open a code object of their own: functions, lambdas, classes and
/// comprehensions (compiler_function, compiler_lambda, compiler_class, compiler_comprehension),
/// with their closures, defaults, annotations and decorators.</summary>
internal sealed partial class CodeGenerator
{
    private void FunctionDef(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        CheckDebugArgs(args);
        foreach (var d in decorators) Expression(d);
        var firstLineNo = decorators.Count > 0 ? decorators[0].Lineno : s.Lineno;
        var funcFlags = DefaultArguments(args);
        if (Annotations(args, returns)) funcFlags |= 0x04;

        EnterScope(name, isAsync ? ScopeType.AsyncFunction : ScopeType.Function, s, firstLineNo);
        CodeObject code;
        try
        {
            // at -OO a function has no docstring: None is its first constant, and the string an ordinary statement
            var docstring = _optimize < 2 ? Docstring(body) : null;
            _u.AddConst(docstring is null ? NoneConstant.Instance : new StrConstant(docstring));
            _u.ArgCount = args.Args.Count;
            _u.PosOnlyArgCount = args.Posonlyargs.Count;
            _u.KwOnlyArgCount = args.Kwonlyargs.Count;
            for (var i = docstring is null ? 0 : 1; i < body.Count; i++) Statement(body[i]);
            code = Assemble(addNone: true);
        }
        finally { ExitScope(); }

        MakeClosure(code, funcFlags);
        ApplyDecorators(decorators);
        NameOp(name, Ctx.Store, s);
    }

    private void Lambda(Lambda e)
    {
        CheckDebugArgs(e.Args);
        var funcFlags = DefaultArguments(e.Args);
        EnterScope("<lambda>", ScopeType.Lambda, e, e.Lineno);
        CodeObject code;
        try
        {
            // None first among the constants, so a lambda never has a docstring
            _u.AddConst(NoneConstant.Instance);
            _u.ArgCount = e.Args.Args.Count;
            _u.PosOnlyArgCount = e.Args.Posonlyargs.Count;
            _u.KwOnlyArgCount = e.Args.Kwonlyargs.Count;
            Expression(e.Body);
            if (_u.Scope.Generator) code = Assemble(addNone: false);
            else
            {
                Emit(Opcode.RETURN_VALUE);
                code = Assemble(addNone: true);
            }
        }
        finally { ExitScope(); }
        MakeClosure(code, funcFlags);
    }

    private void ClassDef(ClassDef s)
    {
        foreach (var d in s.DecoratorList) Expression(d);
        var firstLineNo = s.DecoratorList.Count > 0 ? s.DecoratorList[0].Lineno : s.Lineno;

        EnterScope(s.Name, ScopeType.Class, s, firstLineNo);
        CodeObject code;
        try
        {
            _u.Private = s.Name;
            NameOp("__name__", Ctx.Load, s);
            NameOp("__module__", Ctx.Store, s);
            LoadConst(new StrConstant(_u.QualName));
            NameOp("__qualname__", Ctx.Store, s);
            Body(s.Body);
            _u.Loc = Location.None;
            if (_u.Scope.NeedsClassClosure)
            {
                // the __class__ cell, stored as __classcell__ and returned for type.__new__
                Emit(Opcode.LOAD_CLOSURE, _u.CellVars["__class__"]);
                Emit(Opcode.COPY, 1);
                NameOp("__classcell__", Ctx.Store, s);
            }
            else LoadConst(NoneConstant.Instance);
            Emit(Opcode.RETURN_VALUE);
            code = Assemble(addNone: true);
        }
        finally { ExitScope(); }

        Emit(Opcode.PUSH_NULL);
        Emit(Opcode.LOAD_BUILD_CLASS);
        MakeClosure(code, 0);
        LoadConst(new StrConstant(s.Name));
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(s.DecoratorList);
        NameOp(s.Name, Ctx.Store, s);
    }

    /// <summary>compiler_check_debug_args: no parameter may be called __debug__.</summary>
    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs.Concat(args.Args).Concat(args.Kwonlyargs)
                     .Concat(args.Vararg is null ? [] : [args.Vararg]).Concat(args.Kwarg is null ? [] : [args.Kwarg]))
        {
            // at the statement's (or lambda's) place, as forbidden_name reports it
            if (a.Name == "__debug__") throw ErrorHere("cannot assign to __debug__");
        }
    }

    /// <summary>compiler_apply_decorators: the innermost decorator is called first, each at its own line.</summary>
    private void ApplyDecorators(List<Expr> decorators)
    {
        var saved = _u.Loc;
        for (var i = decorators.Count - 1; i >= 0; i--)
        {
            SetLoc(decorators[i]);
            Emit(Opcode.PRECALL, 0);
            Emit(Opcode.CALL, 0);
        }
        _u.Loc = saved;
    }

    /// <summary>compiler_default_arguments: a tuple of positional defaults (flag 1) and a dict of
    /// keyword-only defaults (flag 2).</summary>
    private int DefaultArguments(Arguments args)
    {
        var flags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) Expression(d);
            Emit(Opcode.BUILD_TUPLE, args.Defaults.Count);
            flags |= 0x01;
        }
        var keys = new List<PyConstant>();
        for (var i = 0; i < args.Kwonlyargs.Count; i++)
        {
            if (args.KwDefaults[i] is not { } d) continue;
            keys.Add(new StrConstant(Mangling.Mangle(_u.Private, args.Kwonlyargs[i].Name)));
            Expression(d);
        }
        if (keys.Count > 0)
        {
            LoadConst(new TupleConstant([.. keys]));
            Emit(Opcode.BUILD_CONST_KEY_MAP, keys.Count);
            flags |= 0x02;
        }
        return flags;
    }

    /// <summary>compiler_visit_annotations: name/value pairs in a tuple (flag 4), in CPython's order:
    /// positional, positional-only, *args, keyword-only, **kwargs, return.</summary>
    private bool Annotations(Arguments args, Expr? returns)
    {
        var count = 0;
        foreach (var a in args.Args) count += ArgAnnotation(a.Name, a.Annotation);
        foreach (var a in args.Posonlyargs) count += ArgAnnotation(a.Name, a.Annotation);
        if (args.Vararg is { } va) count += ArgAnnotation(va.Name, va.Annotation);
        foreach (var a in args.Kwonlyargs) count += ArgAnnotation(a.Name, a.Annotation);
        if (args.Kwarg is { } kw) count += ArgAnnotation(kw.Name, kw.Annotation);
        count += ArgAnnotation("return", returns);
        if (count == 0) return false;
        Emit(Opcode.BUILD_TUPLE, count);
        return true;
    }

    private int ArgAnnotation(string name, Expr? annotation)
    {
        if (annotation is null) return 0;
        LoadConst(new StrConstant(Mangling.Mangle(_u.Private, name)));
        if (_future.Annotations) AnnotationString(annotation);
        else if (annotation is Starred star)
        {
            // *args: *Ts
            Expression(star.Value);
            Emit(Opcode.UNPACK_SEQUENCE, 1);
        }
        else Expression(annotation);
        return 2;
    }

    /// <summary>compiler_visit_annexpr: under `from __future__ import annotations`, the annotation's source text.</summary>
    private void AnnotationString(Expr annotation) => LoadConst(new StrConstant(Unparser.Unparse(annotation)));

    /// <summary>compiler_make_closure: the function object for a compiled code object, with a tuple of
    /// the cells its free variables live in (flag 8).</summary>
    private void MakeClosure(CodeObject code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var name in code.FreeVars)
            {
                // a class's __class__ is its own cell; otherwise the name is a cell here or passes through as free
                var isCell = (_u.ScopeType == ScopeType.Class && name == "__class__")
                             || _u.Scope.Resolve(name) == NameScope.Cell;
                var arg = isCell ? _u.CellVars[name] : _u.FreeVars[name];
                Emit(Opcode.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            Emit(Opcode.BUILD_TUPLE, code.FreeVars.Length);
        }
        LoadConst(new CodeConstant(code));
        Emit(Opcode.MAKE_FUNCTION, flags);
    }

    // ------------------------------------------------------------------ comprehensions

    private enum ComprehensionKind { GenExp, ListComp, SetComp, DictComp }

    private void Comprehension(Expr e, ComprehensionKind kind, string name, List<Comprehension> generators, Expr elt, Expr? value)
    {
        var outerScopeType = _u.ScopeType;
        var outermost = generators[0];
        EnterScope(name, ScopeType.Comprehension, e, e.Lineno);
        CodeObject code;
        bool isAsyncGenerator;
        try
        {
            SetLoc(e);
            isAsyncGenerator = _u.Scope.Coroutine;
            if (isAsyncGenerator && kind != ComprehensionKind.GenExp
                && outerScopeType is not (ScopeType.AsyncFunction or ScopeType.Comprehension))
                throw ErrorHere("asynchronous comprehension outside of an asynchronous function");
            if (kind != ComprehensionKind.GenExp)
                Emit(kind switch { ComprehensionKind.ListComp => Opcode.BUILD_LIST, ComprehensionKind.SetComp => Opcode.BUILD_SET, _ => Opcode.BUILD_MAP }, 0);
            ComprehensionGenerator(generators, 0, 0, elt, value, kind);
            if (kind != ComprehensionKind.GenExp) Emit(Opcode.RETURN_VALUE);
            code = Assemble(addNone: true);
        }
        finally { ExitScope(); }

        MakeClosure(code, 0);
        Expression(outermost.Iter);
        Emit(outermost.IsAsync != 0 ? Opcode.GET_AITER : Opcode.GET_ITER);
        Emit(Opcode.PRECALL, 0);
        Emit(Opcode.CALL, 0);
        if (isAsyncGenerator && kind != ComprehensionKind.GenExp)
        {
            Emit(Opcode.GET_AWAITABLE, 0);
            LoadConst(NoneConstant.Instance);
            AddYieldFrom(isAwait: true);
        }
    }

    private void ComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, ComprehensionKind kind)
    {
        if (generators[index].IsAsync != 0) AsyncComprehensionGenerator(generators, index, depth, elt, value, kind);
        else SyncComprehensionGenerator(generators, index, depth, elt, value, kind);
    }

    /// <summary>compiler_async_comprehension_generator: each __anext__() awaited under SETUP_FINALLY,
    /// END_ASYNC_FOR ending the loop.</summary>
    private void AsyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, ComprehensionKind kind)
    {
        var start = _u.NewBlock();
        var except = _u.NewBlock();
        var ifCleanup = _u.NewBlock();
        var gen = generators[index];
        if (index == 0)
        {
            _u.ArgCount = 1;
            Emit(Opcode.LOAD_FAST, 0);
        }
        else
        {
            Expression(gen.Iter);
            Emit(Opcode.GET_AITER);
        }
        UseNextBlock(start);
        PushFBlock(FBlockKind.AsyncComprehensionGenerator, start, null);
        EmitSetup(VirtualOp.SETUP_FINALLY, except);
        Emit(Opcode.GET_ANEXT);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
        Emit(VirtualOp.POP_BLOCK);
        Expression(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        depth++;
        if (++index < generators.Count) ComprehensionGenerator(generators, index, depth, elt, value, kind);
        else ComprehensionElement(elt, value, kind, depth);
        UseNextBlock(ifCleanup);
        EmitJump(VirtualOp.JUMP, start);
        PopFBlock(FBlockKind.AsyncComprehensionGenerator);
        UseNextBlock(except);
        Emit(Opcode.END_ASYNC_FOR);
    }

    /// <summary>The innermost `for` adds the element to the result (or yields it).</summary>
    private void ComprehensionElement(Expr elt, Expr? value, ComprehensionKind kind, int depth)
    {
        switch (kind)
        {
            case ComprehensionKind.GenExp:
                Expression(elt);
                AddYield();
                Emit(Opcode.POP_TOP);
                break;
            case ComprehensionKind.ListComp:
                Expression(elt);
                Emit(Opcode.LIST_APPEND, depth + 1);
                break;
            case ComprehensionKind.SetComp:
                Expression(elt);
                Emit(Opcode.SET_ADD, depth + 1);
                break;
            default:
                Expression(elt);
                Expression(value!);
                Emit(Opcode.MAP_ADD, depth + 1);
                break;
        }
    }

    /// <summary>compiler_sync_comprehension_generator: one `for` of the comprehension, its ifs, and
    /// the next `for` or, innermost, the element added to the result.</summary>
    private void SyncComprehensionGenerator(List<Comprehension> generators, int index, int depth, Expr elt, Expr? value, ComprehensionKind kind)
    {
        BasicBlock? start = _u.NewBlock();
        var ifCleanup = _u.NewBlock();
        var anchor = _u.NewBlock();
        var gen = generators[index];
        if (index == 0)
        {
            // the outermost iterator arrives as the argument .0
            _u.ArgCount = 1;
            Emit(Opcode.LOAD_FAST, 0);
        }
        else
        {
            // `for y in [f(x)]` binds y without a loop
            var elts = gen.Iter switch { List l => l.Elts, Engine.Syntax.Tuple t => t.Elts, _ => null };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                Expression(elts[0]);
                start = null;
            }
            else
            {
                Expression(gen.Iter);
                Emit(Opcode.GET_ITER);
            }
        }
        if (start is not null)
        {
            depth++;
            UseNextBlock(start);
            AddInstr(new Instr((int)Opcode.FOR_ITER, 0, _u.Loc, anchor));
        }
        Expression(gen.Target);
        foreach (var test in gen.Ifs) JumpIf(test, ifCleanup, false);
        if (++index < generators.Count) ComprehensionGenerator(generators, index, depth, elt, value, kind);
        else ComprehensionElement(elt, value, kind, depth);
        UseNextBlock(ifCleanup);
        if (start is not null)
        {
            EmitJump(VirtualOp.JUMP, start);
            UseNextBlock(anchor);
        }
    }
}
