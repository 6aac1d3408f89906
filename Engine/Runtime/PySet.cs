using Engine.Hashing;

namespace Engine.Runtime;

/// <summary>
/// Python's set and frozenset, on CPython 3.11's own hash table (Objects/setobject.c): open
/// addressing from slot hash &amp; mask, 9 linear probes then the perturbed jump
/// i*5 + 1 + perturb, a removed key left as a dummy (never reused by an insertion, only dropped
/// by a resize), growth when fill*5 &gt;= mask*3 to the smallest power of two above used*4.
/// Iteration walks the slots, so with CPython's hashes (<see cref="PyHash"/>) every set lists
/// its items in CPython's order. The operations that build one set from others are in
/// <see cref="SetAlgebra"/>.
/// </summary>
public sealed class PySet : PyObject
{
    private const int MinSize = 8, LinearProbes = 9, PerturbShift = 5;
    private static readonly PyObject Dummy = new PyCell();

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private int _fill, _used, _finger;
    private long? _hash;
    public readonly bool Frozen;

    public PySet(bool frozen = false) => Frozen = frozen;

    /// <summary>The items added one by one, as set_update_internal adds a plain iterable's.</summary>
    public PySet(IEnumerable<PyObject> items, bool frozen = false)
    {
        Frozen = frozen;
        foreach (var i in items) Add(i);
    }

    /// <summary>make_new_set: an empty set updated from <paramref name="iterable"/> (null: none).</summary>
    public static PySet From(PyObject? iterable, bool frozen = false)
    {
        var set = new PySet(frozen);
        if (iterable is not null) set.Update(iterable);
        return set;
    }

    public override PyType Type => Frozen ? PyTypes.FrozenSet : PyTypes.Set;
    public int Count => _used;
    public override bool IsTrue() => _used != 0;
    private int Mask => _keys.Length - 1;

    /// <summary>The items in table order (CPython's iteration order).</summary>
    public IEnumerable<PyObject> Items
    {
        get
        {
            var pos = 0;
            while (Next(ref pos, out var key, out _)) yield return key;
        }
    }

    /// <summary>set_next: the active entry at or after <paramref name="pos"/>, which moves past it.</summary>
    public bool Next(ref int pos, out PyObject key, out long hash)
    {
        var keys = _keys;
        for (var i = pos; i < keys.Length; i++)
        {
            if (keys[i] is not { } k || ReferenceEquals(k, Dummy)) continue;
            pos = i + 1;
            key = k;
            hash = _hashes[i];
            return true;
        }
        pos = keys.Length;
        key = null!;
        hash = 0;
        return false;
    }

    /// <summary>x in s. A set key is looked up as the frozenset of its items (set_contains).</summary>
    public bool Contains(PyObject key) => Lookup(key, LookupHash(key)) >= 0;

    public bool Contains(PyObject key, long hash) => Lookup(key, hash) >= 0;

    /// <summary>A key's hash for a lookup: an unhashable set's is its items' frozenset hash, which
    /// set_contains and set_discard_key retry with after the TypeError.</summary>
    private static long LookupHash(PyObject key) =>
        key is PySet { Frozen: false } s ? s.ContentHash() : key.Hash();

