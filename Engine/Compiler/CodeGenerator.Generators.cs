using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

internal sealed partial class CodeGenerator
{
    /// <summary>compiler_add_yield_from: the SEND loop that drives the iterator (or awaitable) on top
    /// of the stack, the value to send first above it; leaves the result. RESUME's argument says
    /// whether it resumes a yield from (2) or an await (3).</summary>
    private void AddYieldFrom(bool isAwait)
    {
        var start = _u.NewBlock();
        var resume = _u.NewBlock();
        var exit = _u.NewBlock();
        UseNextBlock(start);
        AddInstr(new Instr((int)Opcode.SEND, 0, _u.Loc, exit));
        UseNextBlock(resume);
        Emit(Opcode.YIELD_VALUE);
        Emit(Opcode.RESUME, isAwait ? 3 : 2);
        EmitJump(VirtualOp.JUMP_NO_INTERRUPT, start);
        UseNextBlock(exit);
    }

    /// <summary>addop_yield: an async generator wraps what it yields.</summary>
    private void AddYield()
    {
        if (_u.Scope.Generator && _u.Scope.Coroutine) Emit(Opcode.ASYNC_GEN_WRAP);
        Emit(Opcode.YIELD_VALUE);
        Emit(Opcode.RESUME, 1);
    }

    private void Yield(Yield e)
    {
        if (_u.Scope.Type != BlockType.Function) throw ErrorHere("'yield' outside function");
        if (e.Value is not null) Expression(e.Value);
        else LoadConst(NoneConstant.Instance);
        AddYield();
    }

    private void YieldFrom(YieldFrom e)
    {
        if (_u.Scope.Type != BlockType.Function) throw ErrorHere("'yield' outside function");
        if (_u.ScopeType == ScopeType.AsyncFunction) throw ErrorHere("'yield from' inside async function");
        Expression(e.Value);
        Emit(Opcode.GET_YIELD_FROM_ITER);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: false);
    }

    private void Await(Await e)
    {
        if (_u.Scope.Type != BlockType.Function) throw ErrorHere("'await' outside function");
        if (_u.ScopeType is not (ScopeType.AsyncFunction or ScopeType.Comprehension))
            throw ErrorHere("'await' outside async function");
        Expression(e.Value);
        Emit(Opcode.GET_AWAITABLE, 0);
        LoadConst(NoneConstant.Instance);
        AddYieldFrom(isAwait: true);
    }
}
