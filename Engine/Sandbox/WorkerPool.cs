using System.Diagnostics;
using System.Threading.Channels;
using Engine.Pipeline;
using Engine.Runtime;
using Engine.VM;

namespace Engine.Sandbox;

/// <summary>How the sandbox handled a run.</summary>
public enum SandboxOutcome
{
    /// <summary>The worker's answer was written to the answer stream.</summary>
    Streamed,
    /// <summary>The run ended without a worker's answer; <see cref="SandboxResult.Answer"/> is the answer to give.</summary>
    Answered,
    /// <summary>Too many runs were already waiting: try again later.</summary>
    Rejected,
    /// <summary>No worker process could be had in time.</summary>
    Unavailable,
    /// <summary>The client went away; nothing is to be written.</summary>
    Cancelled,
    /// <summary>The answer broke off part way: the response cannot be completed.</summary>
    Broken,
}

public sealed record SandboxResult(SandboxOutcome Outcome, ExecuteAnswer? Answer = null);

/// <summary>
/// Runs programs in pre-started worker processes (the Worker project), one run per process at a
/// time, as the sandboxes of online judges do: each run's memory is bounded by its process's GC
/// hard limit, a runaway or crashed run takes only its own process down, and the host kills a
/// worker whose run outlives its time limit or whose client goes away, and starts another in
/// its place. <see cref="SandboxOptions.Workers"/> runs go at once, up to
/// <see cref="SandboxOptions.MaxQueuedRuns"/> wait (oldest first), the rest are rejected.
/// </summary>
public sealed class WorkerPool : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly Action<string> _log;
    private int _admitted; // runs waiting for a worker or running
    private readonly Channel<WorkerProcess> _idle = Channel.CreateUnbounded<WorkerProcess>();
    private readonly HashSet<WorkerProcess> _alive = [];
    private readonly CancellationTokenSource _stopping = new();
    private int _active;
    private bool _started;

    public WorkerPool(SandboxOptions options, Action<string>? log = null)
    {
        _options = options;
        _log = log ?? (_ => { });
        Metrics = new SandboxMetrics(() => QueuedRuns, () => Volatile.Read(ref _active), () => ReadyWorkers);
    }

    public SandboxMetrics Metrics { get; }

    /// <summary>Worker processes started and alive, idle or running.</summary>
    public int ReadyWorkers
    {
        get { lock (_alive) return _alive.Count; }
    }

    public int Size => Math.Max(1, _options.Workers);

    /// <summary>Runs waiting for a worker.</summary>
    public int QueuedRuns => Math.Max(0, Volatile.Read(ref _admitted) - Volatile.Read(ref _active));

    /// <summary>Starts the worker processes (in the background; <see cref="ReadyWorkers"/> counts those up).</summary>
    public void Start()
    {
        lock (_alive)
        {
            if (_started) return;
            _started = true;
        }
        for (var i = 0; i < Size; i++) _ = AddWorkerAsync();
    }

    /// <summary>
    /// Runs <paramref name="request"/> in a worker. When the worker answers, <paramref name="openAnswer"/>
    /// is called with its summary and gives the stream the answer's JSON is copied to (for a streamed
    /// run, first with null when its trace begins: the same stream is expected both times).
    /// </summary>
    public async Task<SandboxResult> RunAsync(RunRequest request, Func<RunSummary?, Stream> openAnswer, CancellationToken aborted)
    {
        Start();
        if (Interlocked.Increment(ref _admitted) > Size + Math.Max(0, _options.MaxQueuedRuns))
        {
            Interlocked.Decrement(ref _admitted);
            Metrics.RunRejected();
            return new SandboxResult(SandboxOutcome.Rejected);
        }
        try
        {
            return await RunAdmittedAsync(request, openAnswer, aborted);
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    private async Task<SandboxResult> RunAdmittedAsync(RunRequest request, Func<RunSummary?, Stream> openAnswer, CancellationToken aborted)
    {
        // Waiting runs are served oldest first: the channel hands idle workers to its readers in order.
        WorkerProcess worker;
        using (var wait = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token))
        {
            wait.CancelAfter(_options.QueueTimeout);
            try { worker = await _idle.Reader.ReadAsync(wait.Token); }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
                return aborted.IsCancellationRequested ? new SandboxResult(SandboxOutcome.Cancelled) : new SandboxResult(SandboxOutcome.Unavailable);
            }
        }

        Interlocked.Increment(ref _active);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var (outcome, summary) = await worker.RunAsync(request, _options, openAnswer, aborted);
            var result = await Settle(worker, outcome, summary, request.Options);
            Metrics.RunFinished(summary?.Status ?? result.Answer?.Status ?? outcome.ToString().ToLowerInvariant(),
                Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return result;
        }
        finally
        {
            Interlocked.Decrement(ref _active);
        }
    }

    /// <summary>Gives the worker back, or replaces it, and turns what happened into the run's result.</summary>
    private async Task<SandboxResult> Settle(WorkerProcess worker, WorkerOutcome outcome, RunSummary? summary, ExecutionOptions options)
    {
        if (outcome == WorkerOutcome.Answered && summary is { Recycle: false } && worker.Runs < _options.RecycleAfterRuns)
        {
            _idle.Writer.TryWrite(worker);
            return new SandboxResult(SandboxOutcome.Streamed);
        }

        worker.Kill();
        await worker.WaitForExitAsync(TimeSpan.FromSeconds(2));
        var reason = outcome switch
        {
            WorkerOutcome.Answered => summary!.Recycle ? "run_left_doubt" : "recycled",
            WorkerOutcome.TimedOut => "timed_out",
            WorkerOutcome.Cancelled => "client_gone",
            WorkerOutcome.Crashed => "crashed",
            _ => "broken_answer",
        };
        if (outcome is WorkerOutcome.Crashed or WorkerOutcome.BrokenAnswer)
            _log($"worker {worker.Id} ended during a run ({reason}, exit code {worker.ExitCode?.ToString() ?? "unknown"}): {worker.StderrTail}");
        var result = outcome switch
        {
            WorkerOutcome.Answered => new SandboxResult(SandboxOutcome.Streamed),
            WorkerOutcome.Cancelled => new SandboxResult(SandboxOutcome.Cancelled),
            WorkerOutcome.BrokenAnswer => new SandboxResult(SandboxOutcome.Broken),
            WorkerOutcome.TimedOut => new SandboxResult(SandboxOutcome.Answered, ExecuteAnswer.Stopped(ResourceLimit.Time, options)),
            _ => new SandboxResult(SandboxOutcome.Answered, CrashAnswer(worker, options)),
        };
        Retire(worker, reason);
        return result;
    }

    /// <summary>A worker that died mid-run: the runtime ending it for want of memory is the run's memory limit; anything else is our fault.</summary>
    private static ExecuteAnswer CrashAnswer(WorkerProcess worker, ExecutionOptions options)
    {
        var tail = worker.StderrTail;
        if (tail.Contains("OutOfMemory", StringComparison.Ordinal) || tail.Contains("out of memory", StringComparison.OrdinalIgnoreCase))
            return ExecuteAnswer.Stopped(ResourceLimit.Memory, options);
        return InternalError.Execute(new InvalidOperationException(
            $"the sandbox's worker process ended during the run (exit code {worker.ExitCode?.ToString() ?? "unknown"})"));
    }

    private void Retire(WorkerProcess worker, string reason)
    {
        lock (_alive) _alive.Remove(worker);
        worker.Dispose();
        Metrics.WorkerReplaced(reason);
        if (!_stopping.IsCancellationRequested) _ = AddWorkerAsync();
    }

    private async Task AddWorkerAsync()
    {
        for (var attempt = 0; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                var worker = await WorkerProcess.StartAsync(_options, _log, _stopping.Token);
                lock (_alive) _alive.Add(worker);
                Metrics.WorkerStarted();
                _idle.Writer.TryWrite(worker);
                return;
            }
            catch (Exception e) when (!_stopping.IsCancellationRequested)
            {
                _log("could not start a worker process: " + e.Message);
                try { await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 1 << Math.Min(attempt, 5))), _stopping.Token); }
                catch (OperationCanceledException) { return; }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _idle.Writer.TryComplete();
        WorkerProcess[] alive;
        lock (_alive) alive = [.. _alive];
        foreach (var worker in alive) worker.Dispose();
        Metrics.Dispose();
        _stopping.Dispose();
    }
}
