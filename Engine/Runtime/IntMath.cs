using System.Numerics;

namespace Engine.Runtime;

/// <summary>Python's integer and float arithmetic where it differs from C#'s: floor division and
/// modulo round toward minus infinity, true division of ints is correctly rounded, and overflow
/// of a 64-bit result moves to BigInteger instead of wrapping.</summary>
public static class IntMath
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject Add(long a, long b)
    {
        var r = unchecked(a + b);
        return ((a ^ r) & (b ^ r)) < 0 ? Big((BigInteger)a + b) : PyInt.From(r);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static PyObject Subtract(long a, long b)
    {
        var r = unchecked(a - b);
        return ((a ^ b) & (a ^ r)) < 0 ? Big((BigInteger)a - b) : PyInt.From(r);
    }

    /// <summary>An overflowed result, out of line (the inlined fast paths stay small).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static PyObject Big(BigInteger value) => PyInt.From(value);

    public static PyObject Multiply(long a, long b)
    {
        var high = Math.BigMul(a, b, out long low);
        return high != (low >> 63) ? PyInt.From((BigInteger)a * b) : PyInt.From(low);
    }

    public static PyObject Multiply(BigInteger a, BigInteger b)
    {
        IntLimits.CheckBits(a.GetBitLength() + b.GetBitLength());
        IntLimits.CheckCost(Math.Min(a.GetBitLength(), b.GetBitLength()) * 2);
        return PyInt.From(a * b);
    }

    /// <summary>C's a / b and a % b (b is not 0, and not -1 with a the least long) with one division,
    /// a 32-bit one when both fit: a 64-bit divide takes two to three times as long on many CPUs,
    /// and most of a program's operands are small.</summary>
    private static (long Quotient, long Remainder) TruncatedDivRem(long a, long b)
    {
        long q = a == (int)a && b == (int)b && b != -1 ? (int)a / (int)b : a / b;
        return (q, a - q * b);
    }

    public static PyObject FloorDivide(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyException.ZeroDivisionError("integer division or modulo by zero");
        if (!x.IsBig && !y.IsBig && !(x.Value == long.MinValue && y.Value == -1))
        {
            long a = x.Value, b = y.Value;
            var (q, r) = TruncatedDivRem(a, b);
            if (r != 0 && (a ^ b) < 0) q--;
            return PyInt.From(q);
        }
        IntLimits.CheckCost(Math.Min(x.AsBig.GetBitLength(), y.AsBig.GetBitLength()) * 2);
        return PyInt.From(FloorDivMod(x.AsBig, y.AsBig, out _));
    }

    public static PyObject Remainder(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyException.ZeroDivisionError("integer modulo by zero");
        if (!x.IsBig && !y.IsBig)
        {
            long a = x.Value, b = y.Value;
            if (b == -1) return PyInt.From(0);
            var (_, r) = TruncatedDivRem(a, b);
            if (r != 0 && (r ^ b) < 0) r += b;
            return PyInt.From(r);
        }
        IntLimits.CheckCost(Math.Min(x.AsBig.GetBitLength(), y.AsBig.GetBitLength()) * 2);
        FloorDivMod(x.AsBig, y.AsBig, out var rem);
        return PyInt.From(rem);
    }

    public static BigInteger FloorDivMod(BigInteger a, BigInteger b, out BigInteger remainder)
    {
        var q = BigInteger.DivRem(a, b, out remainder);
        if (!remainder.IsZero && (remainder.Sign < 0) != (b.Sign < 0))
        {
            q -= 1;
            remainder += b;
        }
        return q;
    }

    /// <summary>int / int: the correctly rounded quotient (CPython's long_true_divide).</summary>
    public static double TrueDivide(PyInt x, PyInt y)
    {
        if (y.Sign == 0) throw PyException.ZeroDivisionError("division by zero");
        const long exact = 1L << 53;
        if (!x.IsBig && !y.IsBig && x.Value is >= -exact and <= exact && y.Value is >= -exact and <= exact)
            return (double)x.Value / y.Value;
        var a = x.AsBig;
        var b = y.AsBig;
        var negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        // Scale so the quotient has 55+ significant bits, keep a sticky bit for the remainder,
        // then round to 53 bits (half to even) by hand and scale back.
        var shift = (long)b.GetBitLength() - (long)a.GetBitLength() + 55;
        var n = shift >= 0 ? a << (int)shift : a;
        var d = shift >= 0 ? b : b << (int)-shift;
        var q = BigInteger.DivRem(n, d, out var r);
        var bits = (long)q.GetBitLength();
        var extra = (int)(bits - 53);
        var exponent = bits - shift; // value = q * 2**-shift, q has `bits` bits
        if (exponent > 1024) throw PyException.OverflowError("integer division result too large for a float");
        if (exponent < -1021) extra += (int)Math.Min(-1021 - exponent, 60); // subnormal: fewer bits survive
        var mantissa = q >> extra;
        var dropped = q - (mantissa << extra);
        var half = BigInteger.One << (extra - 1);
        if (dropped > half || (dropped == half && (!r.IsZero || !mantissa.IsEven)))
            mantissa += 1;
        var result = Math.ScaleB((double)mantissa, (int)(extra - shift));
        if (double.IsInfinity(result)) throw PyException.OverflowError("integer division result too large for a float");
        return negative ? -result : result;
    }

    public static PyObject Power(PyInt x, PyInt y)
    {
        if (y.Sign < 0)
        {
            var bx = x.ToDouble();
            if (bx == 0) throw PyException.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(FloatPower(bx, y.ToDouble()));
        }
        if (!x.IsBig && x.Value is 0 or 1) return y.Sign == 0 ? PyInt.From(1) : x;
        if (!x.IsBig && x.Value == -1) return PyInt.From(y.AsBig.IsEven ? 1 : -1);
        if (y.IsBig) throw new ResourceLimitException(ResourceLimit.Memory);
        var bits = (double)x.AsBig.GetBitLength() * y.Value;
        if (bits > 1L << 40) throw new ResourceLimitException(ResourceLimit.Memory);
        IntLimits.CheckBits((long)bits);
        IntLimits.CheckCost((long)bits);
        if (!x.IsBig && bits < 63)
        {
            long result = 1, b = x.Value, e = y.Value;
            while (e > 0)
            {
                if ((e & 1) != 0) result *= b;
                e >>= 1;
                if (e > 0) b *= b;
            }
            return PyInt.From(result);
        }
        return PyInt.From(BigInteger.Pow(x.AsBig, (int)y.Value));
    }

    public static PyObject LeftShift(PyInt x, PyInt y)
    {
        if (y.Sign < 0) throw PyException.ValueError("negative shift count");
        if (x.Sign == 0) return PyInt.From(0);
        if (y.IsBig) throw new ResourceLimitException(ResourceLimit.Memory);
        if (!x.IsBig && y.Value < 62 && x.Value > -(1L << (62 - (int)y.Value)) && x.Value < (1L << (62 - (int)y.Value))) return PyInt.From(x.Value << (int)y.Value);
        var bits = x.AsBig.GetBitLength() + y.Value;
        if (bits > int.MaxValue) throw new ResourceLimitException(ResourceLimit.Memory);
        IntLimits.CheckBits(bits);
        return PyInt.From(x.AsBig << (int)y.Value);
    }

    public static PyObject RightShift(PyInt x, PyInt y)
    {
        if (y.Sign < 0) throw PyException.ValueError("negative shift count");
        if (y.IsBig || y.Value >= 1L << 31) return PyInt.From(x.Sign < 0 ? -1 : 0);
        if (!x.IsBig) return PyInt.From(y.Value >= 63 ? (x.Value < 0 ? -1 : 0) : x.Value >> (int)y.Value);
        return PyInt.From(x.AsBig >> (int)y.Value);
    }

    /// <summary>float ** float with CPython's errors (the complex result of a negative base is computed by the caller).</summary>
    public static double FloatPower(double a, double b)
    {
        if (a == 0 && b < 0) throw PyException.ZeroDivisionError("0.0 cannot be raised to a negative power");
        var r = Math.Pow(a, b);
        if (double.IsInfinity(r) && !double.IsInfinity(a) && !double.IsInfinity(b))
            throw new PyException(new PyBaseException(PyTypes.OverflowError, [PyInt.From(34), PyStr.From("Numerical result out of range")]));
        return r;
    }

    /// <summary>CPython's float_divmod: (floor quotient, remainder with the divisor's sign).</summary>
    public static (double Div, double Mod) FloatDivMod(double vx, double wx)
    {
        var mod = vx % wx; // C's fmod
        var div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0))
            {
                mod += wx;
                div -= 1.0;
            }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }
}
