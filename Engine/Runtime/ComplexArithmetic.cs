using System.Numerics;
using Engine.Runtime.Modules;

namespace Engine.Runtime;

/// <summary>
/// complex's arithmetic as Objects/complexobject.c computes it (_Py_c_prod, _Py_c_quot,
/// _Py_c_pow, c_powi, _Py_c_abs): .NET's Complex divides and raises to powers with other
/// formulas, which differ in the last bits and in the signs of zeros.
/// <see cref="Complex"/> is used only as the pair of doubles.
/// </summary>
public static class ComplexArithmetic
{
    public static Complex Sum(Complex a, Complex b) => new(a.Real + b.Real, a.Imaginary + b.Imaginary);

    public static Complex Diff(Complex a, Complex b) => new(a.Real - b.Real, a.Imaginary - b.Imaginary);

    public static Complex Neg(Complex a) => new(-a.Real, -a.Imaginary);

    public static Complex Prod(Complex a, Complex b) =>
        new(a.Real * b.Real - a.Imaginary * b.Imaginary, a.Real * b.Imaginary + a.Imaginary * b.Real);

    /// <summary>_Py_c_quot: divides by the larger part of <paramref name="b"/> first (a Smith-like
    /// scaling); <paramref name="zeroDivision"/> is set where C sets errno = EDOM (b is zero).</summary>
    public static Complex Quot(Complex a, Complex b, out bool zeroDivision)
    {
        zeroDivision = false;
        double absReal = Math.Abs(b.Real), absImag = Math.Abs(b.Imaginary);
        if (absReal >= absImag)
        {
            if (absReal == 0.0)
            {
                zeroDivision = true;
                return Complex.Zero;
            }
            var ratio = b.Imaginary / b.Real;
            var denom = b.Real + b.Imaginary * ratio;
            return new((a.Real + a.Imaginary * ratio) / denom, (a.Imaginary - a.Real * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            var ratio = b.Real / b.Imaginary;
            var denom = b.Real * ratio + b.Imaginary;
            return new((a.Real * ratio + a.Imaginary) / denom, (a.Imaginary * ratio - a.Real) / denom);
        }
        // A NaN in b: neither comparison holds.
        return new(double.NaN, double.NaN);
    }

    /// <summary>_Py_c_abs: hypot, except that an infinite part wins over a NaN one;
    /// <paramref name="overflow"/> when finite parts give an infinite modulus.</summary>
    public static double Abs(Complex z, out bool overflow)
    {
        overflow = false;
        if (!double.IsFinite(z.Real) || !double.IsFinite(z.Imaginary))
        {
            if (double.IsInfinity(z.Real)) return Math.Abs(z.Real);
            if (double.IsInfinity(z.Imaginary)) return Math.Abs(z.Imaginary);
            return double.NaN;
        }
        var result = Libm.hypot(z.Real, z.Imaginary);
        overflow = !double.IsFinite(result);
        return result;
    }

    /// <summary>complex_pow: a small integral exponent (|n| &lt;= 100) is done by repeated
    /// squaring (c_powi), any other in polar form (_Py_c_pow); CPython's errors.</summary>
    public static Complex Pow(Complex a, Complex b)
    {
        bool domain;
        Complex p;
        if (b.Imaginary == 0.0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) <= 100.0)
            p = PowI(a, (long)b.Real, out domain);
        else
            p = PowPolar(a, b, out domain);
        if (domain) throw PyException.ZeroDivisionError("0.0 to a negative or complex power");
        if (double.IsInfinity(p.Real) || double.IsInfinity(p.Imaginary)) throw PyException.OverflowError("complex exponentiation");
        return p;
    }

    private static Complex PowPolar(Complex a, Complex b, out bool domain)
    {
        domain = false;
        if (b.Real == 0.0 && b.Imaginary == 0.0) return Complex.One;
        if (a.Real == 0.0 && a.Imaginary == 0.0)
        {
            domain = b.Imaginary != 0.0 || b.Real < 0.0;
            return Complex.Zero;
        }
        var vabs = Libm.hypot(a.Real, a.Imaginary);
        var len = Libm.pow(vabs, b.Real);
        var at = Libm.atan2(a.Imaginary, a.Real);
        var phase = at * b.Real;
        if (b.Imaginary != 0.0)
        {
            len /= Libm.exp(at * b.Imaginary);
            phase += b.Imaginary * Libm.log(vabs);
        }
        // cos and sin of an infinite phase set errno = EDOM in C, which complex_pow reports.
        domain = double.IsInfinity(phase);
        return new(len * Libm.cos(phase), len * Libm.sin(phase));
    }

    private static Complex PowI(Complex x, long n, out bool domain)
    {
        domain = false;
        if (n > 0) return PowU(x, n);
        return Quot(Complex.One, PowU(x, -n), out domain);
    }

    /// <summary>c_powu: binary exponentiation, the bits of n from the lowest.</summary>
    private static Complex PowU(Complex x, long n)
    {
        Complex r = Complex.One, p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) r = Prod(r, p);
            p = Prod(p, p);
        }
        return r;
    }
}
