namespace Api.Contracts;

/// <summary>The body of tokenize, parse and compile: the program and the name it is compiled under.</summary>
public sealed record SourceRequest(string? Source, string? Filename);

/// <summary>The body of execute. Every limit is optional, and capped by the server's maximums.</summary>
public sealed record ExecuteRequest(string? Source, string? Filename, bool? Trace, LimitsRequest? Limits, string? Stdin);

public sealed record LimitsRequest(
    int? MaxSteps, int? TimeoutMs, int? MaxOutputChars, long? MaxMemoryBytes, int? RecursionLimit, int? MaxTraceSteps);
