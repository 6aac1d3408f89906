using System.Text.Json.Nodes;

namespace Api.Tests;

/// <summary>The OpenAPI document names and describes the service, with this server's limits.</summary>
public class OpenApiDescriptionTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private async Task<JsonNode> Document() =>
        JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;

    [Fact]
    public async Task TitleAndVersionAreTheService()
    {
        var info = (await Document())["info"]!;
        Assert.Equal("Python compilation service", (string?)info["title"]);
        Assert.Equal("v1", (string?)info["version"]);
    }

    [Fact]
    public async Task DescriptionTellsTheStagesLimitsAndErrors()
    {
        var description = (string?)(await Document())["info"]!["description"] ?? "";
        foreach (var word in new[] { "tokenize", "parse", "compile", "execute", "`400`", "`413`", "`429`", "Retry-After" })
            Assert.Contains(word, description);
        // the configured source limit (ServiceFactory's), not a constant
        Assert.Contains($"{ServiceFactory.MaxSourceChars:#,0} characters", description);
    }

    [Fact]
    public async Task EveryStageDocumentsTheRateLimitAnswer()
    {
        var paths = (await Document())["paths"]!;
        foreach (var stage in new[] { "tokenize", "parse", "compile", "execute" })
            Assert.NotNull(paths["/api/v1/" + stage]!["post"]!["responses"]!["429"]);
    }
}
