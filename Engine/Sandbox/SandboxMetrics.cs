using System.Diagnostics.Metrics;

namespace Engine.Sandbox;

/// <summary>
/// The sandbox's metrics (System.Diagnostics.Metrics; `dotnet-counters monitor -n Api
/// --counters PythonService.Sandbox` shows them): runs by status, their durations, runs
/// waiting and running, rejected runs, and worker processes started and replaced, by reason.
/// </summary>
public sealed class SandboxMetrics : IDisposable
{
    public const string MeterName = "PythonService.Sandbox";

    private readonly Meter _meter = new(MeterName);

    /// <summary>The meter these instruments belong to (one per pool).</summary>
    public Meter Meter => _meter;
    private readonly Counter<long> _runs;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _rejected;
    private readonly Counter<long> _workersStarted;
    private readonly Counter<long> _workersReplaced;

    public SandboxMetrics(Func<int> queued, Func<int> active, Func<int> ready)
    {
        _runs = _meter.CreateCounter<long>("sandbox.runs", "{run}", "Runs finished, by status");
        _duration = _meter.CreateHistogram<double>("sandbox.run.duration", "ms", "Time from taking a worker to the end of the answer");
        _rejected = _meter.CreateCounter<long>("sandbox.runs.rejected", "{run}", "Runs turned away because the queue was full");
        _workersStarted = _meter.CreateCounter<long>("sandbox.workers.started", "{process}", "Worker processes started");
        _workersReplaced = _meter.CreateCounter<long>("sandbox.workers.replaced", "{process}", "Worker processes replaced, by reason");
        _meter.CreateObservableGauge("sandbox.runs.queued", queued, "{run}", "Runs waiting for a worker");
        _meter.CreateObservableGauge("sandbox.runs.active", active, "{run}", "Runs in a worker now");
        _meter.CreateObservableGauge("sandbox.workers.ready", ready, "{process}", "Worker processes started and alive");
    }

    public void RunFinished(string status, double milliseconds)
    {
        var tag = new KeyValuePair<string, object?>("status", status);
        _runs.Add(1, tag);
        _duration.Record(milliseconds, tag);
    }

    public void RunRejected() => _rejected.Add(1);
    public void WorkerStarted() => _workersStarted.Add(1);
    public void WorkerReplaced(string reason) => _workersReplaced.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Dispose() => _meter.Dispose();
}
