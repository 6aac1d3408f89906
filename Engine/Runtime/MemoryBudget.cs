using System.Runtime.CompilerServices;

namespace Engine.Runtime;

/// <summary>
/// An approximate accounting of the memory a run holds, to stop it before it harms the process.
/// Only large objects (≥ <see cref="Threshold"/> bytes: long strings, big lists, dicts and
/// ints) are counted, each with an estimate of its size (16 bytes a container slot, 2 bytes a
/// character), and only while they are alive: when the count passes the limit, a garbage
/// collection drops the dead ones before deciding. Operations that would build one object
/// larger than what is left (<c>'a' * 10**10</c>, <c>10**10**8</c>) are refused before
/// allocating. Many small objects are not counted; the step and time limits bound those.
/// </summary>
public sealed class MemoryBudget(long limit)
{
    public const long Threshold = 64 * 1024;
    public const int SlotBytes = 16;

    /// <summary>Containers of fewer items than this are never worth tracking.</summary>
    public const int TrackedItems = (int)(Threshold / SlotBytes);

    private readonly ConditionalWeakTable<object, StrongBox<long>> _tracked = new();
    private long _total;

    public long Limit { get; } = limit;
    public long Tracked => _total;

    /// <summary>Refuses (memory_limit_exceeded) an allocation of <paramref name="bytes"/> that cannot fit.</summary>
    public void CheckSize(long bytes)
    {
        if (bytes < Threshold || Limit == long.MaxValue) return;
        if (bytes > Limit) throw new ResourceLimitException(ResourceLimit.Memory);
        if (_total + bytes > Limit)
        {
            Recount();
            if (_total + bytes > Limit) throw new ResourceLimitException(ResourceLimit.Memory);
        }
    }

    /// <summary>Records that <paramref name="owner"/> now holds about <paramref name="bytes"/> (replacing what it held).</summary>
    public void Track(object owner, long bytes)
    {
        if (bytes < Threshold || Limit == long.MaxValue) return;
        if (_tracked.TryGetValue(owner, out var box))
        {
            _total += bytes - box.Value;
            box.Value = bytes;
        }
        else
        {
            _tracked.Add(owner, new StrongBox<long>(bytes));
            _total += bytes;
        }
        if (_total > Limit)
        {
            Recount();
            if (_total > Limit) throw new ResourceLimitException(ResourceLimit.Memory);
        }
    }

    /// <summary>Sums the tracked objects that are still alive.</summary>
    private void Recount()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long total = 0;
        foreach (var (_, box) in _tracked) total += box.Value;
        _total = total;
    }

    public static void CheckContainer(long slots) => RuntimeContext.Current.Memory.CheckSize(slots * SlotBytes);
    public static void TrackContainer(object owner, long slots) => RuntimeContext.Current.Memory.Track(owner, slots * SlotBytes);
    public static void CheckString(long chars) => RuntimeContext.Current.Memory.CheckSize(chars * 2);
    public static void TrackString(object owner, long chars) => RuntimeContext.Current.Memory.Track(owner, chars * 2);
}
