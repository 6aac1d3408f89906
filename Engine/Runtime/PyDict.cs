namespace Engine.Runtime;

/// <summary>
/// Python's dict: insertion ordered, keys compared with Python's hash and ==, so 1, 1.0 and
/// True are one key. Entries live in an append-only array (deleted slots are holes, compacted
/// when they pile up) indexed by a hash map from key to slot, like CPython's compact dict.
/// </summary>
public class PyDict : PyObject
{
    private readonly Dictionary<PyObject, int> _index = new(KeyComparer.Instance);
    private readonly List<Entry> _entries = [];

    /// <summary>A slot of the entries: a key and its value, or a hole (a null key) where a key was
    /// removed. Fields, not a KeyValuePair?, so a value is read and replaced in place.</summary>
    private struct Entry(PyObject key, PyObject value)
    {
        public PyObject? Key = key;
        public PyObject Value = value;
    }

    public override PyType Type => PyTypes.Dict;
    public int Count => _index.Count;

    /// <summary>Changes when a key is added or removed, not when a value is replaced (CPython's
    /// dict keys version): a cache of where a key's entry is (LOAD_GLOBAL's, a module attribute's)
    /// is good while it holds, and reads the entry's current value.</summary>
    public int KeysVersion { get; private set; }

    /// <summary>One bit for each key ever added that is an exact str (bit hash mod 64), all of
    /// them once any other key was: a str whose bit is clear is certainly not a key, known without
    /// a lookup. LOAD_METHOD asks it of an instance dict for every call of a method.</summary>
    private ulong _strKeyBits;

    /// <summary>False when <paramref name="key"/> is certainly not a key (see <see cref="_strKeyBits"/>).</summary>
    internal bool MayHaveKey(PyStr key) => (_strKeyBits & (1UL << (int)(key.Hash() & 63))) != 0;

    /// <summary>Notes a key added (its hash is computed and kept by then: a str's hash is cached).</summary>
    private void Added(PyObject key) =>
        _strKeyBits |= key.GetType() == typeof(PyStr) ? 1UL << (int)(key.Hash() & 63) : ulong.MaxValue;

    /// <summary>The slot of <paramref name="key"/>'s entry, or -1.</summary>
    internal int SlotOf(PyObject key) => _index.Count != 0 && _index.TryGetValue(key, out var slot) ? slot : -1;

    /// <summary>The value at a slot <see cref="SlotOf"/> gave, while <see cref="KeysVersion"/> is unchanged.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal PyObject ValueAt(int slot) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries)[slot].Value;
    public override bool IsTrue() => _index.Count != 0;
    public override long Hash() => throw PyException.Unhashable(this);

