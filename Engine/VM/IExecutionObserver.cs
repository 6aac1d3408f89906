namespace Engine.VM;

/// <summary>
/// Watches a run instruction by instruction. The interpreter calls it only when one is attached
/// (one predictable branch per instruction otherwise).
/// </summary>
public interface IExecutionObserver
{
    /// <summary>Before the instruction at <paramref name="offset"/> runs in <paramref name="frame"/>
    /// (the frame's stack is then the state after its previous instruction). An EXTENDED_ARG
    /// prefix and its instruction are reported once, as the EXTENDED_ARG, as CPython does.</summary>
    void OnInstruction(Frame frame, int offset, int opcode, int arg);

    /// <summary>The frame returned, or an exception left it.</summary>
    void OnFrameExit(Frame frame);

    /// <summary>Set by the interpreter while it reports an event so deep in the recursion that the
    /// oracle's tracer, running above the frame, could not call repr (every repr then fails).</summary>
    bool ReprsFail { set; }

    /// <summary>Drops the frame's step waiting for its "after" state: it stays unsettled (null
    /// locals), as when the oracle's tracer died settling it.</summary>
    void Abandon(Frame frame);
}
