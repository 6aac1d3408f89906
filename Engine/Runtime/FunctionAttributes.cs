namespace Engine.Runtime;

/// <summary>
/// The attributes of a Python function (funcobject.c's getset and member tables): __name__,
/// __qualname__, __module__, __doc__ and __dict__ are writable, so decorators such as
/// functools.wraps can copy them; other names live in the function's __dict__.
/// </summary>
public static class FunctionAttributes
{
    /// <summary>f.name, or null when the function has no such attribute.</summary>
    public static PyObject? Get(PyFunction f, string name)
    {
        switch (name)
        {
            case "__name__": return PyStr.From(f.Name);
            case "__qualname__": return PyStr.From(f.QualName);
            case "__module__": return f.Module ?? f.Globals.Get("__name__") ?? PyNone.Instance;
            case "__doc__": return f.Doc ?? DocString(f);
            case "__dict__": return f.Dict;
            case "__globals__": return f.Globals;
            case "__code__": return f.Code;
            case "__defaults__": return f.Defaults.Length == 0 ? PyNone.Instance : PyTuple.Create(f.Defaults);
            case "__kwdefaults__": return (PyObject?)f.KwDefaults ?? PyNone.Instance;
            case "__annotations__": return f.Annotations = Annotations(f.Annotations);
        }
        return f.InstanceDict?.Get(name);
    }

    /// <summary>MAKE_FUNCTION leaves 3.11's flat (name, value, ...) tuple; the first read makes the dict.</summary>
    private static PyObject Annotations(PyObject? stored)
    {
        if (stored is not PyTuple pairs) return stored ?? new PyDict();
        var dict = new PyDict();
        for (var i = 0; i + 1 < pairs.Items.Length; i += 2) dict.Set(pairs.Items[i], pairs.Items[i + 1]);
        return dict;
    }

    /// <summary>3.11 takes co_consts[0] as the docstring when it is a str (the compiler puts None
    /// first in a function without one).</summary>
    private static PyObject DocString(PyFunction f) =>
        f.Code.Consts.Length > 0 && f.Code.Consts[0] is PyStr doc ? doc : PyNone.Instance;

    /// <summary>f.name = value (value null: del f.name).</summary>
    public static void Set(PyFunction f, string name, PyObject? value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                if (value is not PyStr s)
                    throw PyException.TypeError($"{name} must be set to a string object");
                if (name == "__name__") f.Name = s.Value;
                else f.QualName = s.Value;
                return;
            case "__module__":
                f.Module = value ?? PyNone.Instance;
                return;
            case "__doc__":
                f.Doc = value ?? PyNone.Instance;
                return;
            case "__annotations__":
                f.Annotations = value;
                return;
            case "__defaults__":
                f.Defaults = value is null or PyNone ? [] : value is PyTuple t ? [.. t.Items]
                    : throw PyException.TypeError("__defaults__ must be set to a tuple object");
                return;
            case "__kwdefaults__":
                f.KwDefaults = value is null or PyNone ? null
                    : value as PyDict ?? throw PyException.TypeError("__kwdefaults__ must be set to a dict object");
                return;
            case "__dict__":
                if (value is not PyDict d) throw PyException.TypeError("__dict__ must be set to a dictionary");
                f.Dict.Clear();
                foreach (var (k, v) in d.Items.ToList()) f.Dict.Set(k, v);
                return;
        }
        if (value is not null) f.Dict.Set(name, value);
        else if (f.InstanceDict is not { } dict || !dict.Remove(PyStr.From(name)))
            throw PyException.AttributeError($"'function' object has no attribute '{name}'");
    }
}
