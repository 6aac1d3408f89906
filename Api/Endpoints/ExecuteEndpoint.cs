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
                var streamed = WantsStream(http.Request);
                var limits = Resolve(request.Limits, execution.Value, streamed, out var invalid);
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
                var run = new RunRequest(request.Source ?? "", RequestChecks.Filename(request.Filename), settings, pyc, streamed);
                var result = await sandbox.RunAsync(run, summary =>
                {
                    if (summary is not null) logger.LogInformation("Run ended {RunStatus} after {RunSteps} steps", summary.Status, summary.Steps);
                    if (!http.Response.HasStarted)
                    {
                        http.Response.StatusCode = StatusCodes.Status200OK;
                        http.Response.ContentType = streamed ? StreamedAnswer.MediaType : "application/json; charset=utf-8";
                    }
                    return http.Response.Body;
                }, aborted);
                switch (result.Outcome)
                {
                    case SandboxOutcome.Answered:
                        logger.LogWarning("Run stopped by the sandbox: {RunStatus}", result.Answer!.Status);
                        if (!streamed) return TypedResults.Ok(result.Answer);
                        // The steps streamed so far stand; the end line says how the run was stopped.
                        if (!http.Response.HasStarted)
                        {
                            http.Response.StatusCode = StatusCodes.Status200OK;
                            http.Response.ContentType = StreamedAnswer.MediaType;
                        }
                        await http.Response.Body.WriteAsync(StreamedAnswer.EndLine(result.Answer), aborted);
                        return Results.Empty;
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
                "With \"pyc\" (a CPython 3.11 .pyc file, base64) in place of \"source\", the .pyc's code object runs, traced as usual; a .pyc that cannot be read is a 400. " +
                "Streamed answer: with `Accept: application/x-ndjson`, the answer is one JSON object per line, written as the program runs: each trace step as its own line, " +
                "the same object as in the buffered answer's \"trace\" array with one key put first, \"index\" (the step's place in that array: steps come as their state after the instruction is known, " +
                "so a CALL's step comes after its callee's steps), then a last line with \"kind\": \"end\" first and the rest of the buffered answer (status, stdout, exception, steps, trace_truncated, limit, error; no trace). " +
                "Nothing of the trace is held by the server, so max_trace_steps may go up to max_steps' maximum; it still bounds the step lines, past it the run goes on untraced. " +
                "When the client goes away, the run stops.")
            .Produces<ExecuteAnswer>()
            .Produces(StatusCodes.Status200OK, contentType: StreamedAnswer.MediaType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    /// <summary>Whether the client asks for the streamed answer (Accept: application/x-ndjson).</summary>
    private static bool WantsStream(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(StreamedAnswer.MediaType, StringComparison.OrdinalIgnoreCase));

    /// <summary>The request's limits over the configured defaults; each must lie in 1..maximum. A streamed
    /// trace is not held anywhere, so its steps are bounded by the steps a run may take, not by the trace's maximum.</summary>
    private static RunLimits Resolve(LimitsRequest? asked, ExecutionLimitsOptions options, bool streamed, out Dictionary<string, string[]>? invalid)
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
            MaxTraceSteps = Pick("max_trace_steps", asked?.MaxTraceSteps, defaults.MaxTraceSteps, streamed ? Math.Max(max.MaxTraceSteps, max.MaxSteps) : max.MaxTraceSteps),
        };
        invalid = errors.Count > 0 ? errors : null;
        return limits;
    }
}