    /// <summary>Replaces the value at a slot <see cref="SlotOf"/> gave, while <see cref="KeysVersion"/>
    /// is unchanged (the key object stays, as <see cref="Set(PyObject, PyObject)"/> keeps it).</summary>
    internal void SetValueAt(int slot, PyObject value)
    {
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries)[slot].Value = value;
    }

    public PyObject? Get(PyObject key)
    {
        if (_index.Count == 0) { HashOnly(key); return null; }
        return _index.TryGetValue(key, out var slot) ? _entries[slot].Value : null;
    }

    /// <summary>
    /// CPython hashes the key before every lookup, even in an empty dict (so a user __hash__
    /// runs and an unhashable key raises); .NET's Dictionary skips hashing until its first
    /// insertion, so an empty index is probed by hand.
    /// </summary>
    private static void HashOnly(PyObject key)
    {
        if (key.GetType() != typeof(PyStr)) key.Hash();
    }

    public PyObject? Get(string key) => Get(PyStr.Name(key));

    /// <summary>
    /// A lookup that tries slot <paramref name="hint"/> first (CPython's LOAD_ATTR_WITH_HINT): the
    /// instances of a class mostly store their attributes in one order, so an attribute sits at
    /// the same slot in each. A slot holding the very key object is the key's entry; otherwise
    /// the hash lookup runs and the hint moves to where it found the key.
    /// </summary>
    internal PyObject? GetWithHint(PyObject key, ref int hint)
    {
        var entries = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries);
        if ((uint)hint < (uint)entries.Length && ReferenceEquals(entries[hint].Key, key)) return entries[hint].Value;
        if (_index.Count == 0 || !_index.TryGetValue(key, out var slot)) return null;
        hint = slot;
        return entries[slot].Value;
    }

    /// <summary><see cref="Set(PyObject, PyObject)"/> that tries slot <paramref name="hint"/> first, as <see cref="GetWithHint"/>.</summary>
    internal void SetWithHint(PyObject key, PyObject value, ref int hint)
    {
        var entries = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries);
        if ((uint)hint < (uint)entries.Length && ReferenceEquals(entries[hint].Key, key))
        {
            entries[hint].Value = value;
            return;
        }
        Set(key, value);
        if (_index.TryGetValue(key, out var slot)) hint = slot;
    }

    public bool ContainsKey(PyObject key)
    {
        if (_index.Count == 0) { HashOnly(key); return false; }
        return _index.ContainsKey(key);
    }

    public void Set(PyObject key, PyObject value)
    {
        // One lookup, so a key's __hash__ runs once per insertion, as in CPython.
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out var exists);
        if (exists)
        {
            // CPython keeps the first key object and replaces the value.
            System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_entries)[slot].Value = value;
            return;
        }
        slot = _entries.Count;
        _entries.Add(new(key, value));
        Added(key);
        KeysVersion++;
    }

    public void Set(string key, PyObject value) => Set(PyStr.Name(key), value);

    /// <summary>
    /// dict.pop's lookup (_PyDict_Pop): an empty dict answers before hashing; otherwise one
    /// hash and one probe find and remove the entry. Null when the key is absent.
    /// </summary>
    public PyObject? Pop(PyObject key)
    {
        if (_index.Count == 0 || !_index.Remove(key, out var slot)) return null;
        var value = _entries[slot].Value;
        _entries[slot] = default;
        KeysVersion++;
        if (_entries.Count > 16 && _index.Count < _entries.Count / 2) Compact();
        return value;
    }

    /// <summary>dict.setdefault (PyDict_SetDefault): one hash and one probe, inserting when absent.</summary>
    public PyObject SetDefault(PyObject key, PyObject value)
    {
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_index, key, out var exists);
        if (exists) return _entries[slot].Value;
        slot = _entries.Count;
        _entries.Add(new(key, value));
        Added(key);
        KeysVersion++;
        return value;
    }

    public bool Remove(PyObject key)
    {
        if (_index.Count == 0) { HashOnly(key); return false; }
        if (!_index.Remove(key, out var slot)) return false;
        _entries[slot] = default;
        KeysVersion++;
        if (_entries.Count > 16 && _index.Count < _entries.Count / 2) Compact();
        return true;
    }

    public void Clear()
    {
        _index.Clear();
        _entries.Clear();
        KeysVersion++;
    }

    private void Compact()
    {
        var live = _entries.Where(e => e.Key is not null).ToList();
        _entries.Clear();
        _index.Clear();
        foreach (var e in live)
        {
            _index.Add(e.Key!, _entries.Count);
            _entries.Add(e);
        }
    }

    /// <summary>The live entries in insertion order. Callers that run Python code while
    /// iterating use <see cref="EntryAt"/> to notice changes instead.</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items
    {
        get
        {
            for (var i = 0; i < _entries.Count; i++)
                if (_entries[i] is { Key: { } key } e) yield return new(key, e.Value);
        }
    }

    public IEnumerable<PyObject> Keys => Items.Select(e => e.Key);
    public IEnumerable<PyObject> Values => Items.Select(e => e.Value);

    /// <summary>Slot-based iteration for dict iterators: the number of slots and the entry at one (null for a hole).</summary>
    public int SlotCount => _entries.Count;
    public KeyValuePair<PyObject, PyObject>? EntryAt(int slot) =>
        _entries[slot] is { Key: { } key } e ? new KeyValuePair<PyObject, PyObject>(key, e.Value) : null;

    public override bool? EqualsObject(PyObject other) => other is PyDict d ? SameItems(d) : null;

    /// <summary>dict equality: the same keys with equal values.</summary>
    public bool SameItems(PyDict d)
    {
        if (d.Count != Count) return false;
        using var guard = RecursionGuard.Enter();
        foreach (var (k, v) in Items)
        {
            var ov = d.Get(k);
            if (ov is null || (!ReferenceEquals(v, ov) && !Ops.Equal(v, ov))) return false;
        }
        return true;
    }

    public override void WriteRepr(ReprWriter w)
    {
        if (!w.TryEnter(this))
        {
            w.Append("{...}");
            return;
        }
        try
        {
            w.Append('{');
            var first = true;
            foreach (var (k, v) in Items)
            {
                if (w.Full) break;
                if (!first) w.Append(", ");
                first = false;
                k.WriteRepr(w);
                w.Append(": ");
                v.WriteRepr(w);
            }
            w.Append('}');
        }
        finally { w.Exit(this); }
    }

    /// <summary>Python's key equality: identity, else hash then ==.</summary>
    private sealed class KeyComparer : IEqualityComparer<PyObject>
    {
        public static readonly KeyComparer Instance = new();
        public bool Equals(PyObject? x, PyObject? y) => ReferenceEquals(x, y) || (x is not null && y is not null
            && (x.GetType() == typeof(PyStr) && y.GetType() == typeof(PyStr)
                ? string.Equals(((PyStr)x).Value, ((PyStr)y).Value, StringComparison.Ordinal)
                : Ops.Equal(x, y)));
        public int GetHashCode(PyObject obj) => obj.Hash().GetHashCode();
    }
}
