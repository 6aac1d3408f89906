using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// The frame-block stack (CPython's u_fblock): loops, try bodies, finally bodies, with bodies and
/// except handlers being compiled, and how a return, break or continue leaves each of them
/// (compiler_unwind_fblock): popping an iterator, calling __exit__, running a finally body
/// again, clearing a handler's name.
/// </summary>
internal sealed partial class CodeGenerator
{
    /// <summary>CO_MAXBLOCKS: the runtime's old block stack size, still the nesting limit.</summary>
    private const int MaxBlocks = 20;

    private void PushFBlock(FBlockKind kind, BasicBlock? block, BasicBlock? exit, object? datum = null)
    {
        if (_u.FBlocks.Count >= MaxBlocks) throw Error("too many statically nested blocks");
        _u.FBlocks.Add(new FBlock(kind, block, exit, datum));
    }

    private void PopFBlock(FBlockKind kind)
    {
        System.Diagnostics.Debug.Assert(_u.FBlocks[^1].Kind == kind);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    /// <summary>
    /// compiler_unwind_fblock: the code that leaves <paramref name="info"/> on the way out of a
    /// return, break or continue. With <paramref name="preserveTos"/>, the value being returned
    /// stays on top of what is popped.
    /// </summary>
    private void UnwindFBlock(FBlock info, bool preserveTos)
    {
        switch (info.Kind)
        {
            case FBlockKind.WhileLoop or FBlockKind.ExceptionHandler or FBlockKind.ExceptionGroupHandler
                or FBlockKind.AsyncComprehensionGenerator:
                return;
            case FBlockKind.ForLoop:
                // the iterator
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                return;
            case FBlockKind.TryExcept:
                Emit(VirtualOp.POP_BLOCK);
                return;
            case FBlockKind.FinallyTry:
                // this POP_BLOCK gets the line of the statement that unwinds
                Emit(VirtualOp.POP_BLOCK);
                if (preserveTos) PushFBlock(FBlockKind.PopValue, null, null);
                Statements((List<Stmt>)info.Datum!);
                if (preserveTos) PopFBlock(FBlockKind.PopValue);
                // the finally body runs "after" the statement, so what follows is artificial
                _u.Loc = Location.None;
                return;
            case FBlockKind.FinallyEnd:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP); // the exception
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(VirtualOp.POP_BLOCK);
                Emit(Opcode.POP_EXCEPT);
                return;
            case FBlockKind.With or FBlockKind.AsyncWith:
                SetLoc((Stmt)info.Datum!);
                Emit(VirtualOp.POP_BLOCK);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                CallExitWithNones();
                if (info.Kind == FBlockKind.AsyncWith)
                {
                    Emit(Opcode.GET_AWAITABLE, 2);
                    LoadConst(NoneConstant.Instance);
                    AddYieldFrom(isAwait: true);
                }
                Emit(Opcode.POP_TOP);
                _u.Loc = Location.None;
                return;
            case FBlockKind.HandlerCleanup:
            {
                var handler = (ExceptHandler?)info.Datum;
                if (handler is not null) Emit(VirtualOp.POP_BLOCK);
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(VirtualOp.POP_BLOCK);
                Emit(Opcode.POP_EXCEPT);
                if (handler is not null) ClearHandlerName(handler);
                return;
            }
            case FBlockKind.PopValue:
                if (preserveTos) Emit(Opcode.SWAP, 2);
                Emit(Opcode.POP_TOP);
                return;
        }
    }

    /// <summary>
    /// compiler_unwind_fblock_stack: unwinds the blocks from the innermost out; with
    /// <paramref name="toLoop"/>, stops at the first loop and returns it (it is left to the caller).
    /// The stack itself is the same afterwards: later code is still inside those blocks.
    /// </summary>
    private FBlock? UnwindFBlockStack(bool preserveTos, bool toLoop)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[^1];
        if (top.Kind == FBlockKind.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (toLoop && top.Kind is FBlockKind.WhileLoop or FBlockKind.ForLoop) return top;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        var loop = UnwindFBlockStack(preserveTos, toLoop);
        _u.FBlocks.Add(top);
        return loop;
    }

    /// <summary>compiler_call_exit_with_nones: __exit__(None, None, None).</summary>
    private void CallExitWithNones()
    {
        LoadConst(NoneConstant.Instance);
        LoadConst(NoneConstant.Instance);
        LoadConst(NoneConstant.Instance);
        Emit(Opcode.PRECALL, 2);
        Emit(Opcode.CALL, 2);
    }

    /// <summary>`name = None; del name` at the end of `except E as name`.</summary>
    private void ClearHandlerName(ExceptHandler handler)
    {
        LoadConst(NoneConstant.Instance);
        NameOp(handler.Name!, Ctx.Store, handler);
        NameOp(handler.Name!, Ctx.Del, handler);
    }
}
