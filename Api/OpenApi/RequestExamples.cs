using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Api.OpenApi;

/// <summary>Puts a worked example request on each stage's operation, so Swagger UI's "Try it out" starts from one.</summary>
internal sealed class RequestExamples : IOpenApiOperationTransformer
{
    private const string Seed = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";

    private static readonly Dictionary<string, Func<JsonNode>> Examples = new()
    {
        ["Tokenize"] = () => new JsonObject { ["source"] = "x = 1 + 2  # sum\n" },
        ["Parse"] = () => new JsonObject { ["source"] = Seed, ["filename"] = "<string>" },
        ["Compile"] = () => new JsonObject { ["source"] = Seed, ["filename"] = "<string>" },
        ["Execute"] = () => new JsonObject
        {
            ["source"] = Seed,
            ["trace"] = true,
            ["limits"] = new JsonObject { ["max_steps"] = 10000, ["timeout_ms"] = 2000 },
            ["stdin"] = "",
        },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && Examples.TryGetValue(id, out var example)
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media))
        {
            media.Example = example();
        }
        return Task.CompletedTask;
    }
}
