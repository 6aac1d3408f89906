using Api.Contracts;
using Api.Options;
using Api.RateLimiting;
using Engine.Pipeline;
using Engine.Sandbox;
using Engine.VM;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class ExecuteEndpoint
{
    /// <summary>Seconds a client is asked to wait (Retry-After) when every worker is busy and the queue is full.</summary>
    private const int RetryAfterSeconds = 1;

    public static void MapExecute(this RouteGroupBuilder api) =>
        api.MapPost("/execute", async (ExecuteRequest request, HttpContext http, WorkerPool sandbox, IOptions<SourceOptions> source,
                IOptions<ExecutionLimitsOptions> execution, ILogger<Program> logger, CancellationToken aborted) =>
            {
                if (PycRequests.SourceOrPyc(request.Source, request.Pyc, source.Value, out var pyc) is { } problem) return problem;
                // A bad .pyc is the client's mistake (400), found here rather than in a worker.
                if (pyc is not null && (await PycRequests.ReadAsync(pyc)).Problem is { } bad) return bad;
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
                var run = new RunRequest(request.Source ?? "", RequestChecks.Filename(request.Filename), settings, pyc);
                var result = await sandbox.RunAsync(run, summary =>
                {
                    logger.LogInformation("Run ended {RunStatus} after {RunSteps} steps", summary.Status, summary.Steps);
                    http.Response.StatusCode = StatusCodes.Status200OK;
                    http.Response.ContentType = "application/json; charset=utf-8";
                    return http.Response.Body;
                }, aborted);
                switch (result.Outcome)
                {
                    case SandboxOutcome.Answered:
                        logger.LogWarning("Run stopped by the sandbox: {RunStatus}", result.Answer!.Status);
                        return TypedResults.Ok(result.Answer);
                    case SandboxOutcome.Rejected:
                        return RejectedRequests.TooMany(http, RetryAfterSeconds,
                            $"As many programs as this server allows are running at once and waiting to run. Retry after {RetryAfterSeconds} s.");
                    case SandboxOutcome.Unavailable:
                        http.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                        return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "No worker process is available.",
                            detail: "The sandbox could not give the program a worker in time; try again shortly.");
                    case SandboxOutcome.Broken:
                        // The answer broke off after it began: a cut connection says so more plainly than truncated JSON.
                        http.Abort();
                        return Results.Empty;
                    default:
                        return Results.Empty; // streamed, or the client is gone
                }
            })
            .WithName("Execute")
            .WithSummary("Run the program in the sandboxed VM and trace every instruction")
            .WithDescription("stdout, the uncaught exception with its traceback, the number of instructions run, and (trace: true, the default) every instruction with the value stack and the locals after it. A run stopped by a limit answers with that limit's status and everything up to that point. Each run has a worker process of its own, whose memory the run's max_memory_bytes bounds. " +
                "With \"pyc\" (a CPython 3.11 .pyc file, base64) in place of \"source\", the .pyc's code object runs, traced as usual; a .pyc that cannot be read is a 400.")
            .Produces<ExecuteAnswer>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

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
