using System.Diagnostics.Metrics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Engine.Pipeline;
using Engine.Sandbox;
using Engine.VM;

namespace Engine.Tests.Sandbox;

/// <summary>Programs run in real worker processes (Worker.dll beside the tests), as the service runs them.</summary>
public sealed class SandboxTests
{
    private static async Task<(SandboxResult Result, RunSummary? Summary, JsonObject? Answer)> Run(WorkerPool pool, string source,
        ExecutionOptions options, CancellationToken cancel = default)
    {
        var body = new MemoryStream();
        RunSummary? summary = null;
        var result = await pool.RunAsync(new RunRequest(source, "<string>", options), s => { summary = s; return body; }, cancel);
        var answer = result.Outcome == SandboxOutcome.Streamed
            ? JsonNode.Parse(body.ToArray())!.AsObject()
            : result.Answer is null ? null : JsonSerializer.SerializeToNode(result.Answer, AnswerJson.Options)!.AsObject();
        return (result, summary, answer);
    }

    private static async Task WaitForWorkers(WorkerPool pool)
    {
        pool.Start();
        for (var i = 0; i < 300 && pool.ReadyWorkers < pool.Size; i++) await Task.Delay(50);
        Assert.Equal(pool.Size, pool.ReadyWorkers);
    }

    [Fact]
    public async Task AWorkerAnswersAsThePipelineDoes()
    {
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1 });
        const string source = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\nx = [1, 'a', None]\n";
        var options = new ExecutionOptions { Trace = true };
        var (result, summary, answer) = await Run(pool, source, options);
        Assert.Equal(SandboxOutcome.Streamed, result.Outcome);
        var expected = JsonSerializer.SerializeToNode(PythonPipeline.Execute(source, "<string>", options), AnswerJson.Options)!;
        Assert.True(JsonNode.DeepEquals(expected, answer), answer!.ToJsonString());
        Assert.Equal("ok", summary!.Status);
        Assert.Equal((long)answer["steps"]!, summary.Steps);
    }

    [Theory]
    // The bomb: lists far below any per-object threshold, 64 MiB in a few thousand steps.
    [InlineData("keep = []\nwhile True:\n    keep.append([0] * 4000)\n")]
    // Millions of tiny objects.
    [InlineData("x = None\nwhile True:\n    x = [x, x]\n")]
    [InlineData("d = {}\ni = 0\nwhile True:\n    d[i] = str(i)\n    i += 1\n")]
    // One allocation too big to make.
    [InlineData("s = 'a' * 10 ** 10\n")]
    public async Task EveryObjectCountsTowardTheMemoryLimit(string source)
    {
        var log = new List<string>();
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1 }, m => { lock (log) log.Add(m); });
        var options = new ExecutionOptions { MaxMemoryBytes = 32L << 20, MaxSteps = 50_000_000, Timeout = TimeSpan.FromSeconds(30) };
        var (result, _, answer) = await Run(pool, source, options);
        Assert.True(result.Outcome == SandboxOutcome.Streamed, result.Outcome + ": " + string.Join("\n", log));
        Assert.Equal("memory_limit_exceeded", (string)answer!["status"]!);
        Assert.Equal(32L << 20, (long)answer["limit"]!["value"]!);

        // The worker that ran out is replaced, and the next run is served normally.
        await WaitForWorkers(pool);
        var (_, _, next) = await Run(pool, "print('fine')\n", new ExecutionOptions());
        Assert.Equal("fine\n", (string)next!["stdout"]!);
    }

    [Fact]
    public async Task GarbageDoesNotCount()
    {
        // 300 lists of 800 KB each, only one alive at a time: far more allocated than the limit, little held.
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1 });
        var (_, _, answer) = await Run(pool, "for i in range(300):\n    t = [i] * 100000\nprint(len(t))\n",
            new ExecutionOptions { MaxMemoryBytes = 16L << 20 });
        Assert.Equal("ok", (string)answer!["status"]!);
        Assert.Equal("100000\n", (string)answer["stdout"]!);
    }

    /// <summary>A loop that runs until its time limit: each step does real work (compiled, `while True:
    /// pass` runs a billion steps in well under a second, and its step limit would end it first).</summary>
    private const string RunawayLoop = "while True:\n    x = 7 ** 4000\n";

    [Fact]
    public async Task ARunWhoseClientGoesAwayStopsAndItsWorkerIsReplaced()
    {
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1 });
        await WaitForWorkers(pool);
        using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(500));
        var started = DateTime.UtcNow;
        var (result, _, _) = await Run(pool, RunawayLoop,
            new ExecutionOptions { MaxSteps = 1_000_000_000, Timeout = TimeSpan.FromSeconds(30) }, gone.Token);
        Assert.Equal(SandboxOutcome.Cancelled, result.Outcome);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10), "the run went on after its client left");
        await WaitForWorkers(pool);
        var (_, _, next) = await Run(pool, "print(2)\n", new ExecutionOptions());
        Assert.Equal("2\n", (string)next!["stdout"]!);
    }

    [Fact]
    public async Task RunsPastTheQueueAreRejected()
    {
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1, MaxQueuedRuns = 0 });
        await WaitForWorkers(pool);
        using var stop = new CancellationTokenSource();
        var busy = Run(pool, RunawayLoop, new ExecutionOptions { MaxSteps = 1_000_000_000, Timeout = TimeSpan.FromSeconds(30) }, stop.Token);
        for (var i = 0; i < 100 && pool.QueuedRuns + pool.ReadyWorkers > 0 && !busy.IsCompleted; i++)
        {
            var (result, _, _) = await Run(pool, "print(1)\n", new ExecutionOptions());
            if (result.Outcome == SandboxOutcome.Rejected) break;
            Assert.Fail("a second run was admitted while the only worker was busy and no queue was allowed: " + result.Outcome);
        }
        await stop.CancelAsync();
        Assert.Equal(SandboxOutcome.Cancelled, (await busy).Result.Outcome);
    }

    [Fact]
    public async Task MetricsCountRunsByStatus()
    {
        await using var pool = new WorkerPool(new SandboxOptions { Workers = 1 });
        var statuses = new List<string>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == pool.Metrics.Meter && instrument.Name == "sandbox.runs") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            foreach (var tag in tags) if (tag.Key == "status") lock (statuses) statuses.Add((string)tag.Value!);
        });
        listener.Start();
        await Run(pool, "print(1)\n", new ExecutionOptions());
        await Run(pool, "1 / 0\n", new ExecutionOptions());
        await Run(pool, "while True:\n    pass\n", new ExecutionOptions { MaxSteps = 1000 });
        Assert.Equal(["ok", "error", "step_limit_exceeded"], statuses);
    }

    /// <summary>A stand-in worker (a shell script, builtins only) that misbehaves as a broken worker process could.</summary>
    private static SandboxOptions FakeWorker(string script)
    {
        var path = Path.Combine(Path.GetTempPath(), "fake-worker-" + Guid.NewGuid().ToString("N") + ".sh");
        File.WriteAllText(path, script);
        return new SandboxOptions { Workers = 1, DotnetHost = "/bin/sh", WorkerAssembly = path, Grace = TimeSpan.FromMilliseconds(200) };
    }

    [Fact]
    public async Task AWorkerThatOutlivesTheTimeLimitIsKilled()
    {
        if (!OperatingSystem.IsLinux()) return;
        await using var pool = new WorkerPool(FakeWorker("echo ready\nread line\necho running\nread never\n"));
        var started = DateTime.UtcNow;
        var (result, _, answer) = await Run(pool, "pass\n", new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(300) });
        Assert.Equal(SandboxOutcome.Answered, result.Outcome);
        Assert.Equal("time_limit_exceeded", (string)answer!["status"]!);
        Assert.Equal(300, (long)answer["limit"]!["value"]!);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task AWorkerThatDiesIsASystemErrorNotACrash()
    {
        if (!OperatingSystem.IsLinux()) return;
        await using var pool = new WorkerPool(FakeWorker("echo ready\nread line\nexit 7\n"));
        var (result, _, answer) = await Run(pool, "pass\n", new ExecutionOptions());
        Assert.Equal(SandboxOutcome.Answered, result.Outcome);
        Assert.Equal("error", (string)answer!["status"]!);
        Assert.Equal("SystemError", (string)answer["exception"]!["type"]!);
        Assert.Contains("exit code 7", (string)answer["exception"]!["message"]!);
    }

    [Fact]
    public async Task AWorkerTheRuntimeEndsForWantOfMemoryIsTheMemoryLimit()
    {
        if (!OperatingSystem.IsLinux()) return;
        await using var pool = new WorkerPool(FakeWorker("echo ready\nread line\necho 'Out of memory.' >&2\nexit 134\n"));
        var (_, _, answer) = await Run(pool, "pass\n", new ExecutionOptions());
        Assert.Equal("memory_limit_exceeded", (string)answer!["status"]!);
    }

    [Fact]
    public async Task AWorkerThatCannotStartLeavesRunsUnavailableNotHanging()
    {
        await using var pool = new WorkerPool(new SandboxOptions
        {
            Workers = 1, WorkerAssembly = "/nonexistent/Worker.dll", QueueTimeout = TimeSpan.FromMilliseconds(500),
        });
        var (result, _, _) = await Run(pool, "pass\n", new ExecutionOptions());
        Assert.Equal(SandboxOutcome.Unavailable, result.Outcome);
        Assert.Equal(0, pool.ReadyWorkers);
    }
}
