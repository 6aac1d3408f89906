namespace Engine.Runtime;

/// <summary>Argument Clinic's parsing for builtin methods with named parameters: positional and
/// keyword arguments bound to parameter names, with CPython's messages.</summary>
public static class ArgParse
{
    /// <summary>Binds <paramref name="args"/> (self excluded) to <paramref name="names"/>; the first
    /// <paramref name="positionalMax"/> may come by position, the first <paramref name="required"/> must come.
    /// Missing optional parameters are null.</summary>
    public static PyObject?[] Bind(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int positionalMax = -1)
    {
        if (positionalMax < 0) positionalMax = names.Length;
        var kwCount = kwnames?.Length ?? 0;
        var npos = args.Length - kwCount;
        if (npos > positionalMax)
            throw PyException.TypeError(positionalMax == 0 ? $"{fname}() takes no positional arguments"
                : $"{fname}() takes at most {positionalMax} positional argument{(positionalMax == 1 ? "" : "s")} ({npos} given)");
        var bound = new PyObject?[names.Length];
        for (var i = 0; i < npos; i++) bound[i] = args[i];
        for (var i = 0; i < kwCount; i++)
        {
            var at = Array.IndexOf(names, kwnames![i]);
            if (at < 0) throw PyException.TypeError($"{fname}() got an unexpected keyword argument '{kwnames[i]}'");
            if (bound[at] is not null) throw PyException.TypeError($"argument for {fname}() given by name ('{names[at]}') and position ({at + 1})");
            bound[at] = args[npos + i];
        }
        for (var i = 0; i < required; i++)
            if (bound[i] is null) throw PyException.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        return bound;
    }

    public static bool Bool(PyObject? o, bool fallback) => o is null ? fallback : o.IsTrue();
}
