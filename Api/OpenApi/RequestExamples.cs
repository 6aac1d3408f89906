using System.Text.Json.Nodes;
using Engine.Pipeline;
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

    /// <summary>The seed program's .pyc, base64 (written by this service: a checked hash-based .pyc).</summary>
    private static readonly Lazy<string> SeedPyc = new(() =>
        PycPipeline.Compile(Seed, "seed.py").Pyc is { } pyc ? Convert.ToBase64String(pyc) : "");

    /// <summary>Further named examples: the .pyc forms of compile and execute.</summary>
    private static readonly Dictionary<string, Func<Dictionary<string, JsonNode>>> MoreExamples = new()
    {
        ["Compile"] = () => new()
        {
            ["pyc_out"] = new JsonObject { ["source"] = Seed, ["filename"] = "seed.py", ["format"] = "pyc" },
            ["pyc_in"] = new JsonObject { ["pyc"] = SeedPyc.Value },
        },
        ["Execute"] = () => new()
        {
            ["pyc_in"] = new JsonObject { ["pyc"] = SeedPyc.Value, ["trace"] = false },
        },
    };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.OperationId is { } id && Examples.TryGetValue(id, out var example)
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media))
        {
            if (MoreExamples.TryGetValue(id, out var more))
            {
                // Named examples replace the single one: the source form first, then the .pyc forms.
                media.Examples = new Dictionary<string, IOpenApiExample> { ["source"] = new OpenApiExample { Value = example() } };
                foreach (var (name, value) in more())
                    media.Examples[name] = new OpenApiExample { Summary = name == "pyc_out" ? "Answer with the .pyc file" : "Run or show a .pyc (base64)", Value = value };
            }
            else media.Example = example();
        }
        return Task.CompletedTask;
    }
}
