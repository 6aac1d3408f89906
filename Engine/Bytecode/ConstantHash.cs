using System.Numerics;
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
    public const ulong Modulus = (1UL << Bits) - 1;
    private const int Bits = 61;
    private const long Inf = 314159;
    private const ulong Imag = 1000003;

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
    public static long OfInt(BigInteger v)
    {
        var m = (long)(ulong)(BigInteger.Abs(v) % Modulus);
        return Fix(v.Sign < 0 ? -m : m);
    }

    /// <summary>_Py_HashDouble: a finite float is m * 2**e exactly, and 2**61 is 1 modulo the
    /// prime, so its hash is (m mod P) * 2**(e mod 61) mod P; infinities are +-314159. NaN
    /// hashes by identity in 3.11: null.</summary>
    public static long? OfDouble(double v)
    {
        if (double.IsNaN(v)) return null;
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        var bits = BitConverter.DoubleToInt64Bits(v) & long.MaxValue;
        var exponent = (int)(bits >> 52);
        var mantissa = (ulong)bits & ((1UL << 52) - 1);
        if (exponent == 0) exponent = 1; else mantissa |= 1UL << 52;
        var e = exponent - 1075;
        var shift = ((e % Bits) + Bits) % Bits;
        var h = (long)(ulong)(((UInt128)mantissa << shift) % Modulus);
        return Fix(v < 0 ? -h : h);
    }

    /// <summary>complex_hash: hash(real) + 1000003 * hash(imag), wrapping.</summary>
    public static long? OfComplex(double real, double imag)
    {
        if (OfDouble(real) is not { } r || OfDouble(imag) is not { } i) return null;
        return Fix((long)((ulong)r + Imag * (ulong)i));
    }

    /// <summary>unicode_hash: _Py_HashBytes over the string's PEP 393 representation, one byte per
    /// code point when all are below 256, two (UTF-16LE) when all are below 65536, else four.
    /// A lone surrogate is a code point of its own, as in Python.</summary>
    public static long OfStr(string s)
    {
        var max = 0;
        var codePoints = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                c = char.ConvertToUtf32(s[i], s[++i]);
            codePoints.Add(c);
            max = Math.Max(max, c);
        }
        var width = max < 0x100 ? 1 : max < 0x10000 ? 2 : 4;
        var data = new byte[codePoints.Count * width];
        for (var i = 0; i < codePoints.Count; i++)
            for (var b = 0; b < width; b++)
                data[i * width + b] = (byte)(codePoints[i] >> (8 * b));
        return OfBytes(data);
    }

    /// <summary>_Py_HashBytes: 0 for no bytes, else SipHash-1-3 keyed with zeros (PYTHONHASHSEED=0).</summary>
    public static long OfBytes(ReadOnlySpan<byte> data) =>
        data.Length == 0 ? 0 : Fix((long)SipHash13.Hash(0, 0, data));

    /// <summary>tuplehash (3.11): xxHash's round over the items' hashes, then the length.</summary>
    public static long? OfTuple(IReadOnlyList<PyConstant> items)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in items)
        {
            if (Of(item) is not { } lane) return null;
            acc += (ulong)lane * Prime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= Prime1;
        }
        acc += (ulong)items.Count ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>frozenset_hash: the xor of every item's shuffled hash (empty slots cancel out and a
    /// constant has no dummies), the size, then a final dispersion.</summary>
    public static long? OfFrozenSet(IReadOnlyList<PyConstant> items)
    {
        ulong hash = 0;
        foreach (var item in items)
        {
            if (Of(item) is not { } h) return null;
            hash ^= ShuffleBits((ulong)h);
        }
        hash ^= ((ulong)items.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    private static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;

    private static long Fix(long h) => h == -1 ? -2 : h;
}
