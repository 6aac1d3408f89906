using Api.Contracts;
using Api.Options;
using Engine.Pipeline;
using Engine.VM;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class ExecuteEndpoint
{
    /// <summary>The rate-limiter policy that bounds how many programs run at once.</summary>
    public const string RunsPolicy = "runs";

    public static void MapExecute(this RouteGroupBuilder api) =>
        api.MapPost("/execute", async (ExecuteRequest request, IOptions<SourceOptions> source,
                IOptions<ExecutionLimitsOptions> execution, ILogger<Program> logger, CancellationToken aborted) =>
            {
                if (RequestChecks.Source(request.Source, source.Value) is { } problem) return problem;
                var limits = Resolve(request.Limits, execution.Value, out var invalid);
                if (invalid is not null)
                    return Results.ValidationProblem(invalid, title: "A limit is out of range.");
                var settings = new ExecutionOptions
                {
                    Trace = request.Trace ?? true,
                    Stdin = request.Stdin ?? "",
                    MaxSteps = limits.MaxSteps,
                    Timeout = TimeSpan.FromMilliseconds(limits.TimeoutMs),
                    MaxOutputChars = limits.MaxOutputChars,
                    MaxMemoryBytes = limits.MaxMemoryBytes,
                    RecursionLimit = limits.RecursionLimit,
                    MaxTraceSteps = limits.MaxTraceSteps,
                };
                return await StageRunner.Run("execute",
                    () => PythonPipeline.Execute(request.Source!, RequestChecks.Filename(request.Filename), settings, aborted),
                    InternalError.Execute, logger);
            })
            .RequireRateLimiting(RunsPolicy)
            .WithName("Execute")
            .WithSummary("Run the program in the sandboxed VM and trace every instruction")
            .WithDescription("stdout, the uncaught exception with its traceback, the number of instructions run, and (trace: true, the default) every instruction with the value stack and the locals after it. A run stopped by a limit answers with that limit's status and everything up to that point.")
            .Produces<ExecuteAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    /// <summary>The request's limits over the configured defaults; each must lie in 1..maximum.</summary>
    private static RunLimits Resolve(LimitsRequest? asked, ExecutionLimitsOptions options, out Dictionary<string, string[]>? invalid)
    {
        var defaults = options.Defaults;
        var max = options.Maximums;
        var errors = new Dictionary<string, string[]>();

        T Pick<T>(string name, T? value, T fallback, T maximum) where T : struct, IComparable<T>
        {
            if (value is not { } v) return fallback;
            if (v.CompareTo(default) <= 0 || v.CompareTo(maximum) > 0)
                errors["limits." + name] = [$"{name} must be between 1 and {maximum}; it was {v}."];
            return v;
        }

        var limits = new RunLimits
        {
            MaxSteps = Pick("max_steps", asked?.MaxSteps, defaults.MaxSteps, max.MaxSteps),
            TimeoutMs = Pick("timeout_ms", asked?.TimeoutMs, defaults.TimeoutMs, max.TimeoutMs),
            MaxOutputChars = Pick("max_output_chars", asked?.MaxOutputChars, defaults.MaxOutputChars, max.MaxOutputChars),
            MaxMemoryBytes = Pick("max_memory_bytes", asked?.MaxMemoryBytes, defaults.MaxMemoryBytes, max.MaxMemoryBytes),
            RecursionLimit = Pick("recursion_limit", asked?.RecursionLimit, defaults.RecursionLimit, max.RecursionLimit),
            MaxTraceSteps = Pick("max_trace_steps", asked?.MaxTraceSteps, defaults.MaxTraceSteps, max.MaxTraceSteps),
        };
        invalid = errors.Count > 0 ? errors : null;
        return limits;
    }
}
