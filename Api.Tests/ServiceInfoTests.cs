namespace Api.Tests;

public class ServiceInfoTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Fact]
    public async Task HealthIsHealthy()
    {
        var response = await (await factory.ReadyClient()).GetAsync("/health");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApiDocumentHasEveryStageWithAnExample()
    {
        var document = System.Text.Json.Nodes.JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        foreach (var stage in new[] { "tokenize", "parse", "compile", "execute" })
        {
            var post = document["paths"]!["/api/v1/" + stage]!["post"]!;
            // One example, or named ones (compile and execute add their .pyc forms) starting with the source form.
            var media = post["requestBody"]!["content"]!["application/json"]!;
            var example = media["example"] ?? media["examples"]!["source"]!["value"]!;
            Assert.False(string.IsNullOrEmpty((string?)example["source"]), stage + " has no example source");
        }
    }

    [Fact]
    public async Task ThePlaygroundIsServedAtTheRoot()
    {
        var client = factory.CreateClient();
        var html = await client.GetStringAsync("/");
        Assert.Contains("<textarea id=\"source\"", html);
        // relative URLs only, so the page works behind a proxy's path prefix
        Assert.DoesNotContain("href=\"/", html);
        Assert.DoesNotContain("src=\"/", html);
        Assert.Contains("import", await client.GetStringAsync("/js/main.js"));
    }

    [Fact]
    public async Task SwaggerUiIsServed()
    {
        var html = await factory.CreateClient().GetStringAsync("/swagger/index.html");
        Assert.Contains("swagger-ui", html);
    }
}
