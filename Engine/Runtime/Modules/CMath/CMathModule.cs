using System.Numerics;

namespace Engine.Runtime.Modules;

/// <summary>
/// cmath: the module's Python face (argument parsing, errors, constants) over
/// <see cref="CMathFunctions"/>, which computes as CPython's cmathmodule.c does.
/// </summary>
public static class CMathModule
{
    private delegate Complex Function(Complex z, ref CMathError e);

    public static PyModule Create()
    {
        var m = new ModuleBuilder("cmath", ModuleOrigins.Extension("cmath"));
        m.Function("acos", Unary("acos", CMathFunctions.Acos))
         .Function("acosh", Unary("acosh", CMathFunctions.Acosh))
         .Function("asin", Unary("asin", CMathFunctions.Asin))
         .Function("asinh", Unary("asinh", CMathFunctions.Asinh))
         .Function("atan", Unary("atan", CMathFunctions.Atan))
         .Function("atanh", Unary("atanh", CMathFunctions.Atanh))
         .Function("cos", Unary("cos", CMathFunctions.Cos))
         .Function("cosh", Unary("cosh", CMathFunctions.Cosh))
         .Function("exp", Unary("exp", CMathFunctions.Exp))
         .Function("isclose", IsClose)
         .Function("isfinite", (a, k) => { var z = One("isfinite", a, k); return PyBool.From(double.IsFinite(z.Real) && double.IsFinite(z.Imaginary)); })
         .Function("isinf", (a, k) => { var z = One("isinf", a, k); return PyBool.From(double.IsInfinity(z.Real) || double.IsInfinity(z.Imaginary)); })
         .Function("isnan", (a, k) => { var z = One("isnan", a, k); return PyBool.From(double.IsNaN(z.Real) || double.IsNaN(z.Imaginary)); })
         .Function("log", Log)
         .Function("log10", Unary("log10", CMathFunctions.Log10))
         .Function("phase", (a, k) =>
         {
             var z = One("phase", a, k);
             var phi = Libm.atan2(z.Imaginary, z.Real);
             // glibc's atan2 sets errno = ERANGE when a nonzero y over a finite x underflows to zero.
             if (phi == 0.0 && z.Imaginary != 0.0 && double.IsFinite(z.Real)) throw MathArgs.RangeError();
             return new PyFloat(phi);
         })
         .Function("polar", (a, k) =>
         {
             var z = One("polar", a, k);
             var phi = Libm.atan2(z.Imaginary, z.Real);
             var r = ComplexArithmetic.Abs(z, out var overflow);
             if (overflow) throw MathArgs.RangeError();
             return new PyTuple([new PyFloat(r), new PyFloat(phi)]);
         })
         .Function("rect", (a, k) =>
         {
             ArgCheck.NoKeywords("cmath.rect", k);
             if (a.Length != 2) throw PyException.TypeError($"rect expected 2 arguments, got {a.Length}");
             double r = MathArgs.ToDouble(a[0]), phi = MathArgs.ToDouble(a[1]);
             var e = CMathError.None;
             return Result(CMathFunctions.Rect(r, phi, ref e), e);
         })
         .Function("sin", Unary("sin", CMathFunctions.Sin))
         .Function("sinh", Unary("sinh", CMathFunctions.Sinh))
         .Function("sqrt", Unary("sqrt", CMathFunctions.Sqrt))
         .Function("tan", Unary("tan", CMathFunctions.Tan))
         .Function("tanh", Unary("tanh", CMathFunctions.Tanh))
         .Value("pi", Math.PI)
         .Value("e", Math.E)
         .Value("tau", Math.Tau)
         .Value("inf", double.PositiveInfinity)
         .Value("infj", new PyComplex(0, double.PositiveInfinity))
         .Value("nan", double.NaN)
         .Value("nanj", new PyComplex(0, double.NaN));
        return m.Module;
    }

