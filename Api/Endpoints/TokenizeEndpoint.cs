using Api.Contracts;
using Api.Options;
using Engine.Pipeline;
using Microsoft.Extensions.Options;

namespace Api.Endpoints;

public static class TokenizeEndpoint
{
    public static void MapTokenize(this RouteGroupBuilder api) =>
        api.MapPost("/tokenize", async (SourceRequest request, IOptions<SourceOptions> options, StageRunner stages, CancellationToken aborted) =>
                RequestChecks.Source(request.Source, options.Value)
                ?? await stages.Run("tokenize", () => PythonPipeline.Tokenize(request.Source!), InternalError.Tokenize, aborted,
                    recursive: false, writeJson: TokenizeJson.Write))
            .WithName("Tokenize")
            .WithSummary("Cut a program into tokens, as tokenize.generate_tokens does")
            .WithDescription("Every token with its type, exact type, text, start and end (row, column in code points) and line; or the TokenError / IndentationError CPython's tokenize raises.")
            .Produces<TokenizeAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
