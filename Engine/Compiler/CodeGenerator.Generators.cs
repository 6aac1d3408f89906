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
        _u.Current.Instrs.Add(new Instr((int)Opcode.SEND, 0, _u.Loc, exit));
        UseNextBlock(resume);
        Emit(Opcode.YIELD_VALUE);
        Emit(Opcode.RESUME, isAwait ? 3 : 2);
        LoadConst(NoneConstant.Instance);
        EmitJump(VirtualOp.JUMP_NO_INTERRUPT, start);
        UseNextBlock(exit);
    }
}
