namespace Engine.Runtime.Modules;

/// <summary>
/// gamma and lgamma as CPython computes them (its own Lanczos approximation, N=13,
/// g=6.024680040776729583740234375, with the reflection formula for negative x), so the
/// results match CPython's to the last bit rather than the C library's tgamma/lgamma.
/// Errors follow its errno rules: EDOM is a ValueError, ERANGE an OverflowError.
/// </summary>
internal static class Gamma
{
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double Pi = 3.141592653589793238462643383279502884197;
    private const double LogPi = 1.144729885849400174143427351353058711647;

    private static readonly double[] NumCoeffs =
    [
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    ];

    /// <summary>x*(x+1)*...*(x+11) as a polynomial: the Lanczos sum's denominator.</summary>
    private static readonly double[] DenCoeffs =
    [
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    ];

    private static double LanczosSum(double x)
    {
        double num = 0, den = 0;
        if (x < 5.0)
        {
            for (var i = NumCoeffs.Length - 1; i >= 0; i--)
            {
                num = num * x + NumCoeffs[i];
                den = den * x + DenCoeffs[i];
            }
        }
        else
        {
            // In 1/x for large x, to avoid overflow.
            for (var i = 0; i < NumCoeffs.Length; i++)
            {
                num = num / x + NumCoeffs[i];
                den = den / x + DenCoeffs[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x), exact at the integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        var y = Libm.fmod(Math.Abs(x), 2.0);
        var n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        var r = n switch
        {
            0 => Libm.sin(Pi * y),
            1 => Libm.cos(Pi * (y - 0.5)),
            2 => Libm.sin(Pi * (1.0 - y)),
            3 => -Libm.cos(Pi * (y - 1.5)),
            _ => Libm.sin(Pi * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    public static double TGamma(double x)
    {
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0) return x;
            throw MathArgs.DomainError();
        }
        if (x == 0) throw MathArgs.DomainError();
        if (x == Math.Floor(x))
        {
            if (x < 0) throw MathArgs.DomainError();
            if (x <= 23)
            {
                double f = 1;
                for (var i = 2; i < (int)x; i++) f *= i;
                return f;
            }
        }
        var absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            var tiny = 1.0 / x;
            if (double.IsInfinity(tiny)) throw MathArgs.RangeError();
            return tiny;
        }
        if (absx > 200.0)
        {
            if (x < 0) return 0.0 / SinPi(x);
            throw MathArgs.RangeError();
        }
        var y = absx + LanczosGMinusHalf;
        double z;
        // The rounding error of y, to correct the result with.
        if (absx > LanczosGMinusHalf) z = (y - absx) - LanczosGMinusHalf;
        else z = (y - LanczosGMinusHalf) - absx;
        z = z * LanczosG / y;
        double r;
        if (x < 0)
        {
            r = -Pi / SinPi(absx) / absx * Libm.exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Libm.pow(y, absx - 0.5);
            else
            {
                var sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Libm.exp(y);
            r += z * r;
            if (absx < 140.0) r *= Libm.pow(y, absx - 0.5);
            else
            {
                var sqrtpow = Libm.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (double.IsInfinity(r)) throw MathArgs.RangeError();
        return r;
    }

    public static double LGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0) throw MathArgs.DomainError();
            return 0.0;
        }
        var absx = Math.Abs(x);
        if (absx < 1e-20) return -Libm.log(absx);
        var r = Libm.log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Libm.log(absx + LanczosG - 0.5) - 1);
        if (x < 0) r = LogPi - Libm.log(Math.Abs(SinPi(absx))) - Libm.log(absx) - r;
        if (double.IsInfinity(r)) throw MathArgs.RangeError();
        return r;
    }
}
