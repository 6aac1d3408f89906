using System.Numerics;
using static Engine.Runtime.Modules.MathArgs;

namespace Engine.Runtime.Modules;

/// <summary>
/// The math module of CPython 3.11 (Modules/mathmodule.c): every function and constant, with
/// its results and its errors ("math domain error", "math range error").
/// </summary>
public static class MathModule
{
    public static PyModule Create()
    {
        var m = new ModuleBuilder("math", ModuleOrigins.Extension("math"));
        // math_1: one float argument; can_overflow says whether an infinite result from a
        // finite argument is an OverflowError (true) or a ValueError (false).
        m.Function("acos", One("acos", Libm.acos, false))
         .Function("acosh", One("acosh", Libm.acosh, false))
         .Function("asin", One("asin", Libm.asin, false))
         .Function("asinh", One("asinh", Libm.asinh, false))
         .Function("atan", One("atan", Libm.atan, false))
         .Function("atan2", Two("atan2", Libm.atan2))
         .Function("atanh", One("atanh", Libm.atanh, false))
         .Function("cbrt", One("cbrt", Libm.cbrt, false))
         .Function("ceil", (a, k) => { Count("ceil", a, k, 1); return a[0] is PyInt i ? PyInt.From(i.AsBig) : NumberParsing.FromDouble(Math.Ceiling(ToDouble(a[0]))); })
         .Function("comb", MathIntegers.Comb)
         .Function("copysign", Two("copysign", Math.CopySign))
         .Function("cos", One("cos", Libm.cos, false))
         .Function("cosh", One("cosh", Libm.cosh, true))
         .Function("degrees", One("degrees", x => x * (180.0 / Math.PI), true))
         .Function("dist", Dist)
         .Function("erf", One("erf", Libm.erf, false))
         .Function("erfc", One("erfc", Libm.erfc, false))
         .Function("exp", One("exp", Libm.exp, true))
         .Function("exp2", One("exp2", Libm.exp2, true))
         .Function("expm1", One("expm1", Libm.expm1, true))
         .Function("fabs", One("fabs", Math.Abs, false))
         .Function("factorial", MathIntegers.Factorial)
         .Function("floor", (a, k) => { Count("floor", a, k, 1); return a[0] is PyInt i ? PyInt.From(i.AsBig) : NumberParsing.FromDouble(Math.Floor(ToDouble(a[0]))); })
         .Function("fmod", (a, k) => { Count("fmod", a, k, 2); return new PyFloat(Fmod(ToDouble(a[0]), ToDouble(a[1]))); })
         .Function("frexp", Frexp)
         .Function("fsum", (a, k) => { Count("fsum", a, k, 1); return new PyFloat(Fsum.Sum(a[0])); })
         .Function("gamma", One("gamma", Gamma.TGamma, true))
         .Function("gcd", MathIntegers.Gcd)
         .Function("hypot", Hypot)
         .Function("isclose", IsClose)
         .Function("isfinite", (a, k) => { Count("isfinite", a, k, 1); return PyBool.From(double.IsFinite(ToDouble(a[0]))); })
         .Function("isinf", (a, k) => { Count("isinf", a, k, 1); return PyBool.From(double.IsInfinity(ToDouble(a[0]))); })
         .Function("isnan", (a, k) => { Count("isnan", a, k, 1); return PyBool.From(double.IsNaN(ToDouble(a[0]))); })
         .Function("isqrt", MathIntegers.Isqrt)
         .Function("lcm", MathIntegers.Lcm)
         .Function("ldexp", Ldexp)
         .Function("lgamma", One("lgamma", Gamma.LGamma, true))
         .Function("log", Log)
         .Function("log10", (a, k) => { Count("log10", a, k, 1); return new PyFloat(LogHelper(a[0], Libm.log10)); })
         .Function("log1p", One("log1p", Libm.log1p, false))
         .Function("log2", (a, k) => { Count("log2", a, k, 1); return new PyFloat(LogHelper(a[0], Libm.log2)); })
         .Function("modf", Modf)
         .Function("nextafter", (a, k) => { Count("nextafter", a, k, 2); return new PyFloat(Libm.nextafter(ToDouble(a[0]), ToDouble(a[1]))); })
         .Function("perm", MathIntegers.Perm)
         .Function("pow", Pow)
         .Function("prod", Prod)
         .Function("radians", One("radians", x => x * (Math.PI / 180.0), true))
         .Function("remainder", (a, k) => { Count("remainder", a, k, 2); return new PyFloat(Remainder(ToDouble(a[0]), ToDouble(a[1]))); })
         .Function("sin", One("sin", Libm.sin, false))
         .Function("sinh", One("sinh", Libm.sinh, true))
         .Function("sqrt", One("sqrt", Math.Sqrt, false))
         .Function("tan", One("tan", Libm.tan, false))
         .Function("tanh", One("tanh", Libm.tanh, false))
         .Function("trunc", (a, k) =>
         {
             Count("trunc", a, k, 1);
             return a[0] switch
             {
                 PyInt i => PyInt.From(i.AsBig),
                 PyFloat f => NumberParsing.FromDouble(f.Value),
                 var o => throw PyException.TypeError($"type {o.Type.Name} doesn't define __trunc__ method"),
             };
         })
         .Function("ulp", One("ulp", Ulp, false))
         .Value("e", Math.E)
         .Value("inf", double.PositiveInfinity)
         .Value("nan", double.NaN)
         .Value("pi", Math.PI)
         .Value("tau", Math.Tau);
        return m.Module;
    }

