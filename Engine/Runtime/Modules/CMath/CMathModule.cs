using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>
/// cmath: complex math. phase, polar, rect, sqrt, the predicates and the constants follow
/// CPython's definitions; the transcendental functions use .NET's complex arithmetic, which
/// can differ from CPython's cmathmodule.c in the last bits.
/// </summary>
public static class CMathModule
{
    public static PyModule Create()
    {
        var m = new ModuleBuilder("cmath", ModuleOrigins.Extension("cmath"));
        m.Function("phase", (a, k) => { MathArgs.Count("phase", a, k, 1); var z = ToComplex(a[0]); return new PyFloat(Libm.atan2(z.Imaginary, z.Real)); })
         .Function("polar", (a, k) =>
         {
             MathArgs.Count("polar", a, k, 1);
             var z = ToComplex(a[0]);
             var r = Hypot(z.Real, z.Imaginary);
             if (double.IsInfinity(r) && double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)) throw MathArgs.RangeError();
             return new PyTuple([new PyFloat(r), new PyFloat(Libm.atan2(z.Imaginary, z.Real))]);
         })
         .Function("rect", (a, k) =>
         {
             MathArgs.Count("rect", a, k, 2);
             double r = MathArgs.ToDouble(a[0]), phi = MathArgs.ToDouble(a[1]);
             if (r < 0) throw MathArgs.DomainError();
             return Result(phi == 0 ? new Complex(r, r * phi) : new Complex(r * Libm.cos(phi), r * Libm.sin(phi)));
         })
         .Function("sqrt", Unary("sqrt", Sqrt))
         .Function("exp", Unary("exp", Complex.Exp))
         .Function("log", (a, k) =>
         {
             ArgCheck.NoKeywords("log", k);
             if (a.Length is < 1 or > 2) throw PyException.TypeError($"log expected at most 2 arguments, got {a.Length}");
             var x = Log(ToComplex(a[0]));
             if (a.Length == 2)
             {
                 var b = Log(ToComplex(a[1]));
                 if (b == Complex.Zero) throw PyException.ZeroDivisionError("complex division by zero");
                 x /= b;
             }
             return Result(x);
         })
         .Function("log10", Unary("log10", z => Log(z) / Math.Log(10)))
         .Function("sin", Unary("sin", Complex.Sin))
         .Function("cos", Unary("cos", Complex.Cos))
         .Function("tan", Unary("tan", Complex.Tan))
         .Function("asin", Unary("asin", Complex.Asin))
         .Function("acos", Unary("acos", Complex.Acos))
         .Function("atan", Unary("atan", Complex.Atan))
         .Function("sinh", Unary("sinh", Complex.Sinh))
         .Function("cosh", Unary("cosh", Complex.Cosh))
         .Function("tanh", Unary("tanh", Complex.Tanh))
         .Function("isfinite", (a, k) => { MathArgs.Count("isfinite", a, k, 1); var z = ToComplex(a[0]); return PyBool.From(double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)); })
         .Function("isinf", (a, k) => { MathArgs.Count("isinf", a, k, 1); var z = ToComplex(a[0]); return PyBool.From(double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary)); })
         .Function("isnan", (a, k) => { MathArgs.Count("isnan", a, k, 1); var z = ToComplex(a[0]); return PyBool.From(double.IsNaN(z.Real) || double.IsNaN(z.Imaginary)); })
         .Value("pi", Math.PI)
         .Value("e", Math.E)
         .Value("tau", Math.Tau)
         .Value("inf", double.PositiveInfinity)
         .Value("infj", new PyComplex(0, double.PositiveInfinity))
         .Value("nan", double.NaN)
         .Value("nanj", new PyComplex(0, double.NaN));
        return m.Module;
    }

    private static Complex ToComplex(PyObject o) => o switch
    {
        PyComplex c => new Complex(c.Real, c.Imag),
        PyFloat f => new Complex(f.Value, 0),
        PyInt i => new Complex(i.ToDouble(), 0),
        _ => throw PyException.TypeError($"must be real number, not {o.Type.Name}"),
    };

    private static PyObject Result(Complex z) => new PyComplex(z.Real, z.Imaginary);

    private static BuiltinImpl Unary(string name, Func<Complex, Complex> f) => (a, k) =>
    {
        MathArgs.Count(name, a, k, 1);
        var z = ToComplex(a[0]);
        var r = f(z);
        var finiteIn = double.IsFinite(z.Real) && double.IsFinite(z.Imaginary);
        if (finiteIn && (double.IsNaN(r.Real) || double.IsNaN(r.Imaginary))) throw MathArgs.DomainError();
        if (finiteIn && (double.IsInfinity(r.Real) || double.IsInfinity(r.Imaginary))) throw MathArgs.RangeError();
        return Result(r);
    };

    private static double Hypot(double x, double y)
    {
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        return Math.Sqrt(x * x + y * y) is var h && double.IsFinite(h) ? h : Math.ScaleB(Math.Sqrt(Math.ScaleB(x, -600) * Math.ScaleB(x, -600) + Math.ScaleB(y, -600) * Math.ScaleB(y, -600)), 600);
    }

    private static Complex Log(Complex z)
    {
        if (z == Complex.Zero) throw MathArgs.DomainError();
        return new Complex(Libm.log(Hypot(z.Real, z.Imaginary)), Libm.atan2(z.Imaginary, z.Real));
    }

    /// <summary>The principal square root, computed as cmath's c_sqrt does (no cancellation; the
    /// sign of a zero imaginary part kept).</summary>
    private static Complex Sqrt(Complex z)
    {
        double re = z.Real, im = z.Imaginary;
        if (re == 0 && im == 0) return new Complex(0, im);
        var ax = Math.Abs(re);
        var ay = Math.Abs(im);
        double s;
        if (ax < double.Epsilon * 4 && ay < double.Epsilon * 4)
        {
            ax = Math.ScaleB(ax, 53);
            s = Math.ScaleB(Math.Sqrt(ax + Hypot(ax, Math.ScaleB(ay, 53))), -27);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        var d = ay / (2.0 * s);
        return re >= 0 ? new Complex(s, Math.CopySign(d, im)) : new Complex(d, Math.CopySign(s, im));
    }
}
