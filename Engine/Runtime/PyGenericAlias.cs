namespace Engine.Runtime;

/// <summary>
/// types.GenericAlias (Objects/genericaliasobject.c): what <c>list[int]</c> and
/// <c>dict[str, list[Tree]]</c> make. It keeps its origin and arguments, prints as the
/// subscription reads (<c>list[__main__.Tree]</c>), compares by both, and calling it calls the origin.
/// </summary>
public sealed class PyGenericAlias(PyObject origin, PyObject[] args) : PyObject
{
    public static readonly PyType AliasType = CreateType();

    /// <summary>The builtin classes whose subscription makes an alias (their __class_getitem__ in 3.11).</summary>
    private static readonly HashSet<PyType> Subscriptable = [PyTypes.List, PyTypes.Dict, PyTypes.Tuple, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Type];

    public PyObject Origin { get; } = origin;
    public PyObject[] Args { get; } = args;

    public override PyType Type => AliasType;

    /// <summary>cls[key] for a builtin class: an alias, or null when the class takes no subscription.</summary>
    public static PyObject? ClassGetItem(PyType cls, PyObject key) =>
        Subscriptable.Contains(cls) ? new PyGenericAlias(cls, key is PyTuple t ? t.Items : [key]) : null;

    private static PyType CreateType()
    {
        var type = new PyType("GenericAlias", PyTypes.Object) { Module = "types" };
        // types.GenericAlias(origin, args): a one-item args that is not a tuple is the only argument.
        type.Constructor = (a, k) =>
        {
            if (k is { Length: > 0 }) throw PyException.TypeError("GenericAlias() takes no keyword arguments");
            if (a.Length != 2) throw PyException.TypeError($"GenericAlias expected 2 arguments, got {a.Length}");
            return new PyGenericAlias(a[0], a[1] is PyTuple t ? t.Items : [a[1]]);
        };
        void Getter(string name, Func<PyGenericAlias, PyObject> get) =>
            type.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, k) => get((PyGenericAlias)a[0])), null, null, PyNone.Instance) { Name = name };
        Getter("__origin__", g => g.Origin);
        Getter("__args__", g => PyTuple.Create(g.Args));
        Getter("__parameters__", g => PyTuple.Create([.. g.Args.Where(a => a.Type.Name == "TypeVar")]));
        type.AddMethod("__mro_entries__", (a, k) => PyTuple.Create([((PyGenericAlias)a[0]).Origin]));
        type.AddMethod("__instancecheck__", (a, k) => throw PyException.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        type.AddMethod("__subclasscheck__", (a, k) => throw PyException.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        return type;
    }

    public override void WriteRepr(ReprWriter w)
    {
        WriteItem(w, Origin);
        w.Append('[');
        if (Args.Length == 0) w.Append("()");
        for (var i = 0; i < Args.Length; i++)
        {
            if (i > 0) w.Append(", ");
            WriteItem(w, Args[i]);
        }
        w.Append(']');
    }

    /// <summary>ga_repr_item: ... for Ellipsis, module.qualname for a class (the qualname alone for builtins), else repr.</summary>
    private static void WriteItem(ReprWriter w, PyObject item)
    {
        switch (item)
        {
            case PySingleton s when ReferenceEquals(s, PySingleton.Ellipsis):
                w.Append("...");
                return;
            case PyGenericAlias:
                item.WriteRepr(w);
                return;
            case PyType t:
                if (t.Module != "builtins") w.Append(t.Module).Append('.');
                w.Append(t.QualName);
                return;
            default:
                item.WriteRepr(w);
                return;
        }
    }

    public override bool? EqualsObject(PyObject other) =>
        other is PyGenericAlias g && ReferenceEquals(g.Origin, Origin) && g.Args.Length == Args.Length
            && Args.Zip(g.Args).All(p => Ops.Equal(p.First, p.Second));

    public override long Hash()
    {
        var h = Origin.Hash();
        foreach (var a in Args) h = h * 1000003 ^ a.Hash();
        return h == -1 ? -2 : h;
    }
}
