namespace Engine.Runtime.Modules.Re;

/// <summary>Argument Clinic-style parsing for the methods of re.Pattern and re.Match.</summary>
internal static class ReArgs
{
    public static PyObject?[] Parse(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] parameters, int required, int skip = 1)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount - skip;
        var values = new PyObject?[parameters.Length];
        if (positional > parameters.Length)
            throw PyException.TypeError($"{name}() takes at most {parameters.Length} argument{(parameters.Length == 1 ? "" : "s")} ({positional + kwCount} given)");
        for (var i = 0; i < positional; i++) values[i] = args[skip + i];
        for (var i = 0; i < kwCount; i++)
        {
            var at = Array.IndexOf(parameters, kwnames![i]);
            if (at < 0) throw PyException.TypeError($"{name}() got an unexpected keyword argument '{kwnames[i]}'");
            if (values[at] is not null) throw PyException.TypeError($"argument for {name}() given by name ('{kwnames[i]}') and position ({at + 1})");
            values[at] = args[args.Length - kwCount + i];
        }
        for (var i = 0; i < required; i++)
            if (values[i] is null) throw PyException.TypeError($"{name}() missing required argument '{parameters[i]}' (pos {i + 1})");
        return values;
    }

    /// <summary>A pos/endpos argument clamped into [0, length], as _sre does.</summary>
    public static int Clamp(PyObject? value, int length, int fallback)
    {
        if (value is null) return fallback;
        var v = ArgCheck.Index(value);
        if (v < 0) v = 0;
        return (int)Math.Min(v, length);
    }
}
