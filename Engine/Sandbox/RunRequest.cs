using Engine.VM;

namespace Engine.Sandbox;

/// <summary>One program for a worker process to run: the execute stage's inputs. With
/// <paramref name="Pyc"/> (a .pyc's bytes, checked by the host first), its code object runs and
/// <paramref name="Source"/> is unused. With <paramref name="StreamTrace"/>, the answer is streamed
/// (Engine.Pipeline.StreamedAnswer): the trace's steps as the run goes, then the end line.</summary>
public sealed record RunRequest(string Source, string Filename, ExecutionOptions Options, byte[]? Pyc = null, bool StreamTrace = false);

/// <summary>
/// What a worker says first about a finished run, before its answer: the status and step count
/// (for the host's logs and metrics), and whether the worker should be replaced because the
/// run left its process in doubt (it ran out of memory, or the Engine failed).
/// </summary>
public sealed record RunSummary(string Status, long Steps, bool Recycle);
