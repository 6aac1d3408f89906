using Engine.Bytecode;

namespace Engine.Compiler;

/// <summary>An instruction's source span while compiling; <see cref="None"/> marks an artificial
/// instruction whose location the flow-graph passes fill in (CPython's UNSET_LOC, lineno -1).</summary>
internal readonly record struct Location(int Line, int EndLine, int Col, int EndCol)
{
    public static readonly Location None = new(-1, -1, -1, -1);
    public bool IsSet => Line >= 0;

    public SourcePosition ToPosition() => !IsSet
        ? SourcePosition.None
        : new SourcePosition(Line, EndLine < 0 ? null : EndLine, Col < 0 ? null : Col, EndCol < 0 ? null : EndCol);
}

/// <summary>
/// The compiler's opcodes: every real 3.11 opcode by its number, plus CPython's virtual jumps,
/// which the assembler turns into their forward or backward forms once blocks are laid out.
/// </summary>
internal static class VirtualOp
{
    public const int JUMP = 256, JUMP_NO_INTERRUPT = 257,
        POP_JUMP_IF_FALSE = 258, POP_JUMP_IF_TRUE = 259, POP_JUMP_IF_NONE = 260, POP_JUMP_IF_NOT_NONE = 261;

    public static bool IsUnconditionalJump(int op) =>
        op is JUMP or JUMP_NO_INTERRUPT || op == (int)Opcode.JUMP_FORWARD || op == (int)Opcode.JUMP_BACKWARD;

    public static bool IsJump(int op) => op >= 256 || OpcodeTable.Get((Opcode)op).Jump != JumpKind.None;

    public static bool IsExit(int op) =>
        op is (int)Opcode.RETURN_VALUE or (int)Opcode.RAISE_VARARGS or (int)Opcode.RERAISE;

    public static string Name(int op) => op switch
    {
        JUMP => "JUMP", JUMP_NO_INTERRUPT => "JUMP_NO_INTERRUPT",
        POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        POP_JUMP_IF_NONE => "POP_JUMP_IF_NONE", POP_JUMP_IF_NOT_NONE => "POP_JUMP_IF_NOT_NONE",
        _ => ((Opcode)op).ToString(),
    };
}

/// <summary>One instruction of the flow graph (CPython's struct instr).</summary>
internal sealed class Instr(int op, int arg, Location loc, BasicBlock? target = null)
{
    public int Op { get; set; } = op;
    public int Arg { get; set; } = arg;
    public Location Loc { get; set; } = loc;
    public BasicBlock? Target { get; set; } = target;

    public bool IsJump => VirtualOp.IsJump(Op);
    public Instr Copy() => new(Op, Arg, Loc, Target);
    public override string ToString() => $"{VirtualOp.Name(Op)} {Arg} {Loc}";
}

/// <summary>A basic block: straight-line instructions, a jump only as the last one.</summary>
internal sealed class BasicBlock(int id)
{
    public int Id { get; } = id;
    public List<Instr> Instrs { get; } = [];

    /// <summary>The block laid out after this one (b_next), which it falls through to.</summary>
    public BasicBlock? Next { get; set; }

    public int Predecessors { get; set; }
    /// <summary>b_return: a RETURN_VALUE was emitted into this block.</summary>
    public bool Return { get; set; }
    public bool Visited { get; set; }
    public int Offset { get; set; }
    public int StartDepth { get; set; } = int.MinValue;

    public Instr? Last => Instrs.Count > 0 ? Instrs[^1] : null;
    public bool NoFallthrough => Last is { } last && (VirtualOp.IsUnconditionalJump(last.Op) || VirtualOp.IsExit(last.Op));
    public bool IsExit => Last is { } last && VirtualOp.IsExit(last.Op);
    public override string ToString() => $"B{Id}[{string.Join("; ", Instrs)}]";
}
