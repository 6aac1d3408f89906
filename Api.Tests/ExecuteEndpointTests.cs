using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;

namespace Api.Tests;

/// <summary>execute: output, exceptions, syntax errors, the trace, and every limit's status.</summary>
public class ExecuteEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Seed = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";

    private Task<(int Status, JsonNode Body, string MediaType)> Run(object request) =>
        factory.CreateClient().PostJson("/api/v1/execute", request);

    [Fact]
    public async Task SeedPrintsThreeAndTracesTheStack()
    {
        var (status, body, _) = await Run(new { source = Seed });
        Assert.Equal(200, status);
        Assert.Equal("ok", (string)body["status"]!);
        Assert.Equal("3\n", (string)body["stdout"]!);
        Assert.Null(body["exception"]);
        var trace = body["trace"]!.AsArray();
        Assert.Equal((int)body["steps"]!, trace.Count);
        var stacks = trace.Where(s => (string)s!["code"]! == "add" && (string)s["opname"]! != "RESUME")
            .Select(s => string.Join(",", s!["stack"]!.AsArray().Select(v => (string)v!)));
        Assert.Equal(["1", "1,2", "3", ""], stacks);
        var load = trace.First(s => (string)s!["code"]! == "add" && (string)s["opname"]! == "LOAD_FAST")!;
        Assert.Equal("1", (string)load["locals"]!["a"]!);
        Assert.Equal(2, (int)load["line"]!);
    }

    [Fact]
    public async Task UncaughtExceptionIsAnErrorWithTraceback()
    {
        var (status, body, _) = await Run(new { source = "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n", trace = false });
        Assert.Equal(200, status);
        Assert.Equal("error", (string)body["status"]!);
        Assert.Equal("before\n", (string)body["stdout"]!);
        var exception = body["exception"]!;
        Assert.Equal("ZeroDivisionError", (string)exception["type"]!);
        Assert.Equal("division by zero", (string)exception["message"]!);
        var frames = exception["traceback"]!.AsArray().Select(f => $"{(string)f!["name"]!}:{(int)f["line"]!}");
        Assert.Equal(["<module>:5", "f:2"], frames);
        Assert.Null(body["trace"]);
    }

    [Fact]
    public async Task SyntaxErrorIsASyntaxErrorStatus()
    {
        var (status, body, _) = await Run(new { source = "print(1\n" });
        Assert.Equal(200, status);
        Assert.Equal("syntax_error", (string)body["status"]!);
        Assert.Equal("SyntaxError", (string)body["error"]!["type"]!);
    }

    [Fact]
    public async Task StdinFeedsInput()
    {
        var (_, body, _) = await Run(new { source = "name = input()\nprint('hi', name)\n", stdin = "Ada\n", trace = false });
        Assert.Equal("hi Ada\n", (string)body["stdout"]!);
    }

    [Fact]
    public async Task StepLimitStopsARunawayLoopAndKeepsOutput()
    {
        var (status, body, _) = await Run(new { source = "print('start')\nwhile True:\n    pass\n", trace = false, limits = new { max_steps = 1000 } });
        Assert.Equal(200, status);
        Assert.Equal("step_limit_exceeded", (string)body["status"]!);
        Assert.Equal("start\n", (string)body["stdout"]!);
        Assert.Equal(1000, (long)body["steps"]!);
        Assert.Equal("max_steps", (string)body["limit"]!["name"]!);
        Assert.Equal(1000, (long)body["limit"]!["value"]!);
    }

    /// <summary>A loop that never ends and takes real time a step (a power of ~11,000 bits, some
    /// microseconds): the most steps a run may take (50 M) last minutes. (`while True: pass`
    /// compiled to IL runs them in a fraction of a second, and stops at max_steps first.)</summary>
    internal const string RunawayLoop = "while True:\n    x = 7 ** 4000\n";

    [Fact]
    public async Task TimeLimitStopsARunawayLoop()
    {
        var (_, body, _) = await Run(new { source = RunawayLoop, trace = false, limits = new { max_steps = 50_000_000, timeout_ms = 200 } });
        Assert.Equal("time_limit_exceeded", (string)body["status"]!);
        Assert.Equal("timeout_ms", (string)body["limit"]!["name"]!);
        Assert.True((long)body["steps"]! > 0);
    }

    [Fact]
    public async Task OutputLimitKeepsWhatFits()
    {
        var (_, body, _) = await Run(new { source = "while True:\n    print('xxxxxxxxx')\n", trace = false, limits = new { max_output_chars = 1000 } });
        Assert.Equal("output_limit_exceeded", (string)body["status"]!);
        var stdout = (string)body["stdout"]!;
        Assert.True(stdout.Length is > 900 and <= 1000, "stdout has " + stdout.Length + " chars");
        Assert.StartsWith("xxxxxxxxx\n", stdout);
    }

    [Fact]
    public async Task MemoryLimitStopsAHugeString()
    {
        var (_, body, _) = await Run(new { source = "s = 'a' * 10000000000\nprint(len(s))\n", trace = false });
        Assert.Equal("memory_limit_exceeded", (string)body["status"]!);
        Assert.Equal("max_memory_bytes", (string)body["limit"]!["name"]!);
    }

    [Fact]
    public async Task ManySmallListsMeetTheMemoryLimitWithTheOutputAndTraceSoFar()
    {
        // Every list is small; together they pass 32 MiB within a few thousand steps.
        var (_, body, _) = await Run(new
        {
            source = "print('start')\nkeep = []\nwhile True:\n    keep.append([0] * 4000)\n",
            limits = new { max_memory_bytes = 32 << 20, max_steps = 50_000_000, timeout_ms = 30_000, max_trace_steps = 50 },
        });
        Assert.Equal("memory_limit_exceeded", (string)body["status"]!);
        Assert.Equal(32 << 20, (long)body["limit"]!["value"]!);
        Assert.Equal("start\n", (string)body["stdout"]!);
        Assert.Equal(50, body["trace"]!.AsArray().Count);
        var (_, again, _) = await Run(new { source = Seed, trace = false });
        Assert.Equal("3\n", (string)again["stdout"]!);
    }

    [Fact]
    public async Task ARunWhoseClientLeavesIsStopped()
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
            foreach (var tag in tags) if (tag.Key == "reason") lock (replaced) replaced.Add((string)tag.Value!);
        });
        listener.Start();
        using (var leave = new CancellationTokenSource(TimeSpan.FromMilliseconds(500)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsJsonAsync("/api/v1/execute",
                new { source = RunawayLoop, trace = false, limits = new { max_steps = 50_000_000, timeout_ms = 30_000 } },
                leave.Token));
        }
        // The run's worker is killed (not left to spin until its 30 s limit) and replaced.
        bool Gone() { lock (replaced) return replaced.Contains("client_gone"); }
        for (var i = 0; i < 200 && !Gone(); i++) await Task.Delay(50);
        Assert.True(Gone(), "the run went on after its client left");
        var (_, again, _) = await Run(new { source = Seed, trace = false });
        Assert.Equal("3\n", (string)again["stdout"]!);
    }

    [Fact]
    public async Task DeepRecursionIsARecursionErrorAndTheServiceLives()
    {
        var (_, body, _) = await Run(new { source = "def f(n):\n    return f(n + 1)\n\nf(0)\n", trace = false });
        Assert.Equal("error", (string)body["status"]!);
        Assert.Equal("RecursionError", (string)body["exception"]!["type"]!);
        Assert.Equal("maximum recursion depth exceeded", (string)body["exception"]!["message"]!);
        var (_, again, _) = await Run(new { source = Seed, trace = false });
        Assert.Equal("3\n", (string)again["stdout"]!);
    }

    [Fact]
    public async Task TraceIsCutAtItsCapAndSaysSo()
    {
        var (_, body, _) = await Run(new { source = "for i in range(100):\n    pass\n", limits = new { max_trace_steps = 5 } });
        Assert.Equal("ok", (string)body["status"]!);
        Assert.Equal(5, body["trace"]!.AsArray().Count);
        Assert.True((bool)body["trace_truncated"]!);
        Assert.True((long)body["steps"]! > 5);
    }
}
