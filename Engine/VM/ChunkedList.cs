using System.Collections;

namespace Engine.VM;

/// <summary>
/// A list that grows by chunks of <see cref="ChunkSize"/> items instead of by copying into one
/// array twice the size: a long trace never needs one large contiguous block, which under a
/// worker's GC hard limit could fail (out of memory) while little of the heap is in use.
/// </summary>
public sealed class ChunkedList<T> : IReadOnlyList<T>
{
    /// <summary>Items per chunk: 4096 references are 32 KiB, below the large-object heap's threshold.</summary>
    public const int ChunkSize = 4096;

    private readonly List<T[]> _chunks = [];

    public int Count { get; private set; }

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            return _chunks[index / ChunkSize][index % ChunkSize];
        }
    }

    public void Add(T item)
    {
        if (Count % ChunkSize == 0) _chunks.Add(new T[ChunkSize]);
        _chunks[^1][Count % ChunkSize] = item;
        Count++;
    }

    public IEnumerator<T> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _chunks[i / ChunkSize][i % ChunkSize];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
