using System.Numerics;
using Engine.Hashing;
using Engine.Syntax;

namespace Engine.Bytecode;

/// <summary>
/// CPython 3.11's <c>hash()</c> of a constant, as a 64-bit build with PYTHONHASHSEED=0 computes
/// it, without the runtime: the numeric hash (Python/pyhash.c, the value modulo 2**61 - 1 so that
/// 1, 1.0 and True agree), SipHash-1-3 over a str's PEP 393 bytes or a bytes' bytes, 3.11's
/// xxHash-based tuplehash and frozenset_hash. Null where CPython hashes by identity (None,
/// Ellipsis, a NaN, and a container holding one): the answer depends on an address, so no
/// order built on it can be reproduced.
/// </summary>
public static class ConstantHash
{
    /// <summary>_PyHASH_MODULUS: the Mersenne prime 2**61 - 1.</summary>
    public const ulong Modulus = PyHash.Modulus;

    public static long? Of(PyConstant value) => value switch
    {
        BoolConstant b => b.Value ? 1 : 0,
        IntConstant i => OfInt(i.Value),
        FloatConstant f => OfDouble(f.Value),
        ComplexConstant c => OfComplex(c.Real, c.Imag),
        StrConstant s => OfStr(s.Value),
        BytesConstant b => OfBytes(b.Value),
        TupleConstant t => OfTuple(t.Items),
        FrozenSetConstant s => OfFrozenSet(s.Items),
        _ => null,
    };

    /// <summary>long_hash: |v| modulo the prime, with v's sign; -1 is the error code, so -2.</summary>
    public static long OfInt(BigInteger v) => PyHash.OfInt(v);

    /// <summary>_Py_HashDouble; NaN hashes by identity in 3.11: null.</summary>
    public static long? OfDouble(double v) => double.IsNaN(v) ? null : PyHash.OfDouble(v);

    /// <summary>complex_hash: hash(real) + 1000003 * hash(imag), wrapping.</summary>
    public static long? OfComplex(double real, double imag) =>
        OfDouble(real) is { } r && OfDouble(imag) is { } i ? PyHash.OfComplex(r, i) : null;

    /// <summary>unicode_hash: SipHash-1-3 over the PEP 393 bytes.</summary>
    public static long OfStr(string s) => PyHash.OfStr(s);

    /// <summary>_Py_HashBytes: 0 for no bytes, else SipHash-1-3 keyed with zeros (PYTHONHASHSEED=0).</summary>
    public static long OfBytes(ReadOnlySpan<byte> data) => PyHash.OfBytes(data);

    /// <summary>tuplehash (3.11): xxHash's round over the items' hashes, then the length.</summary>
    public static long? OfTuple(IReadOnlyList<PyConstant> items)
    {
        var hasher = PyHash.TupleHasher.Start();
        foreach (var item in items)
        {
            if (Of(item) is not { } lane) return null;
            hasher.Add(lane);
        }
        return hasher.Finish(items.Count);
    }

    /// <summary>frozenset_hash: the xor of every item's shuffled hash (empty slots cancel out and a
    /// constant has no dummies), the size, then a final dispersion.</summary>
    public static long? OfFrozenSet(IReadOnlyList<PyConstant> items)
    {
        ulong hash = 0;
        foreach (var item in items)
        {
            if (Of(item) is not { } h) return null;
            hash ^= PyHash.ShuffleBits(h);
        }
        return PyHash.FrozenSetFinish(hash, items.Count);
    }
}
