namespace Engine.Runtime.Modules;

/// <summary>__future__: its feature records, so <c>from __future__ import annotations</c> works
/// (the compiler has already acted on it) and the names read as in CPython.</summary>
public static class FutureModule
{
    private static readonly PyType FeatureType = new("_Feature", PyTypes.Object) { Module = "__future__" };

    private static readonly (string Name, string Optional, string Mandatory, int Flag)[] Features =
    [
        ("nested_scopes", "(2, 1, 0, 'beta', 1)", "(2, 2, 0, 'alpha', 0)", 0x0010),
        ("generators", "(2, 2, 0, 'alpha', 1)", "(2, 3, 0, 'final', 0)", 0),
        ("division", "(2, 2, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x20000),
        ("absolute_import", "(2, 5, 0, 'alpha', 1)", "(3, 0, 0, 'alpha', 0)", 0x40000),
        ("with_statement", "(2, 5, 0, 'alpha', 1)", "(2, 6, 0, 'alpha', 0)", 0x80000),
        ("print_function", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x100000),
        ("unicode_literals", "(2, 6, 0, 'alpha', 2)", "(3, 0, 0, 'alpha', 0)", 0x200000),
        ("barry_as_FLUFL", "(3, 1, 0, 'alpha', 2)", "(4, 0, 0, 'alpha', 0)", 0x400000),
        ("generator_stop", "(3, 5, 0, 'beta', 1)", "(3, 7, 0, 'alpha', 0)", 0x800000),
        ("annotations", "(3, 7, 0, 'beta', 1)", "None", 0x1000000),
    ];

    public static PyModule Create()
    {
        var m = new ModuleBuilder("__future__", ModuleOrigins.Source("__future__"));
        var names = new List<PyObject>();
        foreach (var (name, optional, mandatory, flag) in Features)
        {
            m.Value(name, new NativeObject(FeatureType, $"_Feature({optional}, {mandatory}, {flag})"));
            names.Add(PyStr.From(name));
        }
        m.Value("all_feature_names", new PyList(names));
        m.Value("__all__", new PyList([PyStr.From("all_feature_names"), .. names]));
        foreach (var (name, _, _, flag) in Features)
            if (flag != 0) m.Value("CO_" + name.ToUpperInvariant() switch
            {
                "NESTED_SCOPES" => "NESTED",
                "DIVISION" => "FUTURE_DIVISION",
                "ABSOLUTE_IMPORT" => "FUTURE_ABSOLUTE_IMPORT",
                "WITH_STATEMENT" => "FUTURE_WITH_STATEMENT",
                "PRINT_FUNCTION" => "FUTURE_PRINT_FUNCTION",
                "UNICODE_LITERALS" => "FUTURE_UNICODE_LITERALS",
                "BARRY_AS_FLUFL" => "FUTURE_BARRY_AS_BDFL",
                "GENERATOR_STOP" => "FUTURE_GENERATOR_STOP",
                _ => "FUTURE_ANNOTATIONS",
            }, flag);
        return m.Module;
    }
}
