using System.Text;
using System.Text.Json;
using Engine.Pipeline;
using Engine.Runtime;
using Engine.VM;

namespace Engine.Sandbox;

/// <summary>
/// The main loop of a worker process (the Worker project). The host writes one
/// <see cref="RunRequest"/> per line on stdin; for each, the worker answers on stdout with a
/// <see cref="RunningLine"/> once the program is compiled and its run (and time limit) begins,
/// then a <see cref="RunSummary"/> line, then the execute answer as one line of JSON (JSON text
/// holds no raw newline, so a newline ends it). A streamed run (<see cref="RunRequest.StreamTrace"/>)
/// writes its trace's lines between the running line and the summary, as they come, in chunks:
/// a line "chunk N" and then N bytes of whole NDJSON lines (so the host copies them on without
/// reading them); its answer line is then the streamed answer's end line. Before each run the worker sets the GC's hard heap
/// limit to the run's heap budget plus a slack (MemoryBudget.HeapLimitFor and HardLimitSlack),
/// so that whatever the program does, this process cannot take more; the budget's own polling (MemoryBudget) usually stops
/// the run first, with the precise memory_limit_exceeded status.
/// </summary>
public static class WorkerLoop
{
    /// <summary>The line a worker writes once it is warmed up and ready for runs.</summary>
    public const string ReadyLine = "ready";

    /// <summary>The line a worker writes when a program is compiled and starts to run.</summary>
    public const string RunningLine = "running";

    /// <summary>Exit code of a worker that asks to be replaced after answering.</summary>
    public const int RecycleExitCode = 3;

    /// <summary>A heap larger than this after a run is collected before the answer is written, and
    /// after it, given back to the operating system.</summary>
    private const long CollectAbove = 16L << 20;

