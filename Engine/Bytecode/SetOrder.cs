using System.Numerics;
using Engine.Hashing;
using Engine.Syntax;

namespace Engine.Bytecode;

/// <summary>
/// The iteration order of a frozenset built from constants, as Objects/setobject.c gives it:
/// items go one by one into an open-addressing table of 8 slots (set_add_entry: the slot
/// hash &amp; mask, then up to LINEAR_PROBES 9 neighbours, then the perturbed jump
/// i*5 + 1 + perturb), an item equal to one already there (same hash and ==, so 1, 1.0 and
/// True are one) is dropped, and when fill*5 &gt;= mask*3 the table grows to the smallest power
/// of two above used*4 by set_insert_clean. Iteration walks the table slot by slot.
/// Where an item's hash is by identity (<see cref="ConstantHash.Of"/> is null: None, Ellipsis,
/// NaN) CPython's order depends on addresses; the items then keep their source order, equal
/// ones still dropped.
/// </summary>
public static class SetOrder
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;

    /// <summary>PyFrozenSet_New(tuple(items)): the distinct items in table order.</summary>
    public static PyConstant[] FrozenSetNew(IReadOnlyList<PyConstant> items)
    {
        var hashes = new long[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            if (SlotHash(items[i]) is not { } h) return Distinct(items);
            hashes[i] = h;
        }

        var table = new Table(MinSize);
        for (var i = 0; i < items.Count; i++) table.Add(items[i], hashes[i]);
        return table.Keys();
    }

    /// <summary>The hash that places an item in the table; None and Ellipsis hash by address, whose
    /// low bits are known (<see cref="PyHash.NoneHash"/>).</summary>
    private static long? SlotHash(PyConstant item) => item switch
    {
        NoneConstant => PyHash.NoneHash,
        EllipsisConstant => PyHash.EllipsisHash,
        _ => ConstantHash.Of(item),
    };

    /// <summary>Source order less later items equal to earlier ones.</summary>
    private static PyConstant[] Distinct(IReadOnlyList<PyConstant> items)
    {
        var kept = new List<PyConstant>();
        foreach (var item in items)
            if (!kept.Any(k => ReferenceEquals(k, item) || PyEquals(k, item))) kept.Add(item);
        return [.. kept];
    }

    /// <summary>A set's table without deletions: no dummy entries, so fill is used.</summary>
    private sealed class Table(int size)
    {
        private PyConstant?[] _keys = new PyConstant?[size];
        private long[] _hashes = new long[size];
        private int _used;

        private ulong Mask => (ulong)_keys.Length - 1;

        /// <summary>set_add_entry.</summary>
        public void Add(PyConstant key, long hash)
        {
            var mask = Mask;
            var i = (ulong)hash & mask;
            var perturb = (ulong)hash;
            while (true)
            {
                var probes = i + LinearProbes <= mask ? LinearProbes : 0;
                for (var j = i; j <= i + (ulong)probes; j++)
                {
                    var entry = _keys[j];
                    if (entry is null)
                    {
                        _keys[j] = key;
                        _hashes[j] = hash;
                        _used++;
                        if ((ulong)_used * 5 >= mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                        return;
                    }
                    if (_hashes[j] == hash && (ReferenceEquals(entry, key) || PyEquals(entry, key))) return;
                }
                perturb >>= PerturbShift;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }

        /// <summary>set_table_resize: the smallest power of two above minUsed, refilled slot by slot.</summary>
        private void Resize(int minUsed)
        {
            var newSize = MinSize;
            while (newSize <= minUsed) newSize <<= 1;
            var (oldKeys, oldHashes) = (_keys, _hashes);
            _keys = new PyConstant?[newSize];
            _hashes = new long[newSize];
            for (var k = 0; k < oldKeys.Length; k++)
                if (oldKeys[k] is { } key) InsertClean(key, oldHashes[k]);
        }

        /// <summary>set_insert_clean: the first free slot on the probe sequence, no comparisons.</summary>
        private void InsertClean(PyConstant key, long hash)
        {
            var mask = Mask;
            var i = (ulong)hash & mask;
            var perturb = (ulong)hash;
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

        /// <summary>set_next: the occupied slots in table order.</summary>
        public PyConstant[] Keys() => [.. _keys.OfType<PyConstant>()];
    }

    /// <summary>Python's == between two constants: numbers by value across int, bool, float and
    /// complex; str, bytes, tuples and frozensets by content; anything else by identity.</summary>
    public static bool PyEquals(PyConstant a, PyConstant b)
    {
        if (Numeric(a) is { } x && Numeric(b) is { } y)
            return x.Imag == y.Imag && (x.Int is { } i && y.Int is { } j ? i == j
                : x.Int is { } xi ? IntEqualsDouble(xi, y.Real)
                : y.Int is { } yi ? IntEqualsDouble(yi, x.Real)
                : x.Real == y.Real);
        return (a, b) switch
        {
            (StrConstant s, StrConstant t) => s.Value == t.Value,
            (BytesConstant s, BytesConstant t) => s.Value.AsSpan().SequenceEqual(t.Value),
            (TupleConstant s, TupleConstant t) => s.Items.Length == t.Items.Length
                && s.Items.Zip(t.Items).All(p => ReferenceEquals(p.First, p.Second) || PyEquals(p.First, p.Second)),
            (FrozenSetConstant s, FrozenSetConstant t) => s.Items.Length == t.Items.Length
                && s.Items.All(i => t.Items.Any(j => ReferenceEquals(i, j) || PyEquals(i, j))),
            _ => ReferenceEquals(a, b) || (a is NoneConstant && b is NoneConstant) || (a is EllipsisConstant && b is EllipsisConstant),
        };
    }

    /// <summary>A number as an exact int (ints and bools) or a real part, and an imaginary part.</summary>
    private static (BigInteger? Int, double Real, double Imag)? Numeric(PyConstant c) => c switch
    {
        BoolConstant b => (b.Value ? BigInteger.One : BigInteger.Zero, 0, 0),
        IntConstant i => (i.Value, 0, 0),
        FloatConstant f => (null, f.Value, 0),
        ComplexConstant z => (null, z.Real, z.Imag),
        _ => null,
    };

    /// <summary>float_richcompare never rounds the int: equal only to an integral float of exactly its value.</summary>
    private static bool IntEqualsDouble(BigInteger i, double d) =>
        double.IsFinite(d) && Math.Floor(d) == d && new BigInteger(d) == i;
}
