using System.Text.Json.Serialization;
using Engine.Diagnostics;
using Engine.Runtime;
using Engine.VM;

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
    ExceptionInfo? Exception,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? Steps,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TraceStep>? Trace,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? TraceTruncated,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] LimitInfo? Limit,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SourceError? Error)
{
    public static ExecuteAnswer SyntaxError(SourceError error) => new("syntax_error", null, null, null, null, null, null, error);

    /// <summary>A run stopped by a limit outside the VM (the sandbox's own watchdogs), with nothing kept.</summary>
    public static ExecuteAnswer Stopped(ResourceLimit limit, ExecutionOptions options)
    {
        var (status, info) = options.Stopped(limit);
        return new(status.ToContractName(), "", null, 0, null, null, info, null);
    }

    public static ExecuteAnswer From(ExecutionResult run) => new(
        run.StatusName, run.Stdout, run.Exception, run.Steps, run.Trace,
        run.Trace is null && !run.TraceStreamed ? null : run.TraceTruncated, run.Limit, null);
}
