using System.Numerics;

namespace Engine.Runtime;

/// <summary>
/// CPython's numeric hash (Python/pyhash.c): a number's value modulo the Mersenne prime
/// 2**61 - 1, so that equal numbers of different types (1, 1.0, True) hash alike.
/// </summary>
public static class NumericHash
{
    private const long Modulus = (1L << 61) - 1;
    private const int Bits = 61;
    private const long Inf = 314159;

    public static long OfInt(PyInt i)
    {
        long h;
        if (!i.IsBig)
        {
            var v = i.Value;
            var abs = v < 0 ? (ulong)(-(v + 1)) + 1 : (ulong)v; // |v|, MinValue included
            var m = (long)(abs % Modulus);
            h = v < 0 ? -m : m;
        }
        else
        {
            var big = i.AsBig;
            var m = (long)(BigInteger.Abs(big) % Modulus);
            h = big.Sign < 0 ? -m : m;
        }
        return h == -1 ? -2 : h;
    }

    public static long OfDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        if (double.IsNaN(v)) return 0;
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18) return OfInt(PyInt.From((long)v));
        // v = mantissa * 2**exponent exactly; 2**-k is 2**(61 - k mod 61) modulo the prime.
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        var exp = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        if (exp == 0) exp = 1; else mantissa |= 1L << 52;
        var e = exp - 1075;
        var m = new BigInteger(mantissa) % Modulus;
        var shift = ((e % Bits) + Bits) % Bits;
        var h = (long)((m << shift) % Modulus);
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}

/// <summary>Exact comparisons between ints and floats (CPython's float_richcompare never rounds the int).</summary>
public static class NumericCompare
{
    /// <summary>-1, 0 or 1 as <paramref name="i"/> is below, equal to or above <paramref name="f"/>;
    /// 2 when <paramref name="f"/> is NaN (unordered).</summary>
    public static int IntFloat(PyInt i, double f)
    {
        if (double.IsNaN(f)) return 2;
        if (double.IsPositiveInfinity(f)) return -1;
        if (double.IsNegativeInfinity(f)) return 1;
        if (!i.IsBig && Math.Abs(i.Value) < (1L << 53)) return ((double)i.Value).CompareTo(f);
        var floor = Math.Floor(f);
        var c = i.AsBig.CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return f > floor ? -1 : 0;
    }
}
