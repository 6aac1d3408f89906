using Api.Health;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Api.Tests;

/// <summary>/health/live runs no check, /health/ready the checks tagged "ready", /health every check.</summary>
public class HealthEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("/health")]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task EachAnswersHealthy(string path)
    {
        var response = await (await factory.ReadyClient()).GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AFailingReadinessCheckFailsReadyAndHealthButNotLive()
    {
        using var app = WithFailingCheck(tags: [ServiceHealth.Ready]);
        var client = await app.ReadyClient();
        Assert.Equal(503, (int)(await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(503, (int)(await client.GetAsync("/health")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task AFailingUntaggedCheckFailsOnlyHealth()
    {
        using var app = WithFailingCheck(tags: []);
        var client = await app.ReadyClient();
        Assert.Equal(503, (int)(await client.GetAsync("/health")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/health/ready")).StatusCode);
        Assert.Equal(200, (int)(await client.GetAsync("/health/live")).StatusCode);
    }

    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithFailingCheck(string[] tags) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services
            .AddServiceHealthChecks()
            .AddCheck("down", () => HealthCheckResult.Unhealthy("down on purpose"), tags: tags)));
}
