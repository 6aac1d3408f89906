namespace Engine.Runtime.Modules;

/// <summary>Argument conversions of the math module, with CPython's messages.</summary>
internal static class MathArgs
{
    /// <summary>PyFloat_AsDouble: a float, or an int that fits a double.</summary>
    public static double ToDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        _ => throw PyException.TypeError($"must be real number, not {o.Type.Name}"),
    };

    /// <summary>An integer argument (operator.index), as gcd, comb and factorial take.</summary>
    public static PyInt ToInt(PyObject o) =>
        o as PyInt ?? throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");

    public static PyException DomainError() => PyException.ValueError("math domain error");

    public static PyException RangeError() => PyException.OverflowError("math range error");

    public static void Count(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int n)
    {
        ArgCheck.NoKeywords(name, kwnames);
        if (args.Length == n) return;
        if (n == 1) throw PyException.TypeError($"math.{name}() takes exactly one argument ({args.Length} given)");
        throw PyException.TypeError($"{name} expected {n} arguments, got {args.Length}");
    }
}
