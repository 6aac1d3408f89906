using Api.Contracts;
using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class CompileEndpoint
{
    public static void MapCompile(this RouteGroupBuilder api) =>
        api.MapPost("/compile", async (CompileRequest request, IOptions<SourceOptions> options, StageRunner stages, CancellationToken aborted) =>
            {
                if (PycRequests.SourceOrPyc(request.Source, request.Pyc, options.Value, out var pyc) is { } problem) return problem;
                if (request.Format is not (null or "json" or "pyc"))
                    return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown answer format.",
                        detail: $"\"format\" is \"json\" (the default) or \"pyc\"; it was \"{request.Format}\".");
                if ((RequestChecks.Mode(request.Mode) ?? RequestChecks.Optimize(request.Optimize)) is { } badOption) return badOption;
                var filename = RequestChecks.Filename(request.Filename);
                var mode = PythonPipeline.ModeNamed(request.Mode)!.Value;
                var optimize = request.Optimize ?? 0;
                if (pyc is not null)
                {
                    var (code, bad) = await PycRequests.ReadAsync(pyc);
                    if (bad is not null) return bad;
                    if (request.Format == "pyc") return PycRequests.File(pyc, filename);
                    return await stages.Run("compile", () => PycPipeline.Show(code!, stages.MaxAnswerBytes), InternalError.Compile, aborted);
                }
                if (request.Format == "pyc")
                    return await stages.Run("compile", () => PycPipeline.Compile(request.Source!, filename, mode, optimize),
                        e => (null, InternalError.Compile(e)), aborted,
                        answer => answer.Pyc is { } bytes ? PycRequests.File(bytes, filename) : TypedResults.Ok(answer.Error));
                return await stages.Run("compile", () => PythonPipeline.Compile(request.Source!, filename, stages.MaxAnswerBytes, mode, optimize), InternalError.Compile, aborted);
            })
            .WithName("Compile")
            .WithSummary("Compile to CPython 3.11 bytecode, as compile(source, filename, mode, optimize=optimize) does")
            .WithDescription("The module's code object (names, constants, nested code objects, every instruction with its offset, argument, positions, and the exception table) and the text dis.dis prints; or the error CPython raises. " +
                "With \"format\": \"pyc\" the answer is the CPython 3.11 .pyc file itself (application/x-python-code; checked hash-based, so python3 recompiles it should the source beside it change). " +
                "With \"pyc\" (a .pyc file, base64) in place of \"source\", the answer shows that .pyc's code object; a .pyc that is not CPython 3.11's, or is malformed, is a 400.")
            .Produces<CompileAnswer>()
            .Produces(StatusCodes.Status200OK, contentType: PycRequests.MediaType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
