using System.Numerics;
using static Engine.Runtime.Modules.MathArgs;

namespace Engine.Runtime.Modules;

/// <summary>
/// The integer functions of the math module: factorial, comb, perm, gcd, lcm, isqrt. Big
/// results are measured against the run's memory and time limits before they are built, and
/// long products tick the run's clock, so math.factorial(10**9) stops at a limit.
/// </summary>
internal static class MathIntegers
{
    private static readonly BigInteger LongMax = long.MaxValue;

    public static PyObject Factorial(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("factorial", a, k, 1);
        var n = ToInt(a[0]).AsBig;
        if (n.Sign < 0) throw PyException.ValueError("factorial() not defined for negative values");
        if (n > LongMax) throw PyException.OverflowError("factorial() argument should not exceed 9223372036854775807");
        return PyInt.From(RangeProduct(1, (long)n));
    }

    /// <summary>lo * (lo+1) * ... * hi (1 when empty), by balanced splitting so the big
    /// multiplications are few; its size (about count * log2(hi) bits) is checked first.</summary>
    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (hi < lo) return BigInteger.One;
        var count = hi - lo + 1;
        var bits = (long)Math.Min(9e18, count * Math.Log2(Math.Max(2.0, hi)));
        IntLimits.CheckBits(bits);
        IntLimits.CheckCost(bits);
        return Product(lo, hi, RuntimeContext.Current);
    }

    private static BigInteger Product(long lo, long hi, RuntimeContext context)
    {
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (var i = lo + 1; i <= hi; i++)
            {
                context.Tick();
                r *= i;
            }
            return r;
        }
        var mid = lo + (hi - lo) / 2;
        return Product(lo, mid, context) * Product(mid + 1, hi, context);
    }

    public static PyObject Comb(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("comb", a, k, 2);
        BigInteger n = ToInt(a[0]).AsBig, r = ToInt(a[1]).AsBig;
        if (n.Sign < 0) throw PyException.ValueError("n must be a non-negative integer");
        if (r.Sign < 0) throw PyException.ValueError("k must be a non-negative integer");
        if (r > n) return PyInt.From(0);
        r = BigInteger.Min(r, n - r);
        if (r > LongMax) throw PyException.OverflowError("min(n - k, k) must not exceed 9223372036854775807");
        var steps = (long)r;
        if (steps == 0) return PyInt.From(1);
        var bits = (long)Math.Min(9e18, steps * Math.Max(1.0, BigInteger.Log(n, 2)));
        IntLimits.CheckBits(bits);
        IntLimits.CheckCost(bits);
        var context = RuntimeContext.Current;
        // C(n, i) = C(n, i-1) * (n-i+1) / i, each step exact.
        BigInteger result = 1;
        for (long i = 1; i <= steps; i++)
        {
            context.Tick();
            result = result * (n - i + 1) / i;
        }
        return PyInt.From(result);
    }

    public static PyObject Perm(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("perm", k);
        if (a.Length is < 1 or > 2)
            throw PyException.TypeError(a.Length == 0 ? "perm expected at least 1 argument, got 0" : $"perm expected at most 2 arguments, got {a.Length}");
        var n = ToInt(a[0]).AsBig;
        if (a.Length == 1 || a[1] is PyNone)
        {
            // perm(n) is factorial(n), with its messages.
            if (n.Sign < 0) throw PyException.ValueError("factorial() not defined for negative values");
            if (n > LongMax) throw PyException.OverflowError("factorial() argument should not exceed 9223372036854775807");
            return PyInt.From(RangeProduct(1, (long)n));
        }
        var r = ToInt(a[1]).AsBig;
        if (n.Sign < 0) throw PyException.ValueError("n must be a non-negative integer");
        if (r.Sign < 0) throw PyException.ValueError("k must be a non-negative integer");
        if (r > n) return PyInt.From(0);
        if (r > LongMax) throw PyException.OverflowError("k must not exceed 9223372036854775807");
        if (n <= LongMax) return PyInt.From(RangeProduct((long)(n - r + 1), (long)n));
        var steps = (long)r;
        IntLimits.CheckBits((long)Math.Min(9e18, steps * BigInteger.Log(n, 2)));
        var context = RuntimeContext.Current;
        BigInteger result = 1;
        for (long i = 0; i < steps; i++)
        {
            context.Tick();
            result *= n - i;
        }
        return PyInt.From(result);
    }

    public static PyObject Gcd(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("gcd", k);
        var g = BigInteger.Zero;
        foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, ToInt(x).AsBig);
        return PyInt.From(g);
    }

    public static PyObject Lcm(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("lcm", k);
        var l = BigInteger.One;
        foreach (var item in a)
        {
            var x = ToInt(item).AsBig;
            if (l.IsZero || x.IsZero)
            {
                l = BigInteger.Zero;
                continue;
            }
            IntLimits.CheckBits(l.GetBitLength() + x.GetBitLength());
            l = BigInteger.Abs(l / BigInteger.GreatestCommonDivisor(l, x) * x);
        }
        return PyInt.From(l);
    }

    public static PyObject Isqrt(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("isqrt", a, k, 1);
        var n = ToInt(a[0]).AsBig;
        if (n.Sign < 0) throw PyException.ValueError("isqrt() argument must be nonnegative");
        return PyInt.From(Sqrt(n));
    }

    /// <summary>The integer square root by Newton's method from an upper bound (it decreases to the floor).</summary>
    internal static BigInteger Sqrt(BigInteger n)
    {
        if (n.IsZero) return n;
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }
}
