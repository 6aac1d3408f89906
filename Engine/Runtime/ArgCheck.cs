namespace Engine.Runtime;

/// <summary>Argument checks for builtins, with CPython's messages.</summary>
public static class ArgCheck
{
    public static void NoKeywords(string name, string[]? kwnames)
    {
        if (kwnames is { Length: > 0 }) throw PyException.TypeError($"{name}() takes no keyword arguments");
    }

    public static void Exactly(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int n)
    {
        NoKeywords(name, kwnames);
        if (args.Length == n) return;
        if (n == 0) throw PyException.TypeError($"{name}() takes no arguments ({args.Length} given)");
        if (n == 1) throw PyException.TypeError($"{name}() takes exactly one argument ({args.Length} given)");
        throw PyException.TypeError($"{name} expected {n} arguments, got {args.Length}");
    }

    public static void Range(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int min, int max)
    {
        NoKeywords(name, kwnames);
        if (args.Length < min) throw PyException.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {args.Length}");
        if (args.Length > max) throw PyException.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {args.Length}");
    }

    /// <summary>Splits the arguments into positional ones and a keyword lookup.</summary>
    public static (PyObject[] Positional, IReadOnlyDictionary<string, PyObject> Keywords) Split(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args[..(args.Length - kwCount)].ToArray();
        // Most calls pass no keyword: one shared empty dictionary (read-only to every caller).
        if (kwCount == 0) return (positional, NoKeywordsGiven);
        var keywords = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        for (var i = 0; i < kwCount; i++) keywords[kwnames![i]] = args[args.Length - kwCount + i];
        return (positional, keywords);
    }

    /// <summary>Rejects keywords other than <paramref name="allowed"/>.</summary>
    private static readonly Dictionary<string, PyObject> NoKeywordsGiven = new(StringComparer.Ordinal);

    public static void OnlyKeywords(string name, IReadOnlyDictionary<string, PyObject> keywords, params string[] allowed)
    {
        foreach (var k in keywords.Keys)
            if (Array.IndexOf(allowed, k) < 0)
                throw PyException.TypeError($"{name}() got an unexpected keyword argument '{k}'");
    }

    public static long Index(PyObject o)
    {
        if (o is PyInt i) return i.AsIndex();
        throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
    }

    public static PyStr Str(string name, PyObject o, string what = "argument") =>
        o as PyStr ?? throw PyException.TypeError($"{name}() {what} must be str, not {o.Type.Name}");
}