    public static int Run(Stream input, Stream output, TextWriter errors)
    {
        var utf8 = new UTF8Encoding(false);
        using var reader = new StreamReader(input, utf8);
        using var writer = new BufferedStream(output, 1 << 16);
        PipeSize.TryWiden(1, 1 << 20); // stdout: a streamed trace's chunks

        WarmUp();
        WriteLine(writer, ReadyLine);

        while (reader.ReadLine() is { } line)
        {
            RunRequest request;
            try
            {
                request = JsonSerializer.Deserialize<RunRequest>(line, AnswerJson.Options)
                    ?? throw new JsonException("empty request");
            }
            catch (JsonException e)
            {
                errors.WriteLine("worker: unreadable request: " + e.Message);
                return 2;
            }

            var traceStream = request.StreamTrace ? new TraceStreamWriter(chunk => WriteChunk(writer, chunk.Span)) : null;
            var (answer, recycle) = Execute(request, () => WriteLine(writer, RunningLine), errors, traceStream);
            // What the program held is garbage now; collecting it before the answer is written
            // keeps the writing clear of the hard limit (an allocation that makes the GC find no
            // room there can end the process instead of throwing).
            if (GC.GetTotalMemory(false) > CollectAbove) GC.Collect();
            WriteLine(writer, JsonSerializer.Serialize(new RunSummary(answer.Status, answer.Steps ?? 0, recycle), AnswerJson.Options));
            if (request.StreamTrace) writer.Write(StreamedAnswer.EndLine(answer));
            else
            {
                JsonSerializer.SerializeAsync(writer, answer, AnswerJson.Options).GetAwaiter().GetResult();
                writer.WriteByte((byte)'\n');
            }
            writer.Flush();
            if (recycle) return RecycleExitCode;
            answer = null;
            if (GC.GetGCMemoryInfo().TotalCommittedBytes > CollectAbove) GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return 0;
    }

    /// <summary>
    /// The first run of a process compiles the Engine's code: a run untraced and one traced and
    /// streamed (to nowhere) keep that out of the first request's time. (Enough runs for the JIT's
    /// second compiling, with what it saw, were tried: 80 runs and two pauses took a fresh worker's
    /// first streamed trace from 288 to 233 ns a step, measured once, and made every worker start
    /// half a second longer, which a replaced worker would pay too: not kept.)
    /// </summary>
    private static void WarmUp()
    {
        const string program = "def f(n):\n    return [i * 2 for i in range(n)]\nprint(sum(f(3)), {'k': 1.5})\n";
        PythonPipeline.Execute(program, PythonPipeline.DefaultFilename, new ExecutionOptions());
        PythonPipeline.Execute(program, PythonPipeline.DefaultFilename, new ExecutionOptions { Trace = true },
            traceStream: new TraceStreamWriter(_ => { }));
    }

    private static (ExecuteAnswer Answer, bool Recycle) Execute(RunRequest request, Action running, TextWriter errors, TraceStreamWriter? traceStream)
    {
        var options = request.Options with { MemoryIsolation = MemoryIsolation.OwnProcess };
        // Start from a clean heap: what it holds now is the run's baseline.
        GC.Collect();
        SetHeapHardLimit(GC.GetTotalMemory(false)
            + Math.Max(MemoryBudget.HeapLimitFor(options.MaxMemoryBytes, MemoryIsolation.OwnProcess) + MemoryBudget.HardLimitSlack, MinimumHardLimit));
        try
        {
            var answer = LargeStack.Run(() => request.Pyc is { } pyc
                ? PycPipeline.Execute(pyc, options, running: running, traceStream: traceStream)
                : PythonPipeline.Execute(request.Source, request.Filename, options, running: running, traceStream: traceStream));
            // Running out of memory can leave a half-initialized static behind; a fresh process is cheap.
            return (answer, answer.Status == ExecutionStatus.MemoryLimitExceeded.ToContractName());
        }
        catch (OutOfMemoryException)
        {
            // Out of memory outside the VM's own handling (compiling a huge program, say).
            return (ExecuteAnswer.Stopped(ResourceLimit.Memory, options), true);
        }
        catch (Exception e)
        {
            errors.WriteLine("worker: the execute stage failed: " + e);
            return (InternalError.Execute(e), true);
        }
    }

    /// <summary>
    /// The least hard limit a worker runs under, whatever the budget: the runtime itself needs room
    /// to work (under a few megabytes of hard limit it ends the process instead of throwing), and
    /// a small budget is enforced exactly by MemoryBudget's polling anyway. The most a worker can
    /// then hold is the larger of this and its run's budget: the bound on the service's memory,
    /// which counts the largest budget, holds.
    /// </summary>
    private const long MinimumHardLimit = 48L << 20;

    private static void SetHeapHardLimit(long bytes)
    {
        // The GC refuses a hard limit below what it has already committed; it never needs to be lower.
        bytes = Math.Max(bytes, GC.GetGCMemoryInfo().TotalCommittedBytes + MemoryBudget.HardLimitSlack);
        AppContext.SetData("GCHeapHardLimit", (ulong)bytes);
        try
        {
            GC.RefreshMemoryLimit();
        }
        catch (InvalidOperationException)
        {
            // Still too low for the GC: it keeps the limit it had.
        }
    }

    /// <summary>The prefix of a chunk of trace lines: "chunk N" on a line of its own.</summary>
    public const string ChunkPrefix = "chunk ";

    private static void WriteChunk(Stream stream, ReadOnlySpan<byte> lines)
    {
        Span<byte> header = stackalloc byte[32];
        Encoding.ASCII.TryGetBytes(ChunkPrefix, header, out var length);
        lines.Length.TryFormat(header[length..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
        length += digits;
        header[length++] = (byte)'\n';
        stream.Write(header[..length]);
        stream.Write(lines);
        stream.Flush();
    }

    private static void WriteLine(Stream stream, string text)
    {
        stream.Write(Encoding.UTF8.GetBytes(text));
        stream.WriteByte((byte)'\n');
        stream.Flush();
    }
}
