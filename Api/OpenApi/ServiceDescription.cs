using System.Globalization;
using Api.Options;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Api.OpenApi;

/// <summary>Titles and describes the OpenAPI document as the service, with the limits this server is configured with.</summary>
internal sealed class ServiceDescription(
    IOptions<SourceOptions> source, IOptions<ExecutionLimitsOptions> execution, IOptions<RateLimitingOptions> rateLimiting)
    : IOpenApiDocumentTransformer
{
    public const string Title = "Python compilation service";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = Title, Version = "v1", Description = Describe() };
        return Task.CompletedTask;
    }

    private string Describe()
    {
        var runs = execution.Value;
        var clients = rateLimiting.Value;
        var perClient = clients.Enabled
            ? $"Each client address may send {Number(clients.PermitsPerSecond)} requests a second to `/api/v1`, in bursts of up to " +
              $"{clients.Burst}; up to {clients.QueueLimit} more wait for their turn. "
            : "";
        return $$"""
            Shows what CPython 3.11 does with a program, one stage at a time. Each stage is a `POST` of
            `{"source": "..."}` (JSON) and answers what CPython gives, as JSON:

            - **tokenize**: the tokens `tokenize.generate_tokens` gives;
            - **parse**: the abstract syntax tree `ast.parse` gives;
            - **compile**: the code objects `compile(source, filename, 'exec')` gives, and the text `dis.dis` prints;
            - **execute**: the program run in a sandboxed virtual machine (no files, network, processes or imports):
              stdout, the uncaught exception with its traceback, and a trace of every instruction with the value
              stack and the locals after it.

            **.pyc files.** `compile` with `"format": "pyc"` answers with the CPython 3.11 `.pyc` file itself
            (`application/x-python-code`), which `python3 file.pyc` runs; `compile` and `execute` take `"pyc"`
            (a `.pyc` file, base64) in place of `"source"`. A `.pyc` that is not CPython 3.11's (its magic number
            says which Python it is for), or is malformed, is a `400`.

            **Errors.** A problem in the program (a syntax error, an exception) is a normal `200` answer that
            describes CPython's error. A malformed request (not JSON, no `source`, a wrong type, a limit out of
            range) is `400`, and a source over {{Number(source.Value.MaxSourceChars)}} characters is `413`, both
            as `application/problem+json`.

            **Limits.** Each run has a step, time, output, memory and recursion limit (by default
            {{Number(runs.Defaults.MaxSteps)}} steps, {{Number(runs.Defaults.TimeoutMs)}} ms,
            {{Number(runs.Defaults.MaxOutputChars)}} characters of output, {{Number(runs.Defaults.MaxMemoryBytes)}} bytes,
            {{Number(runs.Defaults.RecursionLimit)}} frames); a request may set its own in `limits`, up to the
            server's maximums. A run stopped by a limit answers with that limit's status and everything up to
            that point. At most {{runs.MaxConcurrentRuns}} programs run at once and {{runs.MaxQueuedRuns}} wait.
            {{perClient}}A request refused by one of these limits is answered `429` with a `Retry-After` header
            (seconds) and a problem body saying which limit it hit.
            """;
    }

    private static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
