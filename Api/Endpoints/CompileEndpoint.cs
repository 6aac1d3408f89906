using Api.Contracts;
using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class CompileEndpoint
{
    public static void MapCompile(this RouteGroupBuilder api) =>
        api.MapPost("/compile", async (SourceRequest request, IOptions<SourceOptions> options, StageRunner stages, CancellationToken aborted) =>
                RequestChecks.Source(request.Source, options.Value)
                ?? await stages.Run("compile", () => PythonPipeline.Compile(request.Source!, RequestChecks.Filename(request.Filename), stages.MaxAnswerBytes), InternalError.Compile, aborted))
            .WithName("Compile")
            .WithSummary("Compile to CPython 3.11 bytecode, as compile(source, filename, 'exec') does")
            .WithDescription("The module's code object (names, constants, nested code objects, every instruction with its offset, argument, positions, and the exception table) and the text dis.dis prints; or the error CPython raises.")
            .Produces<CompileAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
