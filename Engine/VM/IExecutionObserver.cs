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
}
