namespace Engine.Pipeline;

/// <summary>How one program is run: tracing, its input, and the sandbox's limits.</summary>
public sealed record RunSettings(
    bool Trace,
    string Stdin,
    int MaxSteps,
    TimeSpan Timeout,
    int MaxOutputChars,
    long MaxMemoryBytes,
    int RecursionLimit,
    int MaxTraceSteps);
