using Engine.Bytecode;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;

namespace Engine.Compiler;

internal sealed partial class CodeGenerator
{
    private static string? Docstring(List<Stmt> body) =>
        body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value: StrConstant doc } } ? doc.Value : null;

    /// <summary>compiler_body: SETUP_ANNOTATIONS when the body annotates, the docstring stored as
    /// __doc__ (module and class), then every statement.</summary>
    private void Body(List<Stmt> body)
    {
        // the module's first instructions take the first statement's line
        if (_u.ScopeType == ScopeType.Module && body.Count > 0) SetLoc(body[0]);
        if (FindAnnotation(body)) Emit(Opcode.SETUP_ANNOTATIONS);
        if (body.Count == 0) return;
        var start = 0;
        // at -OO the docstring is an ordinary statement (a constant: a NOP)
        if (_optimize < 2 && Docstring(body) is not null)
        {
            start = 1;
            Expression(((ExprStmt)body[0]).Value);
            _u.Loc = Location.None;
            NameOp("__doc__", Ctx.Store, body[0]);
        }
        for (var i = start; i < body.Count; i++) Statement(body[i]);
    }

    /// <summary>find_ann: an annotated assignment anywhere in the body, nested blocks included
    /// (but not nested functions or classes).</summary>
    private static bool FindAnnotation(List<Stmt> body)
    {
        foreach (var s in body)
        {
            var found = s switch
            {
                AnnAssign _ => true,
                For f => FindAnnotation(f.Body) || FindAnnotation(f.Orelse),
                AsyncFor f => FindAnnotation(f.Body) || FindAnnotation(f.Orelse),
                While w => FindAnnotation(w.Body) || FindAnnotation(w.Orelse),
                If i => FindAnnotation(i.Body) || FindAnnotation(i.Orelse),
                With w => FindAnnotation(w.Body),
                AsyncWith w => FindAnnotation(w.Body),
                Try t => FindAnnotation(t.Body) || FindAnnotation(t.Finalbody) || FindAnnotation(t.Orelse)
                         || t.Handlers.Cast<ExceptHandler>().Any(h => FindAnnotation(h.Body)),
                TryStar t => FindAnnotation(t.Body) || FindAnnotation(t.Finalbody) || FindAnnotation(t.Orelse)
                             || t.Handlers.Cast<ExceptHandler>().Any(h => FindAnnotation(h.Body)),
                Match m => m.Cases.Any(c => FindAnnotation(c.Body)),
                _ => false,
            };
            if (found) return true;
        }
        return false;
    }

    private void Statements(List<Stmt> body)
    {
        foreach (var s in body) Statement(s);
    }

    private void Statement(Stmt s)
    {
        SetLoc(s);
        switch (s)
        {
            case ExprStmt e:
                if (_interactive && _outer.Count == 0)
                {
                    // compiler_visit_stmt_expr at the top of a REPL line (c_nestlevel 1)
                    Expression(e.Value);
                    Emit(Opcode.PRINT_EXPR);
                    break;
                }
                if (e.Value is Constant) { Emit(Opcode.NOP); break; }
                Expression(e.Value);
                _u.Loc = Location.None; // the POP_TOP is artificial
                Emit(Opcode.POP_TOP);
                break;
            case Pass: Emit(Opcode.NOP); break;
            case Assign a:
                Expression(a.Value);
                for (var i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) Emit(Opcode.COPY, 1);
                    Expression(a.Targets[i]);
                }
                break;
            case AugAssign a: AugAssign(a); break;
            case If i: If(i); break;
            case While w: While(w); break;
            case For f: For(f); break;
            case Break b: Break(b); break;
            case Continue c: Continue(c); break;
            case Return r: Return(r); break;
            case FunctionDef f: FunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false); break;
            case AsyncFunctionDef f: FunctionDef(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true); break;
            case ClassDef c: ClassDef(c); break;
            case Import i: Import(i); break;
            case ImportFrom i: ImportFrom(i); break;
            case AnnAssign a: AnnAssign(a); break;
            case Global or Nonlocal: break;
            case Delete d:
                foreach (var t in d.Targets) Expression(t);
                break;
            case Assert a: Assert(a); break;
            case Raise r: Raise(r); break;
            case Match m: Match(m); break;
            case Try t: Try(t); break;
            case TryStar t: TryStar(t); break;
            case With w: With(w, 0); break;
            case AsyncWith w: AsyncWith(w, 0); break;
            case AsyncFor f: AsyncFor(f); break;
            default:
                throw Unsupported(s, "the '" + s.TypeName + "' statement");
        }
    }

    private void If(If s)
    {
        var end = _u.NewBlock();
        var next = s.Orelse.Count > 0 ? _u.NewBlock() : end;
        JumpIf(s.Test, next, false);
        Statements(s.Body);
        if (s.Orelse.Count > 0)
        {
            EmitJump(VirtualOp.JUMP, end, noLocation: true);
            UseNextBlock(next);
            Statements(s.Orelse);
        }
        UseNextBlock(end);
    }

    private void While(While s)
    {
        var loop = _u.NewBlock();
        var body = _u.NewBlock();
        var anchor = _u.NewBlock();
        var end = _u.NewBlock();
        UseNextBlock(loop);
        PushFBlock(FBlockKind.WhileLoop, loop, end);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        Statements(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFBlock(FBlockKind.WhileLoop);
        UseNextBlock(anchor);
        Statements(s.Orelse);
        UseNextBlock(end);
    }

    private void For(For s)
    {
        var start = _u.NewBlock();
        var body = _u.NewBlock();
        var cleanup = _u.NewBlock();
        var end = _u.NewBlock();
        PushFBlock(FBlockKind.ForLoop, start, end);
        Expression(s.Iter);
        Emit(Opcode.GET_ITER);
        UseNextBlock(start);
        EmitJump(Opcode.FOR_ITER, cleanup);
        UseNextBlock(body);
        Expression(s.Target);
        Statements(s.Body);
        _u.Loc = Location.None; // the jump back is artificial: it gets the body's last location
        EmitJump(VirtualOp.JUMP, start);
        UseNextBlock(cleanup);
        PopFBlock(FBlockKind.ForLoop);
        Statements(s.Orelse);
        UseNextBlock(end);
    }

    /// <summary>compiler_break: leaves every block inside the innermost loop, then the loop itself.</summary>
    private void Break(Break s)
    {
        Emit(Opcode.NOP); // the line number of the break
        var loop = UnwindFBlockStack(preserveTos: false, toLoop: true) ?? throw Error(s, "'break' outside loop");
        UnwindFBlock(loop, false);
        EmitJump(VirtualOp.JUMP, loop.Exit!);
    }

    /// <summary>compiler_continue: leaves every block inside the innermost loop and jumps to its start.</summary>
    private void Continue(Continue s)
    {
        Emit(Opcode.NOP);
        var loop = UnwindFBlockStack(preserveTos: false, toLoop: true) ?? throw Error(s, "'continue' not properly in loop");
        EmitJump(VirtualOp.JUMP, loop.Block!);
    }

    private void Return(Return s)
    {
        if (!_u.Scope.IsFunction) throw Error(s, "'return' outside function");
        if (s.Value is not null && _u.Scope.Coroutine && _u.Scope.Generator) throw Error(s, "'return' with value in async generator");
        var preserveTop = s.Value is not null and not Constant;
        if (preserveTop) Expression(s.Value!);
        else if (s.Value is not null)
        {
            SetLoc(s.Value);
            Emit(Opcode.NOP);
        }
        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            SetLoc(s);
            Emit(Opcode.NOP);
        }
        UnwindFBlockStack(preserveTop, toLoop: false);
        if (s.Value is null) LoadConst(NoneConstant.Instance);
        else if (!preserveTop) LoadConst(((Constant)s.Value).Value);
        Emit(Opcode.RETURN_VALUE);
    }

    private void Assert(Assert s)
    {
        if (_optimize > 0) return;
        var end = _u.NewBlock();
        JumpIf(s.Test, end, true);
        Emit(Opcode.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            Expression(s.Msg);
            Emit(Opcode.PRECALL, 0);
            Emit(Opcode.CALL, 0);
        }
        Emit(Opcode.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    private void Raise(Raise s)
    {
        var n = 0;
        if (s.Exc is not null)
        {
            Expression(s.Exc);
            n++;
            if (s.Cause is not null)
            {
                Expression(s.Cause);
                n++;
            }
        }
        Emit(Opcode.RAISE_VARARGS, n);
    }

    private void AugAssign(AugAssign s)
    {
        var target = s.Target;
        SetLoc(target);
        switch (target)
        {
            case Name n: NameOp(n.Id, Ctx.Load, n); break;
            case Subscript sub:
                Expression(sub.Value);
                Expression(sub.Slice);
                Emit(Opcode.COPY, 2);
                Emit(Opcode.COPY, 2);
                Emit(Opcode.BINARY_SUBSCR);
                break;
            case Attribute a:
                Expression(a.Value);
                Emit(Opcode.COPY, 1);
                SetAttributeLoc(a);
                Emit(Opcode.LOAD_ATTR, MangledName(a.Attr));
                break;
            default: throw Unsupported(target, "this augmented assignment target");
        }
        SetLoc(s);
        Expression(s.Value);
        Emit(Opcode.BINARY_OP, InplaceOps[(int)s.Op]);
        SetLoc(target);
        switch (target)
        {
            case Name n: NameOp(n.Id, Ctx.Store, n); break;
            case Subscript:
                Emit(Opcode.SWAP, 3);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.STORE_SUBSCR);
                break;
            case Attribute a:
                SetAttributeLoc(a);
                Emit(Opcode.SWAP, 2);
                Emit(Opcode.STORE_ATTR, MangledName(a.Attr));
                break;
        }
    }

    /// <summary>compiler_annassign: the assignment first; a simple name's annotation is stored in
    /// __annotations__ at module and class level; other targets' parts are evaluated there.</summary>
    private void AnnAssign(AnnAssign s)
    {
        var target = s.Target;
        if (s.Value is not null)
        {
            Expression(s.Value);
            Expression(target);
        }
        switch (target)
        {
            case Name n:
                ForbiddenName(n.Id, Ctx.Store);
                if (s.Simple != 0 && _u.ScopeType is ScopeType.Module or ScopeType.Class)
                {
                    if (_future.Annotations) AnnotationString(s.Annotation);
                    else Expression(s.Annotation);
                    Emit(Opcode.LOAD_NAME, MangledName("__annotations__"));
                    LoadConst(new StrConstant(Mangling.Mangle(_u.Private, n.Id)));
                    Emit(Opcode.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                ForbiddenName(a.Attr, Ctx.Store);
                if (s.Value is null) CheckAnnotationExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnotationExpr(sub.Value);
                    CheckAnnotationSubscript(sub.Slice);
                }
                break;
        }
        // the annotation of a complex target is evaluated last, outside functions
        if (s.Simple == 0 && !_future.Annotations && _u.ScopeType is ScopeType.Module or ScopeType.Class)
            CheckAnnotationExpr(s.Annotation);
    }

    private void CheckAnnotationExpr(Expr e)
    {
        Expression(e);
        Emit(Opcode.POP_TOP);
    }

    private void CheckAnnotationSubscript(Expr e)
    {
        switch (e)
        {
            case Slice sl:
                if (sl.Lower is not null) CheckAnnotationExpr(sl.Lower);
                if (sl.Upper is not null) CheckAnnotationExpr(sl.Upper);
                if (sl.Step is not null) CheckAnnotationExpr(sl.Step);
                break;
            case Engine.Syntax.Tuple t:
                foreach (var x in t.Elts) CheckAnnotationSubscript(x);
                break;
            default:
                CheckAnnotationExpr(e);
                break;
        }
    }
}
