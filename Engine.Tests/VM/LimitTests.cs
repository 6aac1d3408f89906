using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.VM;

/// <summary>
/// The limit tests run alone, not beside other test classes: a run that passes the memory limit
/// forces full garbage collections, whose cost grows with everything the other tests hold, and
/// the time limits are wall-clock.
/// </summary>
[CollectionDefinition(nameof(LimitTests), DisableParallelization = true)]
public class LimitTestsRunAlone;

[Collection(nameof(LimitTests))]
public class LimitTests
{
    [Fact]
    public void StepLimitStopsAnEndlessLoopAndKeepsTheOutput()
    {
        var r = VmRunner.Run("print('before')\nwhile True:\n    pass\n", new ExecutionOptions { MaxSteps = 1000, Trace = true });
        Assert.Equal(ExecutionStatus.StepLimitExceeded, r.Status);
        Assert.Equal("step_limit_exceeded", r.StatusName);
        Assert.Equal(1000, r.Steps);
        Assert.Equal("before\n", r.Stdout);
        Assert.Equal(new LimitInfo("max_steps", 1000), r.Limit);
        Assert.Equal(1000, r.Trace!.Count);
        Assert.Null(r.Exception);
    }

    [Fact]
    public void TimeLimitStopsAnEndlessLoop()
    {
        var r = VmRunner.Run("while True:\n    pass\n", new ExecutionOptions { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMilliseconds(100) });
        Assert.Equal(ExecutionStatus.TimeLimitExceeded, r.Status);
        Assert.Equal("timeout_ms", r.Limit!.Name);
        Assert.Equal(100, r.Limit.Value);
    }

    [Fact]
    public void BigIntOperationThatWouldOutlastTheTimeLimitIsRefusedUpFront()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = VmRunner.Run("print('start')\nx = 10 ** 10 ** 7\n", new ExecutionOptions { Timeout = TimeSpan.FromSeconds(2), MaxMemoryBytes = 1L << 30 });
        Assert.Equal(ExecutionStatus.TimeLimitExceeded, r.Status);
        Assert.Equal("start\n", r.Stdout);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData("print(sum(range(10 ** 15)))\n")]
    [InlineData("print(max(map(abs, range(10 ** 15))))\n")]
    [InlineData("print(any(x < 0 for x in range(10 ** 15)))\n")]
    public void LoopsInsideBuiltinsMeetTheTimeLimit(string source)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var r = VmRunner.Run(source, new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(300), MaxSteps = long.MaxValue });
        Assert.Equal(ExecutionStatus.TimeLimitExceeded, r.Status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public void CancellationStopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var code = CodeJsonReader.Compile("while True:\n    pass\n");
        var r = VirtualMachine.Execute(code, new ExecutionOptions { MaxSteps = long.MaxValue, Timeout = TimeSpan.FromMinutes(1) }, cancel.Token);
        Assert.Equal(ExecutionStatus.TimeLimitExceeded, r.Status);
    }

    [Fact]
    public void OutputLimitKeepsExactlyTheAllowedCharacters()
    {
        var r = VmRunner.Run("while True:\n    print('x' * 7)\n", new ExecutionOptions { MaxOutputChars = 100 });
        Assert.Equal(ExecutionStatus.OutputLimitExceeded, r.Status);
        Assert.Equal(100, r.Stdout.Length);
        Assert.StartsWith("xxxxxxx\nxxxxxxx\n", r.Stdout);
        Assert.Equal(new LimitInfo("max_output_chars", 100), r.Limit);
    }

    [Theory]
    [InlineData("x = 'a' * 10**10\n")]
    [InlineData("x = 10**10**8\n")]
    [InlineData("x = [1]\nwhile True:\n    x = x + x\n")]
    [InlineData("x = [0] * 1000\nwhile True:\n    x *= 2\n")]
    [InlineData("s = 'ab'\nwhile True:\n    s = s + s\n")]
    [InlineData("x = 1 << 10**10\n")]
    [InlineData("keep = []\nwhile True:\n    keep.append('y' * 100000)\n")]
    [InlineData("x = list(range(10**9))\n")]
    [InlineData("x = bytearray(10**10)\n")]
    [InlineData("x = bytearray(b'ab')\nwhile True:\n    x *= 2\n")]
    [InlineData("x = bytearray()\nwhile True:\n    x.extend(bytes(100000))\n")]
    public void MemoryLimitStopsHugeAllocationsBeforeTheyHappen(string source)
    {
        var r = VmRunner.Run(source, new ExecutionOptions { MaxMemoryBytes = 16L << 20, MaxSteps = 10_000_000, Timeout = TimeSpan.FromSeconds(20) });
        Assert.Equal(ExecutionStatus.MemoryLimitExceeded, r.Status);
        Assert.Equal(new LimitInfo("max_memory_bytes", 16L << 20), r.Limit);
    }

    [Fact]
    public void MemoryThatIsFreedIsNotCountedTwice()
    {
        // Each iteration drops the previous 1 MB string: the live total stays far below the limit.
        var r = VmRunner.Run("for i in range(200):\n    s = 'z' * 1000000\nprint(len(s))\n", new ExecutionOptions { MaxMemoryBytes = 16L << 20 });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("1000000\n", r.Stdout);
    }

    [Fact]
    public void RecursionErrorAtCPythonsDepth()
    {
        var r = VmRunner.Run("def f(n):\n    return f(n + 1)\n\nf(0)\n");
        Assert.Equal(ExecutionStatus.Error, r.Status);
        Assert.Equal("RecursionError", r.Exception!.Type);
        Assert.Equal("maximum recursion depth exceeded", r.Exception.Message);
        Assert.Equal(995, r.Exception.Traceback.Count); // as CPython 3.11 under the oracle's harness
        Assert.Equal(new TracebackFrame("<module>", 4), r.Exception.Traceback[0]);
        Assert.Equal(new TracebackFrame("f", 2), r.Exception.Traceback[^1]);
    }

    [Fact]
    public void DeepRecursionNeverOverflowsTheDotNetStack()
    {
        var source = "def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\n\nprint(depth(50000))\n";
        var r = VmRunner.Run(source, new ExecutionOptions { RecursionLimit = 60_000, MaxSteps = 10_000_000 });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("50000\n", r.Stdout);
    }

    [Fact]
    public void DeeplyNestedListsReprWithoutCrashing()
    {
        var r = VmRunner.Run("x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)))\n");
        Assert.Equal(ExecutionStatus.Error, r.Status);
        Assert.Equal("RecursionError", r.Exception!.Type);
    }
}
