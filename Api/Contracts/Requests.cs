namespace Api.Contracts;

/// <summary>The body of tokenize: the program and the name it is compiled under.</summary>
public sealed record SourceRequest(string? Source, string? Filename);

/// <summary>The body of parse: the program, its name, and ast.parse's mode ("exec", "eval" or "single").</summary>
public sealed record ParseRequest(string? Source, string? Filename, string? Mode);

/// <summary>The body of compile: the program as source or as a .pyc (base64, exactly one of the
/// two), and the answer's format: "json" (the default: code object and dis text) or "pyc" (the
/// .pyc file's bytes). Like compile(), it takes a mode ("exec", "eval" or "single") and an
/// optimization level (0, 1 or 2).</summary>
public sealed record CompileRequest(string? Source, string? Filename, string? Pyc, string? Format, string? Mode = null, int? Optimize = null);

/// <summary>The body of execute: the program as source or as a .pyc (base64, exactly one of the
/// two). Every limit is optional, and capped by the server's maximums.</summary>
public sealed record ExecuteRequest(string? Source, string? Filename, bool? Trace, LimitsRequest? Limits, string? Stdin, string? Pyc = null);

public sealed record LimitsRequest(
    int? MaxSteps, int? TimeoutMs, int? MaxOutputChars, long? MaxMemoryBytes, int? RecursionLimit, int? MaxTraceSteps);
