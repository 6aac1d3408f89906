using System.Text.Json.Serialization;

namespace Engine.VM;

/// <summary>How a run ended.</summary>
public enum ExecutionStatus { Ok, Error, StepLimitExceeded, TimeLimitExceeded, MemoryLimitExceeded, OutputLimitExceeded }

public static class ExecutionStatusNames
{
    /// <summary>The contract's name: ok, error, step_limit_exceeded, ...</summary>
    public static string ToContractName(this ExecutionStatus status) => status switch
    {
        ExecutionStatus.Ok => "ok",
        ExecutionStatus.Error => "error",
        ExecutionStatus.StepLimitExceeded => "step_limit_exceeded",
        ExecutionStatus.TimeLimitExceeded => "time_limit_exceeded",
        ExecutionStatus.MemoryLimitExceeded => "memory_limit_exceeded",
        _ => "output_limit_exceeded",
    };
}

/// <summary>An uncaught exception: its class name, str(exception), and the traceback, outermost frame first;
/// <see cref="Formatted"/> is the text CPython prints for it on stderr (see <see cref="TracebackFormatter"/>).</summary>
public sealed record ExceptionInfo(string Type, string Message, IReadOnlyList<TracebackFrame> Traceback)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Formatted { get; init; }
}

/// <summary>One traceback entry: the frame's code qualname and the line it was executing.</summary>
public sealed record TracebackFrame(string Name, int? Line);

/// <summary>The limit that stopped a run, by its request name (max_steps, timeout_ms, max_memory_bytes, max_output_chars) and value.</summary>
public sealed record LimitInfo(string Name, long Value);

/// <summary>
/// What a run produced. A run stopped by a limit keeps everything up to the stop: the output
/// so far, the steps executed and the trace so far.
/// </summary>
public sealed record ExecutionResult(
    ExecutionStatus Status,
    string Stdout,
    ExceptionInfo? Exception,
    long Steps,
    IReadOnlyList<TraceStep>? Trace,
    bool TraceTruncated,
    LimitInfo? Limit)
{
    /// <summary>The trace was written out as the run went (<see cref="TraceStreamWriter"/>), not kept: <see cref="Trace"/> is null.</summary>
    public bool TraceStreamed { get; init; }

    public string StatusName => Status.ToContractName();
}

/// <summary>One executed instruction, with the value stack (bottom first) and the visible locals after it ran.</summary>
public sealed class TraceStep
{
    // Set by the recorder only (a streamed trace reuses its written steps' objects).
    public string Code { get; internal set; } = "";
    public int Offset { get; internal set; }
    public string Opname { get; internal set; } = "";
    public int? Arg { get; internal set; }
    public string Argrepr { get; internal set; } = "";
    public int? Line { get; internal set; }
    public IReadOnlyList<string> Stack { get; internal set; } = NoStack;
    /// <summary>Null when the step was never settled: the oracle's tracer died of a RecursionError
    /// while settling it (see <see cref="TraceRecorder"/>).</summary>
    public IReadOnlyDictionary<string, string>? Locals { get; internal set; } = NoLocals;

    /// <summary>The step's place in the trace (the streamed answer writes it with the step).</summary>
    internal long Index;

    /// <summary>A streamed step's fixed fields as its line writes them (TraceStreamWriter.HeadOf), shared by every run of its instruction.</summary>
    internal byte[]? Head;

    internal static readonly IReadOnlyDictionary<string, string> NoLocals = new Dictionary<string, string>();
    internal static readonly IReadOnlyList<string> NoStack = [];
}
