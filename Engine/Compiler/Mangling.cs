namespace Engine.Compiler;

/// <summary>Private name mangling (CPython's _Py_Mangle): inside class C, `__x` becomes `_C__x`.</summary>
internal static class Mangling
{
    public static string Mangle(string? privateName, string name)
    {
        // only __names, not __dunders__ nor dotted import names
        if (privateName is null || !name.StartsWith("__", StringComparison.Ordinal)) return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = privateName.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