    /// <summary>set_lookkey: the slot holding a key equal to <paramref name="key"/>, or -1.</summary>
    private int Lookup(PyObject key, long hash)
    {
    restart:
        var table = _keys;
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = table[j];
                if (k is null) return -1;
                if (_hashes[j] == hash && !ReferenceEquals(k, Dummy))
                {
                    if (ReferenceEquals(k, key)) return (int)j;
                    if (FastEqual(k, key) is { } fast)
                    {
                        if (fast) return (int)j;
                    }
                    else
                    {
                        var equal = Ops.Equal(k, key);
                        if (!ReferenceEquals(table, _keys) || !ReferenceEquals(table[j], k)) goto restart;
                        if (equal) return (int)j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>Equality without calling Python code where both are str or int (the common case,
    /// like CPython's unicode shortcut); null when Python's == must decide.</summary>
    private static bool? FastEqual(PyObject a, PyObject b) => (a, b) switch
    {
        (PyStr x, PyStr y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
        (PyInt { IsBig: false } x, PyInt { IsBig: false } y) => x.Value == y.Value,
        _ => null,
    };

    public void Add(PyObject key) => AddEntry(key, key.Hash());

    /// <summary>set_add_entry (3.11): a key equal to one present is dropped; otherwise the probe
    /// sequence runs to a never-used slot, and the key takes the last dummy passed on the way if
    /// there was one (no growth then), else that slot.</summary>
    public void AddEntry(PyObject key, long hash)
    {
    restart:
        var table = _keys;
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        var freeSlot = -1L;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = table[j];
                if (k is null)
                {
                    _hash = null;
                    if (freeSlot >= 0)
                    {
                        table[freeSlot] = key;
                        _hashes[freeSlot] = hash;
                        _used++;
                        return;
                    }
                    table[j] = key;
                    _hashes[j] = hash;
                    _fill++;
                    _used++;
                    if ((ulong)_fill * 5 >= mask * 3) Resize(_used > 50000 ? _used * 2L : _used * 4L);
                    return;
                }
                if (ReferenceEquals(k, Dummy)) freeSlot = (long)j;
                else if (_hashes[j] == hash)
                {
                    if (ReferenceEquals(k, key)) return;
                    if (FastEqual(k, key) is { } fast)
                    {
                        if (fast) return;
                    }
                    else
                    {
                        var equal = Ops.Equal(k, key);
                        if (!ReferenceEquals(table, _keys) || !ReferenceEquals(table[j], k)) goto restart;
                        if (equal) return;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_discard_key: the key's slot becomes a dummy; false when it was not there.</summary>
    public bool Remove(PyObject key) => DiscardEntry(key, LookupHash(key));

    public bool DiscardEntry(PyObject key, long hash)
    {
        var slot = Lookup(key, hash);
        if (slot < 0) return false;
        _keys[slot] = Dummy;
        _hashes[slot] = -1;
        _used--;
        return true;
    }

    /// <summary>set_pop: the first active slot from the finger on (wrapping), which then moves past it.</summary>
    public PyObject Pop()
    {
        if (_used == 0) throw PyException.KeyError(PyStr.From("pop from an empty set"));
        var mask = Mask;
        var i = _finger & mask;
        while (_keys[i] is null || ReferenceEquals(_keys[i], Dummy)) i = (i + 1) & mask;
        var key = _keys[i]!;
        _keys[i] = Dummy;
        _hashes[i] = -1;
        _used--;
        _finger = i + 1;
        return key;
    }

    /// <summary>set_clear_internal: back to an empty 8-slot table (the pop finger stays).</summary>
    public void Clear()
    {
        _keys = new PyObject?[MinSize];
        _hashes = new long[MinSize];
        _fill = _used = 0;
    }

    /// <summary>set_table_resize: the smallest power of two above minUsed, refilled in slot order
    /// by set_insert_clean, dummies dropped.</summary>
    internal void Resize(long minUsed)
    {
        long size = MinSize;
        while (size <= minUsed) size <<= 1;
        MemoryBudget.CheckContainer(size);
        var (oldKeys, oldHashes) = (_keys, _hashes);
        _keys = new PyObject?[size];
        _hashes = new long[size];
        _fill = _used;
        for (var n = 0; n < oldKeys.Length; n++)
            if (oldKeys[n] is { } key && !ReferenceEquals(key, Dummy)) InsertClean(key, oldHashes[n]);
    }

    /// <summary>set_insert_clean: the first empty slot along the probe sequence, no comparisons.</summary>
    private void InsertClean(PyObject key, long hash)
    {
        var mask = (ulong)Mask;
        var perturb = (ulong)hash;
        var i = (ulong)hash & mask;
        while (true)
        {
            var last = i + LinearProbes <= mask ? i + LinearProbes : i;
            for (var j = i; j <= last; j++)
            {
                if (_keys[j] is not null) continue;
                _keys[j] = key;
                _hashes[j] = hash;
                return;
            }
            perturb >>= PerturbShift;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /// <summary>set_update_internal: a set's entries merged (set_merge), a dict's keys with one
    /// resize up front, anything else item by item.</summary>
    public void Update(PyObject other)
    {
        switch (other)
        {
            case PySet s:
                Merge(s);
                return;
            case PyDict d when d.Type == PyTypes.Dict:
                if ((long)(_fill + d.Count) * 5 >= (long)Mask * 3) Resize((long)(_used + d.Count) * 2);
                foreach (var key in d.Keys) AddEntry(key, key.Hash());
                return;
            case PyTuple t:
                foreach (var item in t.Items) Add(item);
                return;
        }
        var it = Ops.Iter(other);
        while (it.Next() is { } item) Add(item);
    }

    /// <summary>set_merge: one resize up front for all of other's items; into an empty table of
    /// the same size without dummies a slot-for-slot copy, into an empty one set_insert_clean,
    /// else set_add_entry for each.</summary>
    private void Merge(PySet other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)Mask * 3) Resize((long)(_used + other._used) * 2);
        _hash = null;
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            _fill = other._fill;
            _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            _fill = _used = other._used;
            for (var n = 0; n < other._keys.Length; n++)
                if (other._keys[n] is { } key && !ReferenceEquals(key, Dummy)) InsertClean(key, other._hashes[n]);
            return;
        }
        var pos = 0;
        while (other.Next(ref pos, out var k, out var h)) AddEntry(k, h);
    }

    /// <summary>set_swap_bodies: the tables trade places (intersection_update keeps the new one).</summary>
    internal void TakeBody(PySet other)
    {
        (_keys, other._keys) = (other._keys, _keys);
        (_hashes, other._hashes) = (other._hashes, _hashes);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        _hash = other._hash = null;
    }

    /// <summary>The number of dummies is more than a quarter of the slots.</summary>
    internal bool ManyDummies => _fill - _used > Mask / 4;

    public override long Hash()
    {
        if (!Frozen) throw PyException.Unhashable(this);
        return _hash ??= ContentHash();
    }

    /// <summary>frozenset_hash over the active entries.</summary>
    private long ContentHash()
    {
        ulong h = 0;
        var pos = 0;
        while (Next(ref pos, out _, out var hash)) h ^= PyHash.ShuffleBits(hash);
        return PyHash.FrozenSetFinish(h, _used);
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

/// <summary>setiter_iternext: the table walked slot by slot; a change of size meanwhile is a
/// RuntimeError once, and the iterator is then exhausted.</summary>
public sealed class SetIterator(PySet set) : PyIterator
{
    private PySet? _set = set;
    private int _pos;
    private readonly int _used = set.Count;

    public override PyType Type => PyTypes.SetIterator;

    public override PyObject? Next()
    {
        Context.Tick();
        if (_set is not { } s) return null;
        if (s.Count != _used)
        {
            _set = null;
            throw PyException.RuntimeError("Set changed size during iteration");
        }
        if (s.Next(ref _pos, out var key, out _)) return key;
        _set = null;
        return null;
    }
}
