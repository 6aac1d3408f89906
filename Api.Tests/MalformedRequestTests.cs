namespace Api.Tests;

/// <summary>A malformed request is a 400 (413 when too large) with ProblemDetails, at every endpoint.</summary>
public class MalformedRequestTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    public static TheoryData<string> Endpoints => new() { "/api/v1/tokenize", "/api/v1/parse", "/api/v1/compile", "/api/v1/execute" };

    [Theory, MemberData(nameof(Endpoints))]
    public async Task NotJsonIsA400Problem(string path)
    {
        var (status, body, mediaType) = await factory.CreateClient().PostRaw(path, "print(1)");
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(400, (int)body["status"]!);
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task MissingSourceIsA400Problem(string path)
    {
        var (status, body, mediaType) = await factory.CreateClient().PostRaw(path, "{\"filename\": \"x.py\"}");
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("source", (string)body["title"]! + (string?)body["detail"]);
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task WrongTypeIsA400Problem(string path)
    {
        var (status, _, mediaType) = await factory.CreateClient().PostRaw(path, "{\"source\": 42}");
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", mediaType);
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task AnUnknownCharsetIsA415Problem(string path)
    {
        using var content = new StringContent("{\"source\": \"x = 1\\n\"}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=no-such-charset");
        using var response = await factory.CreateClient().PostAsync(path, content);
        Assert.Equal(415, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-such-charset", await response.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task AKnownCharsetIsRead(string path)
    {
        using var content = new StringContent("{\"source\": \"x = 1\\n\", \"trace\": false}");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("application/json; charset=\"utf-8\"");
        using var response = await factory.CreateClient().PostAsync(path, content);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Theory, MemberData(nameof(Endpoints))]
    public async Task OversizedSourceIsA413Problem(string path)
    {
        var source = new string('#', ServiceFactory.MaxSourceChars + 1);
        var (status, body, mediaType) = await factory.CreateClient().PostJson(path, new { source });
        Assert.Equal(413, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Equal(413, (int)body["status"]!);
    }

    [Fact]
    public async Task LimitOutOfRangeIsA400ValidationProblem()
    {
        var (status, body, mediaType) = await factory.CreateClient().PostJson("/api/v1/execute",
            new { source = "pass\n", limits = new { max_steps = 0, timeout_ms = 10_000_000 } });
        Assert.Equal(400, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.NotNull(body["errors"]!["limits.max_steps"]);
        Assert.NotNull(body["errors"]!["limits.timeout_ms"]);
    }
}

/// <summary>An answer past Source:MaxAnswerBytes is not sent: 422 with ProblemDetails, at every in-process stage.</summary>
public class AnswerSizeTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    [Theory]
    [InlineData("/api/v1/tokenize")]
    [InlineData("/api/v1/parse")]
    [InlineData("/api/v1/compile")]
    public async Task AnAnswerOverTheLimitIsA422Problem(string path)
    {
        var client = factory.WithWebHostBuilder(b => b.UseSetting("Source:MaxAnswerBytes", "4000")).CreateClient();
        var (small, _, _) = await client.PostJson(path, new { source = "x = 1\n" });
        Assert.Equal(200, small);
        var (status, body, mediaType) = await client.PostJson(path, new { source = string.Concat(Enumerable.Repeat("x = [1, 2, 3]\n", 200)) });
        Assert.Equal(422, status);
        Assert.Equal("application/problem+json", mediaType);
        Assert.Contains("4000 bytes", (string)body["detail"]!);
    }
}
