namespace Engine.Runtime;

/// <summary>dir(obj): a class's __dir__ when the program defines one, else the names object.__dir__
/// and type.__dir__ gather (the instance's __dict__, then every class along the MRO), sorted.</summary>
public static class DirListing
{
    /// <summary>The attributes builtin objects keep in C fields rather than in their type's dict.</summary>
    private static readonly Dictionary<PyType, string[]> Fields = new()
    {
        [PyTypes.Int] = ["denominator", "imag", "numerator", "real"],
        [PyTypes.Float] = ["imag", "real"],
        [PyTypes.Complex] = ["imag", "real"],
        [PyTypes.Range] = ["start", "step", "stop"],
        [PyTypes.Slice] = ["start", "step", "stop"],
        [PyTypes.Object] = ["__class__", "__doc__"],
        [PyTypes.BaseException] = ["__cause__", "__context__", "__suppress_context__", "__traceback__", "args"],
    };

    public static PyList Of(PyObject o)
    {
        if (o.Type.IsUserDefined && o.Type.Lookup("__dir__") is PyFunction custom)
        {
            var list = new PyList(Ops.ToList(Builtins.Call(custom, o)));
            ListMethods.Sort(list, null, null);
            return list;
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (o is PyModule module)
        {
            foreach (var key in Ops.ToList(module.Dict)) if (key is PyStr s) names.Add(s.Value);
        }
        else
        {
            if (o.InstanceDict is { } dict)
                foreach (var key in Ops.ToList(dict)) if (key is PyStr s) names.Add(s.Value);
            var classes = o is PyType t ? t.Mro.Concat(t.Type.IsUserDefined ? [] : Array.Empty<PyType>()) : o.Type.Mro;
            foreach (var c in classes)
            {
                foreach (var name in c.Dict.Keys) names.Add(name);
                if (Fields.TryGetValue(c, out var fields)) names.UnionWith(fields);
            }
            if (o is not PyType) names.Add("__class__");
            else names.UnionWith(["__doc__", "__module__"]);
            if (o.Type.IsUserDefined && o.Type.HasInstanceDict) names.UnionWith(["__dict__", "__module__", "__weakref__", "__doc__"]);
        }
        var sorted = names.Select(n => (PyObject)PyStr.From(n)).ToList();
        sorted.Sort((a, b) => string.CompareOrdinal(((PyStr)a).Value, ((PyStr)b).Value));
        return new PyList(sorted);
    }
}
