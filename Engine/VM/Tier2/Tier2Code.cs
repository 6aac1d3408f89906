using Engine.Runtime;

namespace Engine.VM.Tier2;

/// <summary>Runs <paramref name="f"/> from <paramref name="startPc"/> until an instruction the
/// compiled code hands back to the interpreter, leaving <see cref="Frame.Pc"/> and
/// <see cref="Frame.Sp"/> there; an exception leaves <see cref="Frame.LastI"/> at its instruction.</summary>
internal delegate void CompiledFrame(Interpreter vm, Frame f, int startPc);

/// <summary>
/// A code object compiled to .NET IL (the second tier): the bytecode's own instructions, each
/// laid out once with its operands as constants, over the same frame slots the interpreter uses.
/// It keeps what the interpreter needs to take over at any point: where it may enter, the stack
/// depth at each instruction, and how many steps of an instruction's block were counted ahead.
/// </summary>
internal sealed class Tier2Code(CompiledFrame run, bool[] entry, short[] depthAt, short[] remainingAfter)
{
    public CompiledFrame Run { get; } = run;

    private long _entries, _steps;

    /// <summary>Counts an entry from the loop that ran <paramref name="steps"/> steps; true when the
    /// last 1024 entries ran fewer than 6 steps each on average: entered only to hand back at once,
    /// the compiled code is not worth entering. (A window, not the whole history: the first entries,
    /// while the functions it calls are not compiled yet, hand back early.)</summary>
    public bool Ran(long steps)
    {
        _steps += steps;
        if (++_entries < 1024) return false;
        var few = _steps < 6 * _entries;
        _entries = _steps = 0;
        return few;
    }

    /// <summary>Whether the compiled code can start at byte offset <paramref name="pc"/> (a block's start).</summary>
    public bool IsEntry(int pc) => (uint)(pc >> 1) < (uint)entry.Length && entry[pc >> 1];

    /// <summary>Whether the compiled code can take the frame over at <paramref name="pc"/> with
    /// <paramref name="sp"/> items on its stack: a block's start, at the depth it was compiled for.</summary>
    public bool CanEnter(int pc, int sp) => IsEntry(pc) && depthAt[pc >> 1] == sp;

    /// <summary>
    /// After an exception left the compiled code at <see cref="Frame.LastI"/>: the steps of the
    /// instructions after it in its block, counted when the block began, are given back (the
    /// interpreter counts an instruction when it starts it, and no later one started), and the
    /// frame's stack depth is the instruction's, its operands still on the stack for the unwinding.
    /// </summary>
    public long Settle(Frame f)
    {
        var unit = f.LastI >> 1;
        f.Sp = depthAt[unit];
        return remainingAfter[unit];
    }
}