    /// <summary>PyComplex_AsCComplex: a complex, an object with __complex__, else a real number
    /// (__float__, __index__).</summary>
    internal static Complex ToComplex(PyObject o)
    {
        switch (o)
        {
            case PyComplex c: return new Complex(c.Real, c.Imag);
            case PyFloat f: return new Complex(f.Value, 0);
            case PyInt i: return new Complex(i.ToDouble(), 0);
        }
        if (o.Type.IsUserDefined)
        {
            if (UserMethods.TryCall(o, "__complex__", [], out var c))
                return c is PyComplex pc ? new Complex(pc.Real, pc.Imag)
                    : throw PyException.TypeError($"__complex__ returned non-complex (type {c.Type.Name})");
            if (UserMethods.TryCall(o, "__float__", [], out var f))
                return f is PyFloat pf ? new Complex(pf.Value, 0)
                    : throw PyException.TypeError($"{o.Type.Name}.__float__ returned non-float (type {f.Type.Name})");
            if (UserMethods.TryCall(o, "__index__", [], out var i) && i is PyInt pi) return new Complex(pi.ToDouble(), 0);
        }
        throw PyException.TypeError($"must be real number, not {o.Type.Name}");
    }

    /// <summary>A METH_O function's one argument; CPython names the function with its module.</summary>
    private static Complex One(string name, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.NoKeywords("cmath." + name, kwnames);
        if (args.Length != 1) throw PyException.TypeError($"cmath.{name}() takes exactly one argument ({args.Length} given)");
        return ToComplex(args[0]);
    }

    private static PyObject Result(Complex z, CMathError e) => e switch
    {
        CMathError.Domain => throw MathArgs.DomainError(),
        CMathError.Range => throw MathArgs.RangeError(),
        _ => new PyComplex(z.Real, z.Imaginary),
    };

    private static BuiltinImpl Unary(string name, Function f) => (a, k) =>
    {
        var z = One(name, a, k);
        var e = CMathError.None;
        var r = f(z, ref e);
        return Result(r, e);
    };

    /// <summary>log(z[, base]): log(z) / log(base), the division _Py_c_quot's; an error of the
    /// first log is forgotten when the second succeeds, as errno is in C.</summary>
    private static PyObject Log(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("cmath.log", k);
        ArgCheck.Range("log", a, k, 1, 2);
        var e = CMathError.None;
        var x = CMathFunctions.Log(ToComplex(a[0]), ref e);
        if (a.Length == 2)
        {
            var y = CMathFunctions.Log(ToComplex(a[1]), ref e);
            x = ComplexArithmetic.Quot(x, y, out var zeroDivision);
            if (zeroDivision) e = CMathError.Domain;
        }
        return Result(x, e);
    }

    /// <summary>isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0): the difference's modulus against
    /// either tolerance; infinities are close only to themselves.</summary>
    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        foreach (var name in kw.Keys)
            if (name is not ("a" or "b" or "rel_tol" or "abs_tol"))
                throw PyException.TypeError($"'{name}' is an invalid keyword argument for isclose()");
        if (positional.Length > 2) throw PyException.TypeError($"isclose() takes exactly 2 positional arguments ({positional.Length} given)");
        if (positional.Length > 0 && kw.ContainsKey("a")) throw PyException.TypeError("argument for isclose() given by name ('a') and position (1)");
        if (positional.Length > 1 && kw.ContainsKey("b")) throw PyException.TypeError("argument for isclose() given by name ('b') and position (2)");
        var aObj = positional.Length > 0 ? positional[0] : kw.GetValueOrDefault("a") ?? throw PyException.TypeError("isclose() missing required argument 'a' (pos 1)");
        var bObj = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("b") ?? throw PyException.TypeError("isclose() missing required argument 'b' (pos 2)");
        Complex a = ToComplex(aObj), b = ToComplex(bObj);
        var relTol = kw.TryGetValue("rel_tol", out var rt) ? MathArgs.ToDouble(rt) : 1e-09;
        var absTol = kw.TryGetValue("abs_tol", out var at) ? MathArgs.ToDouble(at) : 0.0;
        if (relTol < 0.0 || absTol < 0.0) throw PyException.ValueError("tolerances must be non-negative");
        if (a.Real == b.Real && a.Imaginary == b.Imaginary) return PyBool.True;
        if (double.IsInfinity(a.Real) || double.IsInfinity(a.Imaginary) || double.IsInfinity(b.Real) || double.IsInfinity(b.Imaginary))
            return PyBool.False;
        var diff = ComplexArithmetic.Abs(ComplexArithmetic.Diff(a, b), out _);
        return PyBool.From(diff <= relTol * ComplexArithmetic.Abs(b, out _) || diff <= relTol * ComplexArithmetic.Abs(a, out _) || diff <= absTol);
    }
}
