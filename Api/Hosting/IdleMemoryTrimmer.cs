using Api.Endpoints;

namespace Api.Hosting;

/// <summary>
/// Gives memory back to the operating system once the service is idle. A large tokenize, parse or
/// compile request grows the heap by hundreds of megabytes for a moment; the GC keeps what it has
/// committed, so an idle service would keep the memory of its busiest moment. Every
/// <see cref="Interval"/>, when no stage request is being worked on and the GC has committed
/// <see cref="TrimAbove"/> more than after the last trim, one compacting collection gives the
/// rest back: it pauses nobody, nothing being at work. Programs run in the sandbox's worker
/// processes, which trim themselves after each run; this is for the service's own process.
/// </summary>
public sealed class IdleMemoryTrimmer(StageRunner stages, ILogger<IdleMemoryTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);
    public const long TrimAbove = 64L << 20;

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        long afterLastTrim = 0;
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            var committed = GC.GetGCMemoryInfo().TotalCommittedBytes;
            if (stages.Running > 0 || committed < afterLastTrim + TrimAbove) continue;
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            afterLastTrim = GC.GetGCMemoryInfo().TotalCommittedBytes;
            logger.LogInformation("Idle: gave {Megabytes} MiB back to the system", (committed - afterLastTrim) >> 20);
        }
    }
}
