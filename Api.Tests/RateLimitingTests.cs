using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Api.Tests;

/// <summary>
/// The per-client limit on /api/v1 and the answer to any refused request: 429, Retry-After, a
/// problem body. A bucket of 2 that refills once in 1000 s makes the third request the refused one.
/// </summary>
public class RateLimitingTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Tokenize = "/api/v1/tokenize";
    private static readonly object Source = new { source = "x = 1\n" };

    private WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        factory.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings) builder.UseSetting(key, value);
        });

    private WebApplicationFactory<Program> Tiny() => WithSettings(
        ("RateLimiting:PermitsPerSecond", "0.001"), ("RateLimiting:Burst", "2"), ("RateLimiting:QueueLimit", "0"));

    [Fact]
    public async Task AClientOverItsLimitIsAnswered429WithRetryAfterAndAProblem()
    {
        using var app = Tiny();
        var client = app.CreateClient();
        for (var i = 0; i < 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(Tokenize, Source)).StatusCode);

        using var refused = await client.PostAsJsonAsync(Tokenize, Source);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = Assert.Single(refused.Headers.GetValues("Retry-After"));
        // the bucket refills one token in 1000 s: the limiter's estimate, rounded up to whole seconds
        Assert.InRange(int.Parse(retryAfter), 900, 1000);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(429, (int)problem["status"]!);
        Assert.Contains("more requests than the service accepts from one address", (string)problem["detail"]!);
    }

    [Fact]
    public async Task TheLimitIsPerClientAndCoversEveryStage()
    {
        using var app = Tiny().WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddress>()));
        var client = app.CreateClient();
        Assert.Equal(200, await Post(client, "10.0.0.1", "/api/v1/parse"));
        Assert.Equal(200, await Post(client, "10.0.0.1", "/api/v1/compile"));
        Assert.Equal(429, await Post(client, "10.0.0.1", "/api/v1/execute"));
        // the same client over IPv6 (an IPv4-mapped address) shares the bucket
        Assert.Equal(429, await Post(client, "::ffff:10.0.0.1", Tokenize));
        // another client has its own
        Assert.Equal(200, await Post(client, "10.0.0.2", Tokenize));
        Assert.Equal(200, await Post(client, "2001:db8::2", Tokenize));
    }

    [Fact]
    public async Task HealthAndTheDocumentsAreNotLimited()
    {
        using var app = Tiny();
        var client = await app.ReadyClient();
        for (var i = 0; i < 3; i++) await client.PostAsJsonAsync(Tokenize, Source);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.PostAsJsonAsync(Tokenize, Source)).StatusCode);
        foreach (var path in new[] { "/health", "/health/live", "/health/ready", "/openapi/v1.json", "/swagger/index.html" })
            for (var i = 0; i < 3; i++)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task DisabledLetsEveryRequestThrough()
    {
        using var app = WithSettings(("RateLimiting:Enabled", "false"), ("RateLimiting:PermitsPerSecond", "0.001"),
            ("RateLimiting:Burst", "1"), ("RateLimiting:QueueLimit", "0"));
        var client = app.CreateClient();
        for (var i = 0; i < 4; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(Tokenize, Source)).StatusCode);
    }

    [Fact]
    public async Task AQueuedRequestWaitsForItsTokenInsteadOfBeingRefused()
    {
        // 20 a second, a bucket of 1, one may wait: sequential requests are slowed, never refused
        using var app = WithSettings(("RateLimiting:PermitsPerSecond", "20"), ("RateLimiting:Burst", "1"), ("RateLimiting:QueueLimit", "1"));
        var client = app.CreateClient();
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(Tokenize, Source)).StatusCode);
    }

    [Fact]
    public void AnInvalidSettingStopsTheServiceFromStarting()
    {
        using var app = WithSettings(("RateLimiting:PermitsPerSecond", "0"));
        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());
        Assert.Contains("PermitsPerSecond", error.Message);
    }

    [Fact]
    public async Task AFullRunQueueRefusesWithTheSameAnswer()
    {
        // one program at a time and none waiting: of two overlapping runs, one is refused
        using var app = WithSettings(("Execution:MaxConcurrentRuns", "1"), ("Execution:MaxQueuedRuns", "0"));
        var client = app.CreateClient();
        var loop = new { source = ExecuteEndpointTests.RunawayLoop, trace = false, limits = new { max_steps = 50_000_000, timeout_ms = 2000 } };
        var responses = await Task.WhenAll(client.PostAsJsonAsync("/api/v1/execute", loop), client.PostAsJsonAsync("/api/v1/execute", loop));
        var refused = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, Assert.Single(responses, r => r != refused).StatusCode);
        Assert.Equal("1", Assert.Single(refused.Headers.GetValues("Retry-After")));
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Contains("programs as this server allows are running at once", (string)problem["detail"]!);
    }

    /// <summary>A POST from the given client address, which <see cref="ClientAddress"/> sets from a header.</summary>
    private static async Task<int> Post(HttpClient client, string address, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Source) };
        request.Headers.Add(ClientAddress.Header, address);
        using var response = await client.SendAsync(request);
        return (int)response.StatusCode;
    }

    /// <summary>The in-memory server's requests have no remote address: this puts the test's in front of the app.</summary>
    private sealed class ClientAddress : IStartupFilter
    {
        public const string Header = "X-Test-Client-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, then) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(context.Request.Headers[Header].ToString());
                return then(context);
            });
            next(app);
        };
    }
}
