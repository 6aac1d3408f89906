using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// try/except/else/finally, except*, with and async with, async for (compile.c's
/// compiler_try_*, compiler_with, compiler_async_with, compiler_async_for). Handlers are set up
/// with the SETUP_* pseudo-instructions and closed with POP_BLOCK; the assembler turns them into
/// the exception table. A handler starts with the exception pushed; a cleanup handler
/// (SETUP_CLEANUP, SETUP_WITH) with lasti under it, so that RERAISE 1 can restore f_lasti.
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>A handler instruction: it does not end its block (is_block_push is no jump).</summary>
    private void EmitSetup(int op, BasicBlock handler) => AddInstr(new Instr(op, 0, _u.Loc, handler));

    /// <summary>compiler_pop_except_and_reraise: restores the previous exception and re-raises,
    /// from [exc_info, lasti, exc].</summary>
    private void PopExceptAndReraise()
    {
        Emit(Opcode.COPY, 3);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE, 1);
    }

    private void Try(Try s)
    {
        if (s.Finalbody.Count > 0) TryFinally(s.Body, s.Finalbody, () => TryExcept(s.Body, s.Handlers, s.Orelse), s.Handlers.Count > 0);
        else TryExcept(s.Body, s.Handlers, s.Orelse);
    }

    private void TryStar(TryStar s)
    {
        if (s.Finalbody.Count > 0) TryFinally(s.Body, s.Finalbody, () => TryStarExcept(s), s.Handlers.Count > 0);
        else TryStarExcept(s);
    }

    /// <summary>
    /// compiler_try_finally: the body (or the try/except inside) under a SETUP_FINALLY; the
    /// finally body once for the normal exit, and once more as the handler, which re-raises.
    /// </summary>
    private void TryFinally(List<Stmt> body, List<Stmt> finalBody, Action tryExcept, bool hasHandlers)
    {
        var bodyBlock = _u.NewBlock();
        var end = _u.NewBlock();
        var exit = _u.NewBlock();
        var cleanup = _u.NewBlock();
        // `try` block
        EmitSetup(VirtualOp.SETUP_FINALLY, end);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockKind.FinallyTry, bodyBlock, end, finalBody);
        if (hasHandlers) tryExcept();
        else Statements(body);
        EmitNoLine(VirtualOp.POP_BLOCK);
        PopFBlock(FBlockKind.FinallyTry);
        Statements(finalBody);
        EmitJump(VirtualOp.JUMP, exit, noLocation: true);
        // `finally` block
        UseNextBlock(end);
        _u.Loc = Location.None;
        EmitSetup(VirtualOp.SETUP_CLEANUP, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.FinallyEnd, end, null);
        Statements(finalBody);
        PopFBlock(FBlockKind.FinallyEnd);
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    /// <summary>
    /// compiler_try_except: the body under a SETUP_FINALLY, then else; the handler pushes the
    /// exception info and tries each clause in turn (CHECK_EXC_MATCH), re-raising when none
    /// matches. A named clause's body runs under a cleanup that clears the name however it ends.
    /// </summary>
    private void TryExcept(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse)
    {
        var bodyBlock = _u.NewBlock();
        var except = _u.NewBlock();
        var end = _u.NewBlock();
        var cleanup = _u.NewBlock();
        EmitSetup(VirtualOp.SETUP_FINALLY, except);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockKind.TryExcept, bodyBlock, null);
        Statements(body);
        PopFBlock(FBlockKind.TryExcept);
        EmitNoLine(VirtualOp.POP_BLOCK);
        Statements(orelse);
        EmitJump(VirtualOp.JUMP, end, noLocation: true);
        UseNextBlock(except);

        _u.Loc = Location.None;
        EmitSetup(VirtualOp.SETUP_CLEANUP, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        // the runtime pushes a block here, which the frame-block stack accounts for
        PushFBlock(FBlockKind.ExceptionHandler, null, null);
        for (var i = 0; i < handlers.Count; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            if (handler.Type is null && i < handlers.Count - 1) throw Error(handler, "default 'except:' must be last");
            except = _u.NewBlock();
            if (handler.Type is not null)
            {
                Expression(handler.Type);
                Emit(Opcode.CHECK_EXC_MATCH);
                EmitJump(VirtualOp.POP_JUMP_IF_FALSE, except);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = _u.NewBlock();
                var cleanupBody = _u.NewBlock();
                NameOp(handler.Name, Ctx.Store, handler);
                // try: body finally: name = None; del name  (in case the body deletes it)
                EmitSetup(VirtualOp.SETUP_CLEANUP, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, handler);
                Statements(handler.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                _u.Loc = Location.None;
                Emit(VirtualOp.POP_BLOCK);
                Emit(VirtualOp.POP_BLOCK);
                Emit(Opcode.POP_EXCEPT);
                ClearHandlerName(handler);
                EmitJump(VirtualOp.JUMP, end);
                // the body raised
                UseNextBlock(cleanupEnd);
                _u.Loc = Location.None;
                ClearHandlerName(handler);
                Emit(Opcode.RERAISE, 1);
            }
            else
            {
                var cleanupBody = _u.NewBlock();
                Emit(Opcode.POP_TOP); // the exception
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null);
                Statements(handler.Body);
                PopFBlock(FBlockKind.HandlerCleanup);
                _u.Loc = Location.None;
                Emit(VirtualOp.POP_BLOCK);
                Emit(Opcode.POP_EXCEPT);
                EmitJump(VirtualOp.JUMP, end);
            }
            UseNextBlock(except);
        }
        // no clause matched
        _u.Loc = Location.None;
        PopFBlock(FBlockKind.ExceptionHandler);
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    /// <summary>
    /// compiler_try_star_except (3.11's form): the handler keeps [original, raised list, rest];
    /// each clause splits the rest with CHECK_EG_MATCH, runs on the match, and collects what its
    /// body raises; PREP_RERAISE_STAR then builds what is left to raise, if anything.
    /// </summary>
    private void TryStarExcept(TryStar s)
    {
        var bodyBlock = _u.NewBlock();
        var except = _u.NewBlock();
        var orelse = _u.NewBlock();
        var end = _u.NewBlock();
        var cleanup = _u.NewBlock();
        var reraiseStar = _u.NewBlock();

        EmitSetup(VirtualOp.SETUP_FINALLY, except);
        UseNextBlock(bodyBlock);
        PushFBlock(FBlockKind.TryExcept, bodyBlock, null);
        Statements(s.Body);
        PopFBlock(FBlockKind.TryExcept);
        EmitNoLine(VirtualOp.POP_BLOCK);
        EmitJump(VirtualOp.JUMP, orelse, noLocation: true);
        var n = s.Handlers.Count;
        UseNextBlock(except);

        _u.Loc = Location.None;
        EmitSetup(VirtualOp.SETUP_CLEANUP, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        PushFBlock(FBlockKind.ExceptionGroupHandler, null, null, "except handler");
        for (var i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)s.Handlers[i];
            SetLoc(handler);
            except = _u.NewBlock();
            var exceptWithError = _u.NewBlock();
            var noMatch = _u.NewBlock();
            if (i == 0)
            {
                // [exc] -> [orig, [], exc]: the original group, and a list for what the bodies raise
                Emit(Opcode.COPY, 1);
                Emit(Opcode.BUILD_LIST, 0);
                Emit(Opcode.SWAP, 2);
            }
            if (handler.Type is not null)
            {
                Expression(handler.Type);
                Emit(Opcode.CHECK_EG_MATCH);
                Emit(Opcode.COPY, 1);
                EmitJump(VirtualOp.POP_JUMP_IF_NONE, noMatch);
            }
            var cleanupEnd = _u.NewBlock();
            var cleanupBody = _u.NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, Ctx.Store, handler);
            else Emit(Opcode.POP_TOP); // the match
            EmitSetup(VirtualOp.SETUP_CLEANUP, cleanupEnd);
            UseNextBlock(cleanupBody);
            var named = handler.Name is not null ? handler : null;
            PushFBlock(FBlockKind.HandlerCleanup, cleanupBody, null, named);
            Statements(handler.Body);
            PopFBlock(FBlockKind.HandlerCleanup);
            _u.Loc = Location.None;
            Emit(VirtualOp.POP_BLOCK);
            if (named is not null) ClearHandlerName(named);
            EmitJump(VirtualOp.JUMP, except);
            // the body raised: add that to the list
            UseNextBlock(cleanupEnd);
            _u.Loc = Location.None;
            if (named is not null) ClearHandlerName(named);
            Emit(Opcode.LIST_APPEND, 3); // the exception
            Emit(Opcode.POP_TOP); // lasti
            EmitJump(VirtualOp.JUMP, exceptWithError);
            UseNextBlock(except);
            Emit(Opcode.NOP); // holds a propagated location
            EmitJump(VirtualOp.JUMP, exceptWithError);
            UseNextBlock(noMatch);
            Emit(Opcode.POP_TOP); // the match (None)
            UseNextBlock(exceptWithError);
            if (i == n - 1)
            {
                // the unhandled rest of the group (None if all was matched) goes into the list too
                Emit(Opcode.LIST_APPEND, 1);
                EmitJump(VirtualOp.JUMP, reraiseStar);
            }
        }
        _u.Loc = Location.None;
        PopFBlock(FBlockKind.ExceptionGroupHandler);
        var reraise = _u.NewBlock();
        UseNextBlock(reraiseStar);
        Emit(Opcode.PREP_RERAISE_STAR);
        Emit(Opcode.COPY, 1);
        EmitJump(VirtualOp.POP_JUMP_IF_NOT_NONE, reraise);
        // nothing to re-raise
        Emit(Opcode.POP_TOP);
        Emit(VirtualOp.POP_BLOCK);
        Emit(Opcode.POP_EXCEPT);
        EmitJump(VirtualOp.JUMP, end);
        UseNextBlock(reraise);
        Emit(VirtualOp.POP_BLOCK);
        Emit(Opcode.SWAP, 2);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelse);
        Statements(s.Orelse);
        UseNextBlock(end);
    }

    /// <summary>
    /// compiler_with: BEFORE_WITH leaves __exit__ and __enter__()'s value; the body runs under
    /// SETUP_WITH; on the normal exit __exit__(None, None, None), on an exception
    /// WITH_EXCEPT_START calls it with the exception, which is re-raised unless it returns true.
    /// Several items nest, one with per item.
    /// </summary>
    private void With(With s, int pos)
    {
        var item = s.Items[pos];
        var block = _u.NewBlock();
        var final = _u.NewBlock();
        var exit = _u.NewBlock();
        var cleanup = _u.NewBlock();

        Expression(item.ContextExpr);
        Emit(Opcode.BEFORE_WITH);
        EmitSetup(VirtualOp.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockKind.With, block, final, s);
        if (item.OptionalVars is not null) Expression(item.OptionalVars);
        else Emit(Opcode.POP_TOP); // the value of __enter__()
        if (pos + 1 == s.Items.Count) Statements(s.Body);
        else With(s, pos + 1);

        // what follows is artificial
        _u.Loc = Location.None;
        Emit(VirtualOp.POP_BLOCK);
        PopFBlock(FBlockKind.With);
        // the normal exit: __exit__(None, None, None)
        SetLoc(s);
        CallExitWithNones();
        Emit(Opcode.POP_TOP);
        EmitJump(VirtualOp.JUMP, exit);

        // the exceptional exit
        UseNextBlock(final);
        EmitSetup(VirtualOp.SETUP_CLEANUP, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        Emit(Opcode.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    /// <summary>
    /// compiler_async_with: as with, with __aenter__ and __aexit__ awaited.
    /// </summary>
    private void AsyncWith(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        if (!_u.IsAsync) throw Error("'async with' outside async function");
        var block = _u.NewBlock();
        var final = _u.NewBlock();
        var exit = _u.NewBlock();
        var cleanup = _u.NewBlock();

        Expression(item.ContextExpr);
        Emit(Opcode.BEFORE_ASYNC_WITH);
        Emit(Opcode.GET_AWAITABLE, 1);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
        EmitSetup(VirtualOp.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockKind.AsyncWith, block, final, s);
        if (item.OptionalVars is not null) Expression(item.OptionalVars);
        else Emit(Opcode.POP_TOP); // the value of __aenter__()
        if (pos + 1 == s.Items.Count) Statements(s.Body);
        else AsyncWith(s, pos + 1);

        PopFBlock(FBlockKind.AsyncWith);
        Emit(VirtualOp.POP_BLOCK);
        // the normal exit: await __aexit__(None, None, None)
        SetLoc(s);
        CallExitWithNones();
        Emit(Opcode.GET_AWAITABLE, 2);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
        Emit(Opcode.POP_TOP);
        EmitJump(VirtualOp.JUMP, exit);

        // the exceptional exit
        UseNextBlock(final);
        EmitSetup(VirtualOp.SETUP_CLEANUP, cleanup);
        Emit(Opcode.PUSH_EXC_INFO);
        Emit(Opcode.WITH_EXCEPT_START);
        Emit(Opcode.GET_AWAITABLE, 2);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    /// <summary>
    /// compiler_with_except_finish: after __exit__ ran with the exception, [exc_info, lasti, exc,
    /// result]: re-raise unless the result is true; otherwise drop the exception and __exit__.
    /// </summary>
    private void WithExceptFinish(BasicBlock cleanup)
    {
        _u.Loc = Location.None;
        var exit = _u.NewBlock();
        EmitJump(VirtualOp.POP_JUMP_IF_TRUE, exit);
        Emit(Opcode.RERAISE, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        Emit(Opcode.POP_TOP); // the exception
        Emit(VirtualOp.POP_BLOCK);
        Emit(Opcode.POP_EXCEPT);
        Emit(Opcode.POP_TOP); // lasti
        Emit(Opcode.POP_TOP); // __exit__
    }

    /// <summary>
    /// compiler_async_for: each __anext__() is awaited under a SETUP_FINALLY whose handler,
    /// END_ASYNC_FOR, ends the loop on StopAsyncIteration (and re-raises anything else).
    /// </summary>
    private void AsyncFor(AsyncFor s)
    {
        if (!_u.IsAsync) throw Error("'async for' outside async function");
        var start = _u.NewBlock();
        var except = _u.NewBlock();
        var end = _u.NewBlock();

        Expression(s.Iter);
        Emit(Opcode.GET_AITER);
        UseNextBlock(start);
        PushFBlock(FBlockKind.ForLoop, start, end);
        // SETUP_FINALLY guards the __anext__ call
        EmitSetup(VirtualOp.SETUP_FINALLY, except);
        Emit(Opcode.GET_ANEXT);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
        Emit(VirtualOp.POP_BLOCK);

        // the next value
        Expression(s.Target);
        Statements(s.Body);
        _u.Loc = Location.None; // the jump back is artificial
        EmitJump(VirtualOp.JUMP, start);
        PopFBlock(FBlockKind.ForLoop);

        // the iterator is exhausted: END_ASYNC_FOR has the iterator's line, as it follows the
        // `for`, not the body
        UseNextBlock(except);
        SetLoc(s.Iter);
        Emit(Opcode.END_ASYNC_FOR);
        Statements(s.Orelse);
        UseNextBlock(end);
    }
}
