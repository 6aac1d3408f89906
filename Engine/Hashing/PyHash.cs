using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Engine.Syntax;

namespace Engine.Hashing;

/// <summary>
/// CPython 3.11's hash functions on a 64-bit build with PYTHONHASHSEED=0, on plain .NET values so
/// that both the compiler (constants, <c>Engine.Bytecode.ConstantHash</c>) and the runtime's
/// objects use them: the numeric hash of Python/pyhash.c (the value modulo the prime 2**61 - 1,
/// so that 1, 1.0 and True agree), SipHash-1-3 with a zero key over a str's PEP 393 bytes or a
/// bytes' bytes, 3.11's xxHash-based tuplehash and setobject.c's frozenset_hash. -1 is CPython's
/// error code, so no hash is ever -1.
/// </summary>
public static class PyHash
{
    /// <summary>_PyHASH_MODULUS: the Mersenne prime 2**61 - 1.</summary>
    public const ulong Modulus = (1UL << Bits) - 1;
    private const int Bits = 61;
    public const long Inf = 314159;
    public const ulong Imag = 1000003;

    /// <summary>-1 means "error" to CPython: a computed -1 becomes -2.</summary>
    public static long Fix(long h) => h == -1 ? -2 : h;

    /// <summary>long_hash of a machine integer: |v| modulo the prime, with v's sign.</summary>
    public static long OfInt(long v)
    {
        var abs = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v; // |v|, long.MinValue included
        var m = (long)(abs % Modulus);
        return Fix(v < 0 ? -m : m);
    }

    /// <summary>long_hash of any integer.</summary>
    public static long OfInt(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return OfInt((long)v);
        var m = (long)(ulong)(BigInteger.Abs(v) % Modulus);
        return Fix(v.Sign < 0 ? -m : m);
    }

    /// <summary>_Py_HashDouble for a number that is not NaN (NaN hashes by identity in 3.11): a
    /// finite float is m * 2**e exactly, and 2**61 is 1 modulo the prime, so its hash is
    /// (m mod P) * 2**(e mod 61) mod P; infinities are +-314159.</summary>
    public static long OfDouble(double v)
    {
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

    /// <summary>complex_hash from its parts' hashes: real + 1000003 * imag, wrapping.</summary>
    public static long OfComplex(long realHash, long imagHash) =>
        Fix((long)((ulong)realHash + Imag * (ulong)imagHash));

    /// <summary>_Py_HashBytes: 0 for no bytes, else SipHash-1-3 keyed with zeros.</summary>
    public static long OfBytes(ReadOnlySpan<byte> data) =>
        data.Length == 0 ? 0 : Fix((long)SipHash13.Hash(0, 0, data));

    /// <summary>unicode_hash: _Py_HashBytes over the string's PEP 393 representation, one byte per
    /// code point when all are below 256, two (UTF-16LE) when all are below 65536, else four. A
    /// surrogate code point (its stand-in, see <see cref="Surrogates"/>) is two bytes, as in Python. Only a string of code points above
    /// U+FFFF or below U+0100 is copied, into a stack buffer when short.</summary>
    public static long OfStr(string s)
    {
        if (s.Length == 0) return 0;
        var max = 0;
        var pairs = 0;
        for (var i = 0; i < s.Length; i++)
        {
            int c = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                // a surrogate code point's stand-in counts as the surrogate (two bytes wide)
                c = Surrogates.FromScalar(char.ConvertToUtf32(s[i], s[i + 1]));
                pairs++;
                i++;
            }
            if (c > max) max = c;
        }
        if (pairs == 0 && max >= 0x100 && BitConverter.IsLittleEndian)
            return OfBytes(MemoryMarshal.AsBytes(s.AsSpan()));

        var width = max >= 0x10000 ? 4 : max < 0x100 ? 1 : 2;
        var length = (s.Length - pairs) * width;
        byte[]? rented = null;
        Span<byte> buffer = length <= 512 ? stackalloc byte[length] : (rented = ArrayPool<byte>.Shared.Rent(length)).AsSpan(0, length);
        var at = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = Surrogates.CodePointAt(s, i, out var units);
            i += units - 1;
            for (var b = 0; b < width; b++) buffer[at++] = (byte)(c >> (8 * b));
        }
        var hash = OfBytes(buffer);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return hash;
    }

    /// <summary>tuplehash (3.11): xxHash's round over the items' hashes, then the length.</summary>
    public struct TupleHasher
    {
        private const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        private ulong _acc;

        public static TupleHasher Start() => new() { _acc = Prime5 };

        public void Add(long lane)
        {
            _acc += (ulong)lane * Prime2;
            _acc = BitOperations.RotateLeft(_acc, 31);
            _acc *= Prime1;
        }

        public readonly long Finish(int count)
        {
            var acc = _acc + ((ulong)count ^ (Prime5 ^ 3527539UL));
            return acc == ulong.MaxValue ? 1546275796 : (long)acc;
        }
    }

    /// <summary>frozenset_hash's per-item scrambling (_shuffle_bits), whose xor over the items is
    /// independent of their order.</summary>
    public static ulong ShuffleBits(long hash)
    {
        var h = (ulong)hash;
        return ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
    }

    /// <summary>frozenset_hash's end: the xor of the items' shuffled hashes, the size, then a
    /// final dispersion.</summary>
    public static long FrozenSetFinish(ulong xorOfShuffled, int count)
    {
        var hash = xorOfShuffled ^ (((ulong)count + 1) * 1927868237UL);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713 : (long)hash;
    }

    /// <summary>
    /// None, Ellipsis and NotImplemented hash by address (_Py_HashPointer), which ASLR moves by
    /// whole pages, so the hash's low 8 bits come from the object's offset in its page and are the
    /// same in every run of one CPython build: enough to place it in a table of up to 256 slots.
    /// The values are those of the oracle's build (CPython 3.11.7: None at page offset 0xBE0,
    /// Ellipsis at 0xE60, NotImplemented at 0xA30); the high bits are one run's.
    /// </summary>
    public const long NoneHash = 0x7F9A_6C7E_0BE, EllipsisHash = 0x7F9A_6C7E_0E6, NotImplementedHash = 0x7F9A_6C7E_0A3;

    /// <summary>_Py_HashPointer: an address rotated right by 4 bits (its low bits are alignment).</summary>
    public static long OfPointer(long address)
    {
        var h = (long)BitOperations.RotateRight((ulong)address, 4);
        return Fix(h);
    }
}
