using System.Diagnostics.Metrics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests;

/// <summary>execute with Accept: application/x-ndjson: the trace's steps one per line as the run
/// goes, then the end line; the same steps and fields as the buffered answer; a client that goes
/// away stops the run.</summary>
public class StreamedExecuteTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Program = """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        def squares(k):
            for i in range(k):
                yield i * i

        values = [fib(i) for i in range(6)]
        print(values, sum(squares(5)))
        table = {"é": "a\n\"b", "n": None}
        raise KeyError(str(table))
        """;

    private static HttpRequestMessage Streamed(object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/execute") { Content = JsonContent.Create(body) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));
        return request;
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(40)]
    public async Task StepsAndEndLineAreTheBufferedAnswers(int maxTraceSteps)
    {
        var client = await factory.ReadyClient();
        var body = new { source = Program, limits = new { max_trace_steps = maxTraceSteps } };
        var (_, buffered, _) = await client.PostJson("/api/v1/execute", body);

        using var response = await client.SendAsync(Streamed(body));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.EndsWith("\n", text);
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject()).ToList();

        var end = lines[^1];
        Assert.Equal("end", (string)end["kind"]!);
        end.Remove("kind");
        var trace = buffered["trace"]!.AsArray();
        buffered.AsObject().Remove("trace");
        Assert.True(JsonNode.DeepEquals(buffered, end), $"{buffered.ToJsonString()}\n{end.ToJsonString()}");
        Assert.Equal("error", (string)end["status"]!);

        var steps = lines[..^1];
        Assert.All(steps, step => Assert.Null(step["kind"]));
        var ordered = steps.OrderBy(step => (long)step["index"]!).ToList();
        Assert.Equal(Enumerable.Range(0, trace.Count).Select(i => (long)i), ordered.Select(step => (long)step["index"]!));
        foreach (var step in ordered) step.Remove("index");
        Assert.Equal(trace.Count, ordered.Count);
        for (var i = 0; i < trace.Count; i++) Assert.True(JsonNode.DeepEquals(trace[i], ordered[i]), $"step {i}");
    }

    [Fact]
    public async Task UntracedStreamIsTheEndLineAlone()
    {
        var client = await factory.ReadyClient();
        using var response = await client.SendAsync(Streamed(new { source = "print(6 * 7)\n", trace = false }));
        var text = await response.Content.ReadAsStringAsync();
        var end = JsonNode.Parse(text)!;
        Assert.Equal("end", (string)end["kind"]!);
        Assert.Equal("42\n", (string)end["stdout"]!);
        Assert.Null(end["trace_truncated"]);
    }

    [Fact]
    public async Task AStreamedTraceMayGoPastTheBufferedTracesMaximum()
    {
        var client = await factory.ReadyClient();
        var body = new { source = "x = 1\n", limits = new { max_trace_steps = 5_000_000 } };
        var (status, _, _) = await client.PostJson("/api/v1/execute", body);
        Assert.Equal(400, status);
        using var response = await client.SendAsync(Streamed(body));
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task AClientThatGoesAwayStopsTheRun()
    {
        var client = await factory.ReadyClient();
        var pool = factory.Services.GetRequiredService<Engine.Sandbox.WorkerPool>();
        var replaced = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == pool.Metrics.Meter && instrument.Name == "sandbox.workers.replaced") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "reason") lock (replaced) replaced.Add((string)tag.Value!);
        });
        listener.Start();

        var body = new { source = "n = 0\nwhile True:\n    n += 1\n", limits = new { max_steps = 50_000_000, max_trace_steps = 50_000_000, timeout_ms = 30_000 } };
        var response = await client.SendAsync(Streamed(body), HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[4096];
        Assert.True(await stream.ReadAsync(buffer) > 0);
        response.Dispose();

        // The worker is killed and replaced long before the run's 30 s would end it.
        for (var i = 0; i < 200; i++)
        {
            lock (replaced) if (replaced.Contains("client_gone")) break;
            await Task.Delay(50);
        }
        lock (replaced) Assert.Contains("client_gone", replaced);
        for (var i = 0; i < 600 && pool.ReadyWorkers < pool.Size; i++) await Task.Delay(50);
        Assert.Equal(pool.Size, pool.ReadyWorkers);
        var (status, answer, _) = await client.PostJson("/api/v1/execute", new { source = "print(1)\n", trace = false });
        Assert.Equal(200, status);
        Assert.Equal("1\n", (string)answer["stdout"]!);
    }
}
