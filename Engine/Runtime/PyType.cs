namespace Engine.Runtime;

/// <summary>How a builtin is called: positional arguments, then the keyword arguments' values,
/// whose names are <paramref name="kwnames"/> (null when there are none). The span usually
/// points into the caller's value stack, so a call allocates no argument array.</summary>
public delegate PyObject BuiltinImpl(ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>
/// A type object. Builtin types carry their methods in <see cref="Dict"/> (functions taking
/// self first, like CPython's method descriptors) and a constructor for <c>type(...)</c> calls.
/// </summary>
public sealed class PyType : PyObject
{
    public PyType(string name, PyType? @base, BuiltinImpl? constructor = null)
    {
        Name = name;
        Base = @base;
        Constructor = constructor;
    }

    public string Name { get; }
    public PyType? Base { get; }

    /// <summary>A class the program defined (a class statement), as opposed to a builtin type.</summary>
    public bool IsUserDefined { get; init; }

    /// <summary>__module__ and __qualname__ (builtins: "builtins" and the name).</summary>
    public string Module { get; init; } = "builtins";
    public string QualName { get => _qualName ?? Name; init => _qualName = value; }
    private readonly string? _qualName;
    public BuiltinImpl? Constructor { get; internal set; }
    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    public override PyType Type => PyTypes.Type;

    public bool IsSubtypeOf(PyType other)
    {
        for (var t = this; t is not null; t = t.Base)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    /// <summary>Looks a name up along the base chain (the MRO of single inheritance).</summary>
    public PyObject? Lookup(string name)
    {
        for (var t = this; t is not null; t = t.Base)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    public void AddMethod(string name, BuiltinImpl impl) => Dict[name] = new PyBuiltinFunction(name, impl, this);

    public override void WriteRepr(ReprWriter w) =>
        w.Append("<class '").Append(Module == "builtins" ? "" : Module + ".").Append(QualName).Append("'>");

    public override long Hash() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
