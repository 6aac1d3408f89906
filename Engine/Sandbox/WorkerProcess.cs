using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Engine.Pipeline;

namespace Engine.Sandbox;

/// <summary>How one run in a worker ended, as the host saw it.</summary>
internal enum WorkerOutcome
{
    /// <summary>The worker answered and the answer was passed on whole.</summary>
    Answered,
    /// <summary>The worker did not answer within the run's time limit and the grace.</summary>
    TimedOut,
    /// <summary>The client went away (or the host is stopping).</summary>
    Cancelled,
    /// <summary>The worker ended before it answered.</summary>
    Crashed,
    /// <summary>The worker ended, or the answer could not be passed on, part way through the answer.</summary>
    BrokenAnswer,
}

/// <summary>
/// One worker process as the host sees it: started with <see cref="StartAsync"/>, given one run
/// at a time with <see cref="RunAsync"/>. Whatever goes wrong (time, client gone, a crash), the
/// process is killed, never waited for: a killed worker's pipes end, and every read with them.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int MaxSummaryBytes = 1 << 16;
    private const int StderrLinesKept = 20;

    private readonly Process _process;
    private readonly LineReader _stdout;
    private readonly Queue<string> _stderrTail = new();

    private WorkerProcess(Process process)
    {
        _process = process;
        _stdout = new LineReader(process.StandardOutput.BaseStream);
    }

    public int Id => _process.Id;
    public int Runs { get; private set; }

    /// <summary>The last lines the worker wrote to stderr (the runtime's own words when it fails).</summary>
    public string StderrTail
    {
        get { lock (_stderrTail) return string.Join('\n', _stderrTail); }
    }

    public static async Task<WorkerProcess> StartAsync(SandboxOptions options, Action<string> log, CancellationToken cancel)
    {
        var start = new ProcessStartInfo(options.DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        start.ArgumentList.Add(options.WorkerAssembly);
        // Workstation GC, whatever the host uses; the worker sets its hard heap limit per run.
        start.Environment["DOTNET_gcServer"] = "0";
        var process = Process.Start(start) ?? throw new InvalidOperationException("the worker process did not start");
        var worker = new WorkerProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (worker._stderrTail)
            {
                worker._stderrTail.Enqueue(e.Data);
                if (worker._stderrTail.Count > StderrLinesKept) worker._stderrTail.Dequeue();
            }
            log($"worker {process.Id}: {e.Data}");
        };
        process.BeginErrorReadLine();

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.StartTimeout);
        using (timeout.Token.Register(worker.Kill))
        {
            var ready = await worker._stdout.ReadLineAsync(MaxSummaryBytes);
            if (ready == WorkerLoop.ReadyLine) return worker;
        }
        worker.Dispose();
        throw new InvalidOperationException(
            $"the worker process ({options.DotnetHost} {options.WorkerAssembly}) did not become ready: {worker.StderrTail}");
    }

    /// <summary>
    /// Runs <paramref name="request"/>: sends it, waits for the program to be compiled (at most
    /// <see cref="SandboxOptions.CompileTimeout"/>) and run (at most its time limit plus
    /// <see cref="SandboxOptions.Grace"/>), then copies the answer to the stream
    /// <paramref name="openAnswer"/> gives for the run's summary. A streamed run's trace chunks are
    /// copied as they come, to the stream <paramref name="openAnswer"/> gives when called with null
    /// (before the summary is known); a run broken off inside a chunk is a broken answer.
    /// </summary>
    public async Task<(WorkerOutcome Outcome, RunSummary? Summary)> RunAsync(RunRequest request, SandboxOptions options,
        Func<RunSummary?, Stream> openAnswer, CancellationToken cancel)
    {
        Runs++;
        RunSummary? summary = null;
        var midChunk = false;
        using (var deadline = new CancellationTokenSource(options.CompileTimeout))
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, deadline.Token))
        {
            var killOnStop = stop.Token.Register(Kill);
            try
            {
                var stdin = _process.StandardInput.BaseStream;
                await stdin.WriteAsync(JsonSerializer.SerializeToUtf8Bytes(request, AnswerJson.Options), stop.Token);
                stdin.WriteByte((byte)'\n');
                await stdin.FlushAsync(stop.Token);
                var line = await _stdout.ReadLineAsync(MaxSummaryBytes);
                if (line == WorkerLoop.RunningLine)
                {
                    deadline.CancelAfter(request.Options.Timeout + options.Grace);
                    line = await _stdout.ReadLineAsync(MaxSummaryBytes);
                    Stream? trace = null;
                    while (request.StreamTrace && line is not null && line.StartsWith(WorkerLoop.ChunkPrefix, StringComparison.Ordinal))
                    {
                        var count = long.Parse(line.AsSpan(WorkerLoop.ChunkPrefix.Length), System.Globalization.CultureInfo.InvariantCulture);
                        trace ??= openAnswer(null);
                        midChunk = true;
                        if (!await _stdout.CopyBytesToAsync(trace, count, stop.Token)) break;
                        midChunk = false;
                        line = await _stdout.ReadLineAsync(MaxSummaryBytes);
                    }
                }
                summary = line is null || midChunk ? null : JsonSerializer.Deserialize<RunSummary>(line, AnswerJson.Options);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or JsonException or ObjectDisposedException or FormatException or OverflowException)
            {
                summary = null;
            }
            // Waits for the kill if it is under way: after this, the worker is either alive or killed.
            await killOnStop.DisposeAsync();
            if (summary is null || stop.IsCancellationRequested)
                return (cancel.IsCancellationRequested ? WorkerOutcome.Cancelled
                    : midChunk ? WorkerOutcome.BrokenAnswer
                    : deadline.IsCancellationRequested ? WorkerOutcome.TimedOut
                    : WorkerOutcome.Crashed, null);
        }

        // The run is over; what is left is to pass the answer on, within a time of its own.
        using (var deadline = new CancellationTokenSource(options.AnswerTimeout))
        using (var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel, deadline.Token))
        using (stop.Token.Register(Kill))
        {
            try
            {
                var answer = openAnswer(summary);
                if (await _stdout.CopyLineToAsync(answer, stop.Token))
                {
                    // A streamed answer's lines each end with a newline, its end line too.
                    if (request.StreamTrace) await answer.WriteAsync("\n"u8.ToArray(), stop.Token);
                    return (WorkerOutcome.Answered, summary);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
        Kill();
        return (cancel.IsCancellationRequested ? WorkerOutcome.Cancelled : WorkerOutcome.BrokenAnswer, summary);
    }

    public int? ExitCode
    {
        get
        {
            try { return _process.HasExited ? _process.ExitCode : null; }
            catch (InvalidOperationException) { return null; }
        }
    }

    public void Kill()
    {
        try { _process.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits briefly for a killed or finished worker to be reaped, so its exit code can be read.</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = new CancellationTokenSource(timeout);
        try { await _process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
