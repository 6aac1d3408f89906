using System.Numerics;
using static Engine.Runtime.Modules.SpecialValues;

namespace Engine.Runtime.Modules;

/// <summary>What a cmath function reports besides its value, as cmathmodule.c sets errno:
/// Domain becomes ValueError("math domain error"), Range OverflowError("math range error").</summary>
internal enum CMathError { None, Domain, Range }

/// <summary>
/// cmathmodule.c's algorithms, step for step, over the C library's real functions: the
/// special-value tables for infinite and NaN parts, rescaling where a naive formula would
/// overflow or lose precision, and the identities asin(z) = -i asinh(iz), atan(z) = -i atanh(iz),
/// cos(z) = cosh(iz), sin(z) = -i sinh(iz), tan(z) = -i tanh(iz).
/// </summary>
internal static class CMathFunctions
{
    private const double DblMin = 2.2250738585072014e-308;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;
    private const int ScaleUp = 53;     // odd, and enough to make a subnormal normal
    private const int ScaleDown = -27;  // -(ScaleUp + 1) / 2
    private static readonly double LargeDouble = double.MaxValue / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Libm.log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);

    private static bool IsFinite(Complex z) => double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);

    /// <summary>Multiplying by i: (-im, re).</summary>
    private static Complex TimesI(Complex z) => new(-z.Imaginary, z.Real);

    /// <summary>Multiplying by -i: (im, -re).</summary>
    private static Complex TimesMinusI(Complex z) => new(z.Imaginary, -z.Real);

    public static Complex Acos(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Acos, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            re = Libm.atan2(Math.Abs(z.Imaginary), z.Real);
            im = -Math.CopySign(Libm.log(Libm.hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0, z.Imaginary);
        }
        else
        {
            var s1 = Sqrt(new Complex(1.0 - z.Real, -z.Imaginary), ref e);
            var s2 = Sqrt(new Complex(1.0 + z.Real, z.Imaginary), ref e);
            re = 2.0 * Libm.atan2(s1.Real, s2.Real);
            im = Libm.asinh(s2.Real * s1.Imaginary - s2.Imaginary * s1.Real);
        }
        e = CMathError.None;
        return new(re, im);
    }

    public static Complex Acosh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Acosh, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            re = Libm.log(Libm.hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0;
            im = Libm.atan2(z.Imaginary, z.Real);
        }
        else
        {
            var s1 = Sqrt(new Complex(z.Real - 1.0, z.Imaginary), ref e);
            var s2 = Sqrt(new Complex(z.Real + 1.0, z.Imaginary), ref e);
            re = Libm.asinh(s1.Real * s2.Real + s1.Imaginary * s2.Imaginary);
            im = 2.0 * Libm.atan2(s1.Imaginary, s2.Real);
        }
        e = CMathError.None;
        return new(re, im);
    }

    public static Complex Asin(Complex z, ref CMathError e) => TimesMinusI(Asinh(TimesI(z), ref e));

    public static Complex Asinh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Asinh, z); }
        double re, im;
        if (Math.Abs(z.Real) > LargeDouble || Math.Abs(z.Imaginary) > LargeDouble)
        {
            var m = Libm.log(Libm.hypot(z.Real / 2.0, z.Imaginary / 2.0)) + Ln2 * 2.0;
            re = z.Imaginary >= 0.0 ? Math.CopySign(m, z.Real) : -Math.CopySign(m, -z.Real);
            im = Libm.atan2(z.Imaginary, Math.Abs(z.Real));
        }
        else
        {
            var s1 = Sqrt(new Complex(1.0 + z.Imaginary, -z.Real), ref e);
            var s2 = Sqrt(new Complex(1.0 - z.Imaginary, z.Real), ref e);
            re = Libm.asinh(s1.Real * s2.Imaginary - s2.Real * s1.Imaginary);
            im = Libm.atan2(z.Imaginary, s1.Real * s2.Real - s1.Imaginary * s2.Imaginary);
        }
        e = CMathError.None;
        return new(re, im);
    }

    public static Complex Atan(Complex z, ref CMathError e) => TimesMinusI(Atanh(TimesI(z), ref e));

    public static Complex Atanh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Atanh, z); }
        // atanh(z) = -atanh(-z): work with a non-negative real part (no recursion needed).
        if (z.Real < 0.0) return ComplexArithmetic.Neg(AtanhNonNegative(ComplexArithmetic.Neg(z), ref e));
        return AtanhNonNegative(z, ref e);
    }

    private static Complex AtanhNonNegative(Complex z, ref CMathError e)
    {
        var ay = Math.Abs(z.Imaginary);
        e = CMathError.None;
        if (z.Real > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            // For a large |z|, atanh(z) is about 1/z +- i*pi/2.
            var h = Libm.hypot(z.Real / 2.0, z.Imaginary / 2.0);
            return new(z.Real / 4.0 / h / h, Math.CopySign(Math.PI / 2.0, z.Imaginary));
        }
        if (z.Real == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0)
            {
                e = CMathError.Domain;
                return new(double.PositiveInfinity, z.Imaginary);
            }
            return new(-Libm.log(Math.Sqrt(ay) / Math.Sqrt(Libm.hypot(ay, 2.0))),
                Math.CopySign(Libm.atan2(2.0, -ay) / 2, z.Imaginary));
        }
        return new(Libm.log1p(4.0 * z.Real / ((1 - z.Real) * (1 - z.Real) + ay * ay)) / 4.0,
            -Libm.atan2(-2.0 * z.Imaginary, (1 - z.Real) * (1 + z.Real) - ay * ay) / 2.0);
    }

    public static Complex Cos(Complex z, ref CMathError e) => Cosh(TimesI(z), ref e);

    public static Complex Cosh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                var re = Math.CopySign(double.PositiveInfinity, Libm.cos(z.Imaginary));
                var im = Math.CopySign(double.PositiveInfinity, Libm.sin(z.Imaginary));
                r = new(re, z.Real > 0 ? im : -im);
            }
            else r = Lookup(SpecialValues.Cosh, z);
            e = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? CMathError.Domain : CMathError.None;
            return r;
        }
        Complex result;
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            // cosh(x) overflows where cosh(z) may not: take one e out.
            var xMinusOne = z.Real - Math.CopySign(1.0, z.Real);
            result = new(Libm.cos(z.Imaginary) * Libm.cosh(xMinusOne) * Math.E, Libm.sin(z.Imaginary) * Libm.sinh(xMinusOne) * Math.E);
        }
        else result = new(Libm.cos(z.Imaginary) * Libm.cosh(z.Real), Libm.sin(z.Imaginary) * Libm.sinh(z.Real));
        e = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? CMathError.Range : CMathError.None;
        return result;
    }

    public static Complex Exp(Complex z, ref CMathError e)
    {
        if (!IsFinite(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                var magnitude = z.Real > 0 ? double.PositiveInfinity : 0.0;
                r = new(Math.CopySign(magnitude, Libm.cos(z.Imaginary)), Math.CopySign(magnitude, Libm.sin(z.Imaginary)));
            }
            else r = Lookup(SpecialValues.Exp, z);
            e = double.IsInfinity(z.Imaginary) && (double.IsFinite(z.Real) || z.Real == double.PositiveInfinity)
                ? CMathError.Domain : CMathError.None;
            return r;
        }
        Complex result;
        if (z.Real > LogLargeDouble)
        {
            var l = Libm.exp(z.Real - 1.0);
            result = new(l * Libm.cos(z.Imaginary) * Math.E, l * Libm.sin(z.Imaginary) * Math.E);
        }
        else
        {
            var l = Libm.exp(z.Real);
            result = new(l * Libm.cos(z.Imaginary), l * Libm.sin(z.Imaginary));
        }
        e = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? CMathError.Range : CMathError.None;
        return result;
    }

    /// <summary>c_log: the real part rescaled where |z| is huge or subnormal, and through log1p
    /// where |z| is near 1 (where log(hypot) loses the most).</summary>
    public static Complex Log(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Log, z); }
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), re;
        if (ax > LargeDouble || ay > LargeDouble)
            re = Libm.log(Libm.hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Libm.log(Libm.hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
            else
            {
                e = CMathError.Domain;
                return new(double.NegativeInfinity, Libm.atan2(z.Imaginary, z.Real));
            }
        }
        else
        {
            var h = Libm.hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = Libm.log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Libm.log(h);
        }
        e = CMathError.None;
        return new(re, Libm.atan2(z.Imaginary, z.Real));
    }

    public static Complex Log10(Complex z, ref CMathError e)
    {
        var r = Log(z, ref e);
        return new(r.Real / Ln10, r.Imaginary / Ln10);
    }

    public static Complex Sin(Complex z, ref CMathError e) => TimesMinusI(Sinh(TimesI(z), ref e));

    public static Complex Sinh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
            {
                var re = Math.CopySign(double.PositiveInfinity, Libm.cos(z.Imaginary));
                var im = Math.CopySign(double.PositiveInfinity, Libm.sin(z.Imaginary));
                r = new(z.Real > 0 ? re : -re, im);
            }
            else r = Lookup(SpecialValues.Sinh, z);
            e = double.IsInfinity(z.Imaginary) && !double.IsNaN(z.Real) ? CMathError.Domain : CMathError.None;
            return r;
        }
        Complex result;
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            var xMinusOne = z.Real - Math.CopySign(1.0, z.Real);
            result = new(Libm.cos(z.Imaginary) * Libm.sinh(xMinusOne) * Math.E, Libm.sin(z.Imaginary) * Libm.cosh(xMinusOne) * Math.E);
        }
        else result = new(Libm.cos(z.Imaginary) * Libm.sinh(z.Real), Libm.sin(z.Imaginary) * Libm.cosh(z.Real));
        e = double.IsInfinity(result.Real) || double.IsInfinity(result.Imaginary) ? CMathError.Range : CMathError.None;
        return result;
    }

    /// <summary>c_sqrt: s = 2*sqrt(x/8 + hypot(x/8, y/8)) for |x|, |y| (no overflow), rescaled
    /// when both parts are subnormal; the sign of the imaginary part is kept.</summary>
    public static Complex Sqrt(Complex z, ref CMathError e)
    {
        if (!IsFinite(z)) { e = CMathError.None; return Lookup(SpecialValues.Sqrt, z); }
        if (z.Real == 0.0 && z.Imaginary == 0.0) return new(0.0, z.Imaginary);
        double ax = Math.Abs(z.Real), ay = Math.Abs(z.Imaginary), s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Libm.hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Libm.hypot(ax, ay / 8.0));
        }
        var d = ay / (2.0 * s);
        e = CMathError.None;
        return z.Real >= 0.0 ? new(s, Math.CopySign(d, z.Imaginary)) : new(d, Math.CopySign(s, z.Imaginary));
    }

    public static Complex Tan(Complex z, ref CMathError e) => TimesMinusI(Tanh(TimesI(z), ref e));

    public static Complex Tanh(Complex z, ref CMathError e)
    {
        if (!IsFinite(z))
        {
            Complex r;
            if (double.IsInfinity(z.Real) && double.IsFinite(z.Imaginary) && z.Imaginary != 0.0)
                r = new(z.Real > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Libm.sin(z.Imaginary) * Libm.cos(z.Imaginary)));
            else r = Lookup(SpecialValues.Tanh, z);
            e = double.IsInfinity(z.Imaginary) && double.IsFinite(z.Real) ? CMathError.Domain : CMathError.None;
            return r;
        }
        e = CMathError.None;
        if (Math.Abs(z.Real) > LogLargeDouble)
        {
            // 2*z.real would overflow: 1 - tanh(x)^2 is about 4 exp(-2|x|).
            return new(Math.CopySign(1.0, z.Real),
                4.0 * Libm.sin(z.Imaginary) * Libm.cos(z.Imaginary) * Libm.exp(-2.0 * Math.Abs(z.Real)));
        }
        var tx = Libm.tanh(z.Real);
        var ty = Libm.tan(z.Imaginary);
        var cx = 1.0 / Libm.cosh(z.Real);
        var txty = tx * ty;
        var denom = 1.0 + txty * txty;
        return new(tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
    }

    /// <summary>rect(r, phi): exp(log(r) + i*phi) in spirit, with its own table for infinite and
    /// NaN arguments.</summary>
    public static Complex Rect(double r, double phi, ref CMathError e)
    {
        e = CMathError.None;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            Complex z;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
            {
                var re = Math.CopySign(double.PositiveInfinity, Libm.cos(phi));
                var im = Math.CopySign(double.PositiveInfinity, Libm.sin(phi));
                z = r > 0 ? new(re, im) : new(-re, -im);
            }
            else z = Lookup(SpecialValues.Rect, r, phi);
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) e = CMathError.Domain;
            return z;
        }
        // phi == 0 (either sign) gives r + (r*phi)j exactly.
        if (phi == 0.0) return new(r, r * phi);
        return new(r * Libm.cos(phi), r * Libm.sin(phi));
    }
}
