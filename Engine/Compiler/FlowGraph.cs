using Engine.Bytecode;

namespace Engine.Compiler;

/// <summary>An instruction's source span while compiling; <see cref="None"/> marks an artificial
/// instruction whose location the flow-graph passes fill in (CPython's UNSET_LOC, lineno -1).</summary>
internal readonly record struct Location(int Line, int EndLine, int Col, int EndCol)
{
    public static readonly Location None = new(-1, -1, -1, -1);
    public bool IsSet => Line >= 0;

    /// <summary>The position co_positions() gives back from the location table: an entry without
    /// columns whose end line is unknown (a line set by guarantee_lineno_for_exits) is written in
    /// the no-column form, which reads back as ending on its own line.</summary>
    public SourcePosition ToPosition()
    {
        if (!IsSet) return SourcePosition.None;
        var noColumns = Col < 0 || EndCol < 0;
        var endLine = EndLine < 0 && noColumns ? Line : EndLine;
        return new SourcePosition(Line, endLine < 0 ? null : endLine, Col < 0 ? null : Col, EndCol < 0 ? null : EndCol);
    }
}

/// <summary>
/// The compiler's opcodes: every real 3.11 opcode by its number, plus CPython's virtual jumps,
/// which the assembler turns into their forward or backward forms once blocks are laid out, and
/// its exception-handling pseudo-instructions: SETUP_FINALLY, SETUP_CLEANUP and SETUP_WITH push
/// a handler (their target) for the code that follows, POP_BLOCK pops it. They only serve to
/// build the exception table and become NOPs before the code is laid out.
/// </summary>
internal static class VirtualOp
{
    public const int JUMP = 256, JUMP_NO_INTERRUPT = 257,
        POP_JUMP_IF_FALSE = 258, POP_JUMP_IF_TRUE = 259, POP_JUMP_IF_NONE = 260, POP_JUMP_IF_NOT_NONE = 261,
        SETUP_FINALLY = 262, SETUP_CLEANUP = 263, SETUP_WITH = 264, POP_BLOCK = 265;

    public static bool IsUnconditionalJump(int op) =>
        op is JUMP or JUMP_NO_INTERRUPT || op == (int)Opcode.JUMP_FORWARD || op == (int)Opcode.JUMP_BACKWARD;

    /// <summary>is_jump: the virtual jumps and the real jump opcodes; not the block pushes, whose
    /// target is only reached through an exception.</summary>
    public static bool IsJump(int op) => op >= 256
        ? op <= POP_JUMP_IF_NOT_NONE
        : OpcodeTable.Get((Opcode)op).Jump != JumpKind.None;

    /// <summary>is_block_push: the instructions that push an exception handler.</summary>
    public static bool IsBlockPush(int op) => op is SETUP_FINALLY or SETUP_CLEANUP or SETUP_WITH;

    public static bool IsExit(int op) =>
        op is (int)Opcode.RETURN_VALUE or (int)Opcode.RAISE_VARARGS or (int)Opcode.RERAISE;

    public static string Name(int op) => op switch
    {
        JUMP => "JUMP", JUMP_NO_INTERRUPT => "JUMP_NO_INTERRUPT",
        POP_JUMP_IF_FALSE => "POP_JUMP_IF_FALSE", POP_JUMP_IF_TRUE => "POP_JUMP_IF_TRUE",
        POP_JUMP_IF_NONE => "POP_JUMP_IF_NONE", POP_JUMP_IF_NOT_NONE => "POP_JUMP_IF_NOT_NONE",
        SETUP_FINALLY => "SETUP_FINALLY", SETUP_CLEANUP => "SETUP_CLEANUP", SETUP_WITH => "SETUP_WITH",
        POP_BLOCK => "POP_BLOCK",
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

    /// <summary>The handler an exception raised here goes to (i_except), set by label_exception_targets.</summary>
    public BasicBlock? Except { get; set; }

    public bool IsJump => VirtualOp.IsJump(Op);
    public bool IsBlockPush => VirtualOp.IsBlockPush(Op);
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

    /// <summary>b_preserve_lasti: a handler pushed by SETUP_CLEANUP or SETUP_WITH, which finds the
    /// offset of the raising instruction on the stack under the exception.</summary>
    public bool PreserveLasti { get; set; }

    /// <summary>b_exceptstack: the handlers active where the block starts, while label_exception_targets runs.</summary>
    public ExceptStack? ExceptStack { get; set; }

    public Instr? Last => Instrs.Count > 0 ? Instrs[^1] : null;
    public bool NoFallthrough => Last is { } last && (VirtualOp.IsUnconditionalJump(last.Op) || VirtualOp.IsExit(last.Op));
    public bool IsExit => Last is { } last && VirtualOp.IsExit(last.Op);
    public override string ToString() => $"B{Id}[{string.Join("; ", Instrs)}]";
}

/// <summary>CPython's ExceptStack: the handlers in force, innermost last; slot 0 is "no handler".</summary>
internal sealed class ExceptStack
{
    private readonly List<BasicBlock?> _handlers;

    public ExceptStack() => _handlers = [null];
    private ExceptStack(List<BasicBlock?> handlers) => _handlers = handlers;

    public BasicBlock? Top => _handlers[^1];
    public ExceptStack Copy() => new([.. _handlers]);

    /// <summary>push_except_block: a cleanup or with handler also gets lasti pushed.</summary>
    public BasicBlock Push(Instr setup)
    {
        var target = setup.Target!;
        if (setup.Op is VirtualOp.SETUP_WITH or VirtualOp.SETUP_CLEANUP) target.PreserveLasti = true;
        _handlers.Add(target);
        return target;
    }

    public BasicBlock? Pop()
    {
        _handlers.RemoveAt(_handlers.Count - 1);
        return Top;
    }
}
