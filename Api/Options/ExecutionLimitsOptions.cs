namespace Api.Options;

/// <summary>Configuration section "Execution": the sandbox's limits.</summary>
public sealed class ExecutionLimitsOptions
{
    public const string Section = "Execution";

    /// <summary>Programs run at once; more wait in a queue of <see cref="MaxQueuedRuns"/>, past that 429.</summary>
    public int MaxConcurrentRuns { get; set; } = Environment.ProcessorCount;

    public int MaxQueuedRuns { get; set; } = 64;

    /// <summary>The limits a request gets when it names none.</summary>
    public RunLimits Defaults { get; set; } = new();

    /// <summary>The most a request may ask for; a request over these is answered 400.</summary>
    public RunLimits Maximums { get; set; } = new()
    {
        MaxSteps = 50_000_000, TimeoutMs = 30_000, MaxOutputChars = 4 << 20,
        MaxMemoryBytes = 512L << 20, RecursionLimit = 10_000, MaxTraceSteps = 1_000_000,
    };
}

/// <summary>One set of run limits (configuration and, all optional, the request's "limits").</summary>
public sealed class RunLimits
{
    public int MaxSteps { get; set; } = 1_000_000;
    public int TimeoutMs { get; set; } = 5_000;
    public int MaxOutputChars { get; set; } = 64 << 10;
    public long MaxMemoryBytes { get; set; } = 64L << 20;
    public int RecursionLimit { get; set; } = 1000;
    public int MaxTraceSteps { get; set; } = 100_000;
}