    /// <summary>math_1: a function of one float, with CPython's error rules.</summary>
    private static BuiltinImpl One(string name, Func<double, double> f, bool canOverflow) => (a, k) =>
    {
        Count(name, a, k, 1);
        var x = ToDouble(a[0]);
        var r = f(x);
        if (double.IsNaN(r) && !double.IsNaN(x)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? RangeError() : DomainError();
        return new PyFloat(r);
    };

    /// <summary>math_2: a function of two floats (atan2, copysign).</summary>
    private static BuiltinImpl Two(string name, Func<double, double, double> f) => (a, k) =>
    {
        Count(name, a, k, 2);
        double x = ToDouble(a[0]), y = ToDouble(a[1]);
        var r = f(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y)) throw DomainError();
        return new PyFloat(r);
    };

    private static double Fmod(double x, double y)
    {
        if (double.IsInfinity(y) && double.IsFinite(x)) return x;
        var r = Libm.fmod(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw DomainError();
        return r;
    }

    /// <summary>m_remainder: IEEE 754 remainder, the result's sign and ties as C99 specifies.</summary>
    private static double Remainder(double x, double y)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x) || y == 0) throw DomainError();
        if (double.IsInfinity(y)) return x;
        double absx = Math.Abs(x), absy = Math.Abs(y);
        var m = Libm.fmod(absx, absy);
        var c = absy - m;
        double r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * Libm.fmod(0.5 * (absx - m), absy);
        return Math.CopySign(1.0, x) * r;
    }

    private static double Ulp(double x)
    {
        if (double.IsNaN(x)) return x;
        x = Math.Abs(x);
        if (double.IsInfinity(x)) return x;
        var next = Libm.nextafter(x, double.PositiveInfinity);
        if (double.IsInfinity(next))
            return x - Libm.nextafter(x, double.NegativeInfinity);
        return next - x;
    }

    private static PyObject Frexp(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("frexp", a, k, 1);
        var x = ToDouble(a[0]);
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return new PyTuple([new PyFloat(x), PyInt.From(0)]);
        var (mantissa, exponent) = FrexpParts(x);
        return new PyTuple([new PyFloat(mantissa), PyInt.From(exponent)]);
    }

    /// <summary>C's frexp for a finite non-zero x: x = m * 2**e with 0.5 &lt;= |m| &lt; 1.</summary>
    internal static (double Mantissa, int Exponent) FrexpParts(double x)
    {
        var e = Math.ILogB(x) + 1;
        var m = Math.ScaleB(x, -e);
        return (m, e);
    }

    private static PyObject Ldexp(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("ldexp", a, k, 2);
        var x = ToDouble(a[0]);
        var exp = a[1] as PyInt ?? throw PyException.TypeError("Expected an int as second argument to ldexp.");
        if (x == 0 || !double.IsFinite(x)) return new PyFloat(x);
        var big = exp.AsBig;
        double r;
        if (big > 10000) r = Math.CopySign(double.PositiveInfinity, x);
        else if (big < -10000) r = Math.CopySign(0.0, x);
        else r = Math.ScaleB(x, (int)big);
        if (double.IsInfinity(r)) throw RangeError();
        return new PyFloat(r);
    }

    private static PyObject Modf(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("modf", a, k, 1);
        var x = ToDouble(a[0]);
        if (double.IsInfinity(x)) return new PyTuple([new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x)]);
        if (double.IsNaN(x)) return new PyTuple([new PyFloat(x), new PyFloat(x)]);
        var whole = Math.Truncate(x);
        return new PyTuple([new PyFloat(Math.CopySign(x - whole, x)), new PyFloat(whole)]);
    }

    private static PyObject Pow(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("pow", a, k, 2);
        double x = ToDouble(a[0]), y = ToDouble(a[1]);
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            if (double.IsNaN(x)) r = y == 0 ? 1 : x;
            else if (double.IsNaN(y)) r = x == 1 ? 1 : y;
            else if (double.IsInfinity(x))
            {
                var oddY = double.IsFinite(y) && Libm.fmod(Math.Abs(y), 2.0) == 1.0;
                if (x > 0) r = y > 0 ? x : y < 0 ? 0.0 : 1.0;
                else r = y > 0 ? (oddY ? x : Math.Abs(x)) : y < 0 ? (oddY ? Math.CopySign(0.0, x) : 0.0) : 1.0;
            }
            else
            {
                if (Math.Abs(x) == 1) r = 1;
                else if (y > 0 && Math.Abs(x) > 1) r = y;
                else if (y < 0 && Math.Abs(x) < 1) r = -y;
                else r = 0;
            }
            return new PyFloat(r);
        }
        r = Libm.pow(x, y);
        if (double.IsNaN(r)) throw DomainError();
        if (double.IsInfinity(r)) throw x == 0 ? DomainError() : RangeError();
        return new PyFloat(r);
    }

    /// <summary>loghelper: logs of ints of any size (beyond the float range too), and of floats.</summary>
    private static double LogHelper(PyObject arg, Func<double, double> log)
    {
        if (arg is PyInt i)
        {
            if (i.Sign <= 0) throw DomainError();
            var value = i.AsBig;
            var d = (double)value;
            if (double.IsInfinity(d))
            {
                // x = m * 2**e with 0.5 <= m < 1 (_PyLong_Frexp): log(x) = log(m) + log(2) * e.
                var e = (long)value.GetBitLength();
                var m = Math.ScaleB((double)(value >> (int)(e - 64)), -64);
                return log(m) + log(2.0) * e;
            }
            return MLog(d, log);
        }
        return MLog(ToDouble(arg), log);
    }

    private static double MLog(double x, Func<double, double> log)
    {
        if (double.IsFinite(x))
        {
            if (x > 0) return log(x);
            throw DomainError();
        }
        if (double.IsNaN(x) || x > 0) return x;
        throw DomainError();
    }

    private static PyObject Log(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("log", k);
        if (a.Length is < 1 or > 2)
            throw PyException.TypeError(a.Length == 0 ? "log expected at least 1 argument, got 0" : $"log expected at most 2 arguments, got {a.Length}");
        var num = LogHelper(a[0], Libm.log);
        if (a.Length == 1) return new PyFloat(num);
        var den = LogHelper(a[1], Libm.log);
        if (den == 0) throw PyException.ZeroDivisionError("float division by zero");
        return new PyFloat(num / den);
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("isclose", kw, "a", "b", "rel_tol", "abs_tol");
        if (positional.Length > 2) throw PyException.TypeError($"isclose() takes exactly 2 positional arguments ({positional.Length} given)");
        var aObj = positional.Length > 0 ? positional[0] : kw.GetValueOrDefault("a") ?? throw PyException.TypeError("isclose() missing required argument 'a' (pos 1)");
        var bObj = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("b") ?? throw PyException.TypeError("isclose() missing required argument 'b' (pos 2)");
        double a = ToDouble(aObj), b = ToDouble(bObj);
        var relTol = kw.TryGetValue("rel_tol", out var rt) ? ToDouble(rt) : 1e-09;
        var absTol = kw.TryGetValue("abs_tol", out var at) ? ToDouble(at) : 0.0;
        if (relTol < 0 || absTol < 0) throw PyException.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        var diff = Math.Abs(b - a);
        return PyBool.From((diff <= Math.Abs(relTol * b)) || (diff <= Math.Abs(relTol * a)) || diff <= absTol);
    }

    private static PyObject Hypot(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("hypot", k);
        var coordinates = new double[a.Length];
        double max = 0;
        var foundNan = false;
        for (var i = 0; i < a.Length; i++)
        {
            var x = Math.Abs(ToDouble(a[i]));
            coordinates[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(VectorNorm(coordinates, max, foundNan));
    }

    private static PyObject Dist(ReadOnlySpan<PyObject> a, string[]? k)
    {
        Count("dist", a, k, 2);
        if (a[0] is not (PyTuple or PyList)) throw PyException.TypeError($"dist(): argument 1 must be tuple, not {a[0].Type.Name}");
        if (a[1] is not (PyTuple or PyList)) throw PyException.TypeError($"dist(): argument 2 must be tuple, not {a[1].Type.Name}");
        var p = Ops.ToList(a[0]);
        var q = Ops.ToList(a[1]);
        if (p.Count != q.Count) throw PyException.ValueError("both points must have the same number of dimensions");
        var diffs = new double[p.Count];
        double max = 0;
        var foundNan = false;
        for (var i = 0; i < p.Count; i++)
        {
            var x = Math.Abs(ToDouble(p[i]) - ToDouble(q[i]));
            diffs[i] = x;
            foundNan |= double.IsNaN(x);
            if (x > max) max = x;
        }
        return new PyFloat(VectorNorm(diffs, max, foundNan));
    }

    /// <summary>
    /// vector_norm: the Euclidean norm, correctly rounded in nearly all cases: the squares are
    /// summed without loss after scaling by a power of two, then one Newton step corrects the
    /// square root (CPython 3.11's algorithm, so hypot and dist agree with it to the last bit).
    /// </summary>
    private static double VectorNorm(double[] vec, double max, bool foundNan)
    {
        const double DblMin = 2.2250738585072014e-308;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || vec.Length <= 1) return max;
        var (_, maxE) = FrexpParts(max);
        if (maxE < -1023)
        {
            for (var i = 0; i < vec.Length; i++) vec[i] /= DblMin;
            return DblMin * VectorNorm(vec, max / DblMin, foundNan);
        }
        var scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        foreach (var v in vec)
        {
            var x = v * scale;
            var prHi = x * x;
            var prLo = Math.FusedMultiplyAdd(x, x, -prHi);
            var smHi = csum + prHi;
            var smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        var h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        {
            var prHi = -h * h;
            var prLo = Math.FusedMultiplyAdd(-h, h, -prHi);
            var smHi = csum + prHi;
            var smLo = (csum - smHi) + prHi;
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        var xCorrection = csum - 1.0 + (frac1 + frac2);
        h += xCorrection / (2.0 * h);
        return h / scale;
    }

    private static PyObject Prod(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("prod", kw, "start");
        if (positional.Length != 1) throw PyException.TypeError($"prod() takes exactly 1 positional argument ({positional.Length} given)");
        PyObject result = kw.GetValueOrDefault("start") ?? PyInt.From(1);
        var it = Ops.Iter(positional[0]);
        var context = RuntimeContext.Current;
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            context.Tick();
            result = Ops.Binary(BinaryOp.Multiply, result, item);
        }
        return result;
    }
}
