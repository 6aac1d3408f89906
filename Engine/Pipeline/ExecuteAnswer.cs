using System.Text.Json.Serialization;
using Engine.Diagnostics;

namespace Engine.Pipeline;

/// <summary>
/// The execute stage's answer. <see cref="Status"/> is ok, error, syntax_error or the name of
/// the limit that stopped the run (step_limit_exceeded, time_limit_exceeded,
/// memory_limit_exceeded, output_limit_exceeded); <see cref="Limit"/> then says which limit and
/// its value. Everything up to the stop is kept: stdout, steps and the trace so far.
/// </summary>
public sealed record ExecuteAnswer(
    string Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Stdout,
    ExceptionAnswer? Exception,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TraceStepAnswer>? Trace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? TraceTruncated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LimitAnswer? Limit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SourceError? Error);

/// <summary>An uncaught exception: its class name, str(exception), and the traceback, outermost frame first.</summary>
public sealed record ExceptionAnswer(string Type, string Message, IReadOnlyList<TracebackAnswer> Traceback);

public sealed record TracebackAnswer(string Name, int? Line);

/// <summary>The limit that stopped a run: its request name (max_steps, timeout_ms, ...) and value.</summary>
public sealed record LimitAnswer(string Name, long Value);

/// <summary>One executed instruction, with the value stack (bottom first) and the locals after it ran.</summary>
public sealed record TraceStepAnswer(
    string Code, int Offset, string Opname, int? Arg, string Argrepr, int? Line,
    IReadOnlyList<string> Stack, IReadOnlyDictionary<string, string> Locals);
