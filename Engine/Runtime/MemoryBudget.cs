namespace Engine.Runtime;

/// <summary>
/// Bounds the memory a run holds: every object counts, since what is measured is the managed
/// heap itself, not an estimate per object.
/// <list type="bullet">
/// <item><see cref="CheckSize"/>: an operation about to build one object larger than the budget
/// (<c>'a' * 10**10</c>, <c>10**10**8</c>) is refused before it allocates.</item>
/// <item><see cref="Poll"/>: every 1024 instructions, every 4096 items of native work and before
/// each large allocation, the heap's size is read (<see cref="GC.GetTotalMemory"/> without a
/// collection: a fraction of a microsecond). Only when the heap has grown past the budget since
/// the run began is more done, and what depends on where the run lives:
/// <see cref="MemoryIsolation.OwnProcess"/> (the service's worker processes: one run per
/// process) collects that process's garbage, which pauses no one else, and measures again;
/// <see cref="MemoryIsolation.SharedProcess"/> (tests, benchmarks, a host running several runs
/// in one process) never forces a collection and reads what the last full collection left
/// alive, which counts the other runs of the process too.</item>
/// </list>
/// In a worker process the GC's hard heap limit (set per run by Engine.Sandbox) stands behind
/// both: an allocation between two polls that would pass it fails with OutOfMemoryException,
/// which the VM reports as memory_limit_exceeded too.
/// </summary>
public sealed class MemoryBudget
{
    public const int SlotBytes = 16;

    /// <summary>Allocations below this size are left to <see cref="Poll"/>; checking each would cost more than it saves.</summary>
    public const long Threshold = 64 * 1024;

    /// <summary>Containers of fewer items than this never need a check before they grow.</summary>
    public const int TrackedItems = (int)(Threshold / SlotBytes);

    /// <summary>Allocation between two collections a run in its own process may force: well below
    /// the slack its GC hard limit leaves above the heap's budget (<see cref="HardLimitSlack"/>).</summary>
    public const long CollectEvery = 2L << 20;

    private readonly MemoryIsolation _isolation;
    private readonly long _baseline;
    private readonly int _fullCollectionsAtStart;
    private long _allocatedAtLastCollection;

    public MemoryBudget(long limit, MemoryIsolation isolation = MemoryIsolation.SharedProcess)
    {
        Limit = limit;
        _isolation = isolation;
        HeapLimit = HeapLimitFor(limit, isolation);
        if (limit == long.MaxValue) return;
        _baseline = GC.GetTotalMemory(false);
        _fullCollectionsAtStart = GC.CollectionCount(2);
        _allocatedAtLastCollection = GC.GetTotalAllocatedBytes();
    }

    public static MemoryBudget Unlimited { get; } = new(long.MaxValue);

    /// <summary>The run's max_memory_bytes.</summary>
    public long Limit { get; }

    /// <summary>What the run's heap may hold: <see cref="Limit"/>, less in a process of its own the
    /// part of it that the GC's bookkeeping and the hard limit's slack take (see <see cref="HeapLimitFor"/>).</summary>
    public long HeapLimit { get; }

    /// <summary>
    /// In a process of its own, max_memory_bytes bounds the resident memory the run adds to its
    /// process, which is more than its heap: the GC's bookkeeping grows with the heap (about 4% of
    /// it), and the GC's hard limit stands <see cref="HardLimitSlack"/> above the heap's budget.
    /// Both come out of the budget, so the heap gets max_memory_bytes less 1/16 of it less 8 MiB
    /// (at least half of it). In a shared process the heap gets all of it.
    /// </summary>
    public static long HeapLimitFor(long limit, MemoryIsolation isolation) =>
        isolation == MemoryIsolation.SharedProcess || limit == long.MaxValue
            ? limit
            : Math.Max(limit / 2, limit - limit / 16 - HardLimitSlack);

    /// <summary>How far above the heap's budget a worker's GC hard limit is set: room for the GC to
    /// work in and for the answer to be written once the run is stopped.</summary>
    public const long HardLimitSlack = 8L << 20;

    /// <summary>What the heap holds beyond what it held when the run began (garbage included until collected).</summary>
    public long Used => Math.Max(0, GC.GetTotalMemory(false) - _baseline);

    /// <summary>Stops the run (memory_limit_exceeded) when what it holds is over the budget.</summary>
    public void Poll() => CheckSize(0);

    /// <summary>Refuses (memory_limit_exceeded) an allocation of <paramref name="bytes"/> that cannot fit.</summary>
    public void CheckSize(long bytes)
    {
        if (Limit == long.MaxValue) return;
        if (bytes > HeapLimit) throw new ResourceLimitException(ResourceLimit.Memory);
        if (Used + bytes <= HeapLimit) return;
        if (HeldAfterCollection() + bytes > HeapLimit) throw new ResourceLimitException(ResourceLimit.Memory);
    }

    /// <summary>The live part of the run's heap, as well as it can be known here without pausing anyone else.</summary>
    private long HeldAfterCollection()
    {
        // What the last full collection found alive, if one ran during this run: in a process of
        // its own that is the run's live heap (plus what it allocated since), found for free.
        if (GC.CollectionCount(2) != _fullCollectionsAtStart)
        {
            var blocking = GC.GetGCMemoryInfo(GCKind.FullBlocking);
            var background = GC.GetGCMemoryInfo(GCKind.Background);
            var fromBackground = background.Index > blocking.Index;
            var last = fromBackground ? background : blocking;
            var held = last.HeapSizeBytes - last.FragmentedBytes - _baseline;
            // A figure under the budget settles it. One over it is not trusted alone: a background
            // collection counts as alive what was allocated while it ran (a loop of large strings,
            // each dropped at once, looks held) and the young generations' garbage (a traced run
            // makes much), so the run collects to be sure; in a shared process only then, since
            // a collection pauses the other work too.
            if (held <= HeapLimit || (_isolation == MemoryIsolation.SharedProcess && !fromBackground)) return Math.Max(0, held);
        }
        else if (_isolation == MemoryIsolation.SharedProcess) return 0;
        // The run collects its garbage to know, but at most once per
        // CollectEvery bytes allocated, so that a run living close to its budget does not spend all
        // its time collecting; meanwhile the GC's hard limit, a little above the budget, is the bound.
        var allocated = GC.GetTotalAllocatedBytes();
        if (allocated - _allocatedAtLastCollection < CollectEvery) return 0;
        _allocatedAtLastCollection = allocated;
        GC.Collect();
        return Used;
    }

    /// <summary>
    /// Called once the run has let go of what it held after running out of memory: in a process
    /// of its own, the garbage is collected at once, so that building the answer does not meet the
    /// GC's hard limit again.
    /// </summary>
    public void Released()
    {
        if (_isolation == MemoryIsolation.OwnProcess) GC.Collect();
    }

    public static void CheckContainer(long slots) => RuntimeContext.Current.CheckAllocation(slots * SlotBytes);
    public static void CheckString(long chars) => RuntimeContext.Current.CheckAllocation(chars * 2);
}

/// <summary>Whether a run has its process to itself, which decides how its memory can be measured.</summary>
public enum MemoryIsolation
{
    /// <summary>Other runs or other work share the process (tests, the benchmarks, a host of the
    /// Engine): a collection is forced only to check a background collection's figure over the budget.</summary>
    SharedProcess,

    /// <summary>The run is the only work of its process (a sandbox worker): it may collect its own garbage.</summary>
    OwnProcess,
}
