namespace Engine.Runtime;

/// <summary>
/// A module object: a name and a namespace dict. Attribute access reads and writes the dict,
/// as CPython's module type does. <see cref="File"/> is the origin CPython's repr shows
/// (null for a module built into the interpreter, such as sys and time).
/// </summary>
public sealed class PyModule : PyObject
{
    /// <summary>A module over an existing namespace (builtins: the run's builtins dict itself).</summary>
    public PyModule(string name, PyDict dict)
    {
        Name = name;
        Dict = dict;
    }

    public PyModule(string name, string? file)
    {
        Name = name;
        File = file;
        Dict.Set("__name__", PyStr.From(name));
        Dict.Set("__doc__", PyNone.Instance);
        if (file is not null) Dict.Set("__file__", PyStr.From(file));
    }

    public string Name { get; }
    public string? File { get; }

    /// <summary>A module CPython 3.11 loads from its frozen copies (io, abc, os...): its repr says (frozen).</summary>
    public bool Frozen { get; init; }
    public PyDict Dict { get; } = new();


    public override PyType Type => PyTypes.Module;

    public void Set(string name, PyObject value) => Dict.Set(name, value);

    public PyObject? Get(string name) => Dict.Get(name);

    public override void WriteRepr(ReprWriter w)
    {
        w.Append("<module '").Append(Name).Append('\'');
        if (Frozen) w.Append(" (frozen)>");
        else if (File is null) w.Append(" (built-in)>");
        else w.Append(" from '").Append(File).Append("'>");
    }
}
