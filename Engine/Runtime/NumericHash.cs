using System.Numerics;
using Engine.Hashing;

namespace Engine.Runtime;

/// <summary>CPython's numeric hash of the runtime's numbers (<see cref="PyHash"/>): the value
/// modulo the Mersenne prime 2**61 - 1, so that equal numbers of different types (1, 1.0, True)
/// hash alike.</summary>
public static class NumericHash
{
    public static long OfInt(PyInt i) => i.IsBig ? PyHash.OfInt(i.AsBig) : PyHash.OfInt(i.Value);

    /// <summary>A NaN hashes by identity in 3.11: <paramref name="owner"/>'s.</summary>
    public static long OfDouble(double v, PyObject owner) =>
        double.IsNaN(v) ? PyObject.IdentityHash(owner) : PyHash.OfDouble(v);
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
        if (!i.IsBig && i.Value > -(1L << 53) && i.Value < (1L << 53)) return ((double)i.Value).CompareTo(f);
        var floor = Math.Floor(f);
        var c = i.AsBig.CompareTo(new BigInteger(floor));
        if (c != 0) return c;
        return f > floor ? -1 : 0;
    }
}
