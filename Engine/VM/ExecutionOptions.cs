using Engine.Runtime;

namespace Engine.VM;

/// <summary>How one program runs: its limits, its input, and whether every instruction is traced.</summary>
public sealed record ExecutionOptions
{
    /// <summary>Instructions the program may execute (an EXTENDED_ARG and its instruction count as one, as CPython traces them).</summary>
    public long MaxSteps { get; init; } = 1_000_000;

    /// <summary>Wall-clock time the program may run (checked every 1024 instructions).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Characters the program may write to stdout.</summary>
    public long MaxOutputChars { get; init; } = 64 * 1024;

    /// <summary>Memory the run may take: in a shared process, what it holds on the managed heap; in a
    /// sandbox worker of its own, what it adds to the worker's resident memory (see Engine.Runtime.MemoryBudget).</summary>
    public long MaxMemoryBytes { get; init; } = 64L << 20;

    /// <summary>Whether the run has its process to itself (a sandbox worker), which lets its memory be measured exactly.</summary>
    public MemoryIsolation MemoryIsolation { get; init; } = MemoryIsolation.SharedProcess;

    /// <summary>sys.getrecursionlimit(): Python frames are counted as CPython counts them under the oracle's harness.</summary>
    public int RecursionLimit { get; init; } = 1000;

    /// <summary>Record every instruction with the stack and locals after it.</summary>
    public bool Trace { get; init; }

    /// <summary>Steps the trace keeps; past this the run goes on untraced and the result says the trace was truncated.</summary>
    public int MaxTraceSteps { get; init; } = 100_000;

    /// <summary>The status of a run stopped by <paramref name="limit"/>, and the limit as the answer names it.</summary>
    public (ExecutionStatus Status, LimitInfo Limit) Stopped(ResourceLimit limit) => limit switch
    {
        ResourceLimit.Steps => (ExecutionStatus.StepLimitExceeded, new LimitInfo("max_steps", MaxSteps)),
        ResourceLimit.Time => (ExecutionStatus.TimeLimitExceeded, new LimitInfo("timeout_ms", (long)Timeout.TotalMilliseconds)),
        ResourceLimit.Memory => (ExecutionStatus.MemoryLimitExceeded, new LimitInfo("max_memory_bytes", MaxMemoryBytes)),
        _ => (ExecutionStatus.OutputLimitExceeded, new LimitInfo("max_output_chars", MaxOutputChars)),
    };

    /// <summary>How often the interpreter finds a code object where compiled code could take over
    /// (a call, a return, a backward jump) before it compiles it to IL (the second tier): 0 compiles
    /// at once, a negative number never. A traced run never runs compiled code.</summary>
    public int Tier2Threshold { get; init; } = 64;

    /// <summary>What input() reads, line by line.</summary>
    public string Stdin { get; init; } = "";
}
