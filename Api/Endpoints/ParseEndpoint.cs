using Api.Contracts;
using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class ParseEndpoint
{
    public static void MapParse(this RouteGroupBuilder api) =>
        api.MapPost("/parse", async (ParseRequest request, IOptions<SourceOptions> options, StageRunner stages, CancellationToken aborted) =>
                RequestChecks.Source(request.Source, options.Value)
                ?? RequestChecks.Mode(request.Mode)
                ?? await stages.Run("parse", () => PythonPipeline.Parse(request.Source!, RequestChecks.Filename(request.Filename),
                    PythonPipeline.ModeNamed(request.Mode)!.Value), InternalError.Parse, aborted))
            .WithName("Parse")
            .WithSummary("Build the abstract syntax tree, as ast.parse(source, filename, mode) does")
            .WithDescription("Every node with its _type, its fields in _fields order and its position (UTF-8 byte columns); or the SyntaxError, IndentationError or TabError CPython raises, with its place.")
            .Produces<ParseAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
