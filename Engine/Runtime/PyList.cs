namespace Engine.Runtime;

/// <summary>Python's list. Growth past the large-object threshold is checked against the run's memory budget first.</summary>
public class PyList : PyObject
{
    public readonly List<PyObject> Items;

    public PyList() => Items = [];

    public PyList(List<PyObject> items)
    {
        Items = items;
    }

    public PyList(IEnumerable<PyObject> items) : this(new List<PyObject>(items)) { }

    public override PyType Type => PyTypes.List;
    public int Count => Items.Count;

    public void Append(PyObject item)
    {
        if (Items.Count == Items.Capacity) Grow(Items.Count + 1);
        Items.Add(item);
    }

    /// <summary>Makes room for <paramref name="needed"/> items, checking the memory budget first.</summary>
    public void Grow(long needed)
    {
        if (needed <= Items.Capacity) return;
        var capacity = Math.Max(needed, Math.Max(4L, Items.Capacity * 2L));
        MemoryBudget.CheckContainer(capacity);
        Items.Capacity = (int)Math.Min(capacity, Array.MaxLength);
    }

    public void Extend(IReadOnlyCollection<PyObject> items)
    {
        Grow(Items.Count + (long)items.Count);
        Items.AddRange(items);
    }

    public override bool IsTrue() => Items.Count != 0;
    public override long Hash() => throw PyException.Unhashable(this);
    public override bool? EqualsObject(PyObject other) =>
        other is PyList l ? Sequence.ItemsEqual(Items, l.Items) : null;

    public override void WriteRepr(ReprWriter w) => Sequence.WriteItems(w, this, Items, "[", "]", false);
}

/// <summary>Python's tuple.</summary>
public class PyTuple : PyObject
{
    public static readonly PyTuple Empty = new([]);
    public readonly PyObject[] Items;

    public PyTuple(PyObject[] items)
    {
        Items = items;
    }

    public static PyTuple Create(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public override PyType Type => PyTypes.Tuple;
    public int Count => Items.Length;
    public override bool IsTrue() => Items.Length != 0;

    /// <summary>CPython's tuplehash (the xxHash-based one of 3.8+).</summary>
    public override long Hash()
    {
        const ulong prime1 = 11400714785074694791UL, prime2 = 14029467366897019727UL, prime5 = 2870177450012600261UL;
        using var guard = RecursionGuard.Enter();
        ulong acc = prime5;
        foreach (var item in Items)
        {
            var lane = unchecked((ulong)item.Hash());
            acc = unchecked(acc + lane * prime2);
            acc = (acc << 31) | (acc >> 33);
            acc = unchecked(acc * prime1);
        }
        acc = unchecked(acc + ((ulong)Items.Length ^ (prime5 ^ 3527539UL)));
        var h = unchecked((long)acc);
        return h == -1 ? 1546275796 : h;
    }

    public override bool? EqualsObject(PyObject other) =>
        other is PyTuple t ? Sequence.ItemsEqual(Items, t.Items) : null;

    public override void WriteRepr(ReprWriter w) => Sequence.WriteItems(w, this, Items, "(", ")", Items.Length == 1);
}

/// <summary>Helpers shared by the sequence types.</summary>
public static class Sequence
{
    public static bool ItemsEqual(IReadOnlyList<PyObject> a, IReadOnlyList<PyObject> b)
    {
        if (a.Count != b.Count) return false;
        using var guard = RecursionGuard.Enter();
        for (var i = 0; i < a.Count && i < b.Count; i++)
            if (!ReferenceEquals(a[i], b[i]) && !Ops.Equal(a[i], b[i])) return false;
        return a.Count == b.Count;
    }

    public static void WriteItems(ReprWriter w, PyObject owner, IReadOnlyList<PyObject> items, string open, string close, bool trailingComma)
    {
        if (!w.TryEnter(owner))
        {
            w.Append(open).Append("...").Append(close);
            return;
        }
        try
        {
            w.Append(open);
            for (var i = 0; i < items.Count && !w.Full; i++)
            {
                if (i > 0) w.Append(", ");
                items[i].WriteRepr(w);
            }
            if (trailingComma) w.Append(',');
            w.Append(close);
        }
        finally { w.Exit(owner); }
    }

    /// <summary>Normalises a possibly negative index against <paramref name="length"/>; -1 when out of range.</summary>
    public static long Index(long index, long length)
    {
        if (index < 0) index += length;
        return index < 0 || index >= length ? -1 : index;
    }
}
