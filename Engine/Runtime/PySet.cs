namespace Engine.Runtime;

/// <summary>
/// Python's set and frozenset, on CPython's own hash table (Objects/setobject.c: open
/// addressing, 9 linear probes then perturbed probing, resized at 60% fill), so that iteration
/// and repr list the items in CPython's order, e.g. {3, 1, 2} prints as {1, 2, 3}. (Strings
/// hash differently from run to run in CPython, so only the order of numbers can agree.)
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject Dummy = new PyCell();

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill, _used;
    public readonly bool Frozen;

    public PySet(IEnumerable<PyObject> items, bool frozen = false)
    {
        Frozen = frozen;
        foreach (var i in items) Add(i);
    }

    public override PyType Type => Frozen ? PyTypes.FrozenSet : PyTypes.Set;
    public int Count => _used;
    public override bool IsTrue() => _used != 0;

    /// <summary>The items in table order (CPython's iteration order).</summary>
    public IEnumerable<PyObject> Items
    {
        get
        {
            var keys = _keys;
            for (var i = 0; i < keys.Length; i++)
                if (keys[i] is { } k && !ReferenceEquals(k, Dummy)) yield return k;
        }
    }

    private int Mask => _keys.Length - 1;

    public bool Contains(PyObject key) => FindSlot(key, key.Hash()) >= 0;

    private int FindSlot(PyObject key, long hash)
    {
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = _keys[j];
                if (k is null) return -1;
                if (_hashes[j] == hash && !ReferenceEquals(k, Dummy) && (ReferenceEquals(k, key) || Ops.Equal(k, key))) return (int)j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    public void Add(PyObject key)
    {
        var hash = key.Hash();
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        long freeSlot = -1;
        ulong slot;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = _keys[j];
                if (k is null)
                {
                    slot = j;
                    goto unusedOrDummy;
                }
                if (ReferenceEquals(k, Dummy)) freeSlot = (long)j;
                else if (_hashes[j] == hash && (ReferenceEquals(k, key) || Ops.Equal(k, key))) return;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    unusedOrDummy:
        if (freeSlot >= 0)
        {
            _keys[freeSlot] = key;
            _hashes[freeSlot] = hash;
            _used++;
            return;
        }
        _keys[slot] = key;
        _hashes[slot] = hash;
        _fill++;
        _used++;
        if ((ulong)_fill * 5 < mask * 3) return;
        Resize(_used > 50000 ? _used * 2L : _used * 4L);
    }

    public bool Remove(PyObject key)
    {
        var slot = FindSlot(key, key.Hash());
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _hashes[slot] = -1;
        _used--;
        return true;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = 0;
    }

    private void Resize(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed) size <<= 1;
        MemoryBudget.CheckContainer(size);
        var oldKeys = _keys;
        var oldHashes = _hashes;
        _keys = new PyObject?[size];
        _hashes = new long[size];
        _fill = _used;
        var mask = (ulong)(size - 1);
        for (var n = 0; n < oldKeys.Length; n++)
        {
            if (oldKeys[n] is not { } key || ReferenceEquals(key, Dummy)) continue;
            // set_insert_clean: the first empty slot along the probe sequence.
            var hash = oldHashes[n];
            var perturb = (ulong)hash;
            var i = (ulong)hash & mask;
            while (true)
            {
                if (_keys[i] is null) break;
                var found = false;
                if (i + LinearProbes <= mask)
                {
                    for (var j = 1; j <= LinearProbes; j++)
                        if (_keys[i + (ulong)j] is null) { i += (ulong)j; found = true; break; }
                }
                if (found) break;
                perturb >>= PerturbShift;
                i = (i * 5 + 1 + perturb) & mask;
            }
            _keys[i] = key;
            _hashes[i] = hash;
        }
    }

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
