namespace Engine.Runtime;

/// <summary>Python's set and frozenset, on the dict's key table (insertion ordered here; CPython's
/// order is by hash, so reprs of sets with several items may differ in order).</summary>
public sealed class PySet : PyObject
{
    public readonly PyDict Table = new();
    public readonly bool Frozen;

    public PySet(IEnumerable<PyObject> items, bool frozen = false)
    {
        Frozen = frozen;
        foreach (var i in items) Table.Set(i, PyNone.Instance);
    }

    public override PyType Type => Frozen ? PyTypes.FrozenSet : PyTypes.Set;
    public int Count => Table.Count;
    public bool Contains(PyObject item) => Table.ContainsKey(item);
    public void Add(PyObject item) => Table.Set(item, PyNone.Instance);
    public IEnumerable<PyObject> Items => Table.Keys;
    public override bool IsTrue() => Table.Count != 0;

    public override long Hash()
    {
        if (!Frozen) throw PyException.Unhashable(this);
        long h = 0;
        foreach (var k in Items) h ^= k.Hash() * 0x9E3779B1L;
        return h == -1 ? -2 : h;
    }

    public override bool? EqualsObject(PyObject other) =>
        other is PySet s ? s.Count == Count && Items.All(s.Contains) : null;

    public override void WriteRepr(ReprWriter w)
    {
        if (Count == 0)
        {
            w.Append(Frozen ? "frozenset()" : "set()");
            return;
        }
        if (!w.TryEnter(this))
        {
            w.Append(Type.Name).Append("(...)");
            return;
        }
        try
        {
            w.Append(Frozen ? "frozenset({" : "{");
            var first = true;
            foreach (var k in Items)
            {
                if (w.Full) break;
                if (!first) w.Append(", ");
                first = false;
                k.WriteRepr(w);
            }
            w.Append(Frozen ? "})" : "}");
        }
        finally { w.Exit(this); }
    }
}
