namespace Engine.Runtime;

/// <summary>
/// The attributes of functions and code objects, as funcobject.c's func_getsetlist / func_memberlist
/// and codeobject.c's members give them: __name__, __qualname__, __doc__, __module__, __defaults__,
/// __kwdefaults__, __annotations__, __code__, __closure__, __globals__, __dict__, and any attribute a
/// program stores (f.calls = 0, functools.wraps' __wrapped__) in the function's dict.
/// </summary>
public static class FunctionAttributes
{
    /// <summary>function.__get__ (functions are non-data descriptors: f.__get__(obj) binds).</summary>
    internal static void Register()
    {
        PyTypes.Function.AddMethod("__get__", (a, k) =>
        {
            ArgCheck.NoKeywords("__get__", k);
            if (a.Length is < 2 or > 3) throw PyException.TypeError($"expected 1 or 2 arguments, got {a.Length - 1}");
            var instance = a[1];
            if (instance is PyNone && (a.Length < 3 || a[2] is PyNone)) throw PyException.TypeError("__get__(None, None) is invalid");
            return instance is PyNone ? a[0] : new PyBoundMethod(instance, a[0]);
        });
    }

    /// <summary>f.name, or null when the function has no such attribute.</summary>
    public static PyObject? Get(PyFunction f, string name)
    {
        switch (name)
        {
            case "__name__": return PyStr.From(f.Name);
            case "__qualname__": return PyStr.From(f.QualName);
            case "__doc__": return f.Doc ??= f.Code.Consts is [PyStr doc, ..] ? doc : PyNone.Instance;
            case "__module__": return f.Module ??= f.Globals.Get("__name__") ?? PyNone.Instance;
            case "__code__": return f.Code;
            case "__globals__": return f.Globals;
            case "__closure__": return f.Closure.Length == 0 ? PyNone.Instance : PyTuple.Create([.. f.Closure]);
            case "__defaults__": return f.Defaults.Length == 0 ? PyNone.Instance : PyTuple.Create(f.Defaults);
            case "__kwdefaults__": return (PyObject?)f.KwDefaults ?? PyNone.Instance;
            case "__annotations__": return AnnotationDict(f);
            case "__dict__": return f.Dict;
            case "__builtins__": return f.Globals.Get("__builtins__") ?? PyNone.Instance;
        }
        return f.InstanceDict?.Get(name);
    }

    /// <summary>f.name = value, or del f.name (value null).</summary>
    public static void Set(PyFunction f, string name, PyObject? value)
    {
        switch (name)
        {
            case "__name__" or "__qualname__":
                if (value is not PyStr s) throw PyException.TypeError($"{name} must be set to a string object");
                if (name == "__name__") f.Name = s.Value;
                else f.QualName = s.Value;
                return;
            case "__doc__":
                f.Doc = value ?? PyNone.Instance;
                return;
            case "__module__":
                f.Module = value ?? PyNone.Instance;
                return;
            case "__code__":
                f.Code = value as PyCode ?? throw PyException.TypeError("__code__ must be set to a code object");
                return;
            case "__defaults__":
                f.Defaults = value is null or PyNone ? []
                    : value is PyTuple t ? t.Items : throw PyException.TypeError("__defaults__ must be set to a tuple object");
                return;
            case "__kwdefaults__":
                f.KwDefaults = value is null or PyNone ? null
                    : value as PyDict ?? throw PyException.TypeError("__kwdefaults__ must be set to a dict object");
                return;
            case "__annotations__":
                f.Annotations = value is null or PyNone ? null
                    : value as PyDict ?? throw PyException.TypeError("__annotations__ must be set to a dict object");
                return;
            case "__dict__":
                if (value is not PyDict d) throw PyException.TypeError("__dict__ must be set to a dictionary, not a '" + (value?.Type.Name ?? "NoneType") + "'");
                f.Dict.Clear();
                foreach (var (k, v) in d.Items.ToList()) f.Dict.Set(k, v);
                return;
            case "__globals__" or "__closure__" or "__builtins__":
                throw PyException.AttributeError("readonly attribute");
        }
        if (value is not null) f.Dict.Set(name, value);
        else if (f.InstanceDict?.Remove(PyStr.From(name)) != true)
            throw PyException.AttributeError($"'function' object has no attribute '{name}'");
    }

    private static PyDict AnnotationDict(PyFunction f)
    {
        if (f.Annotations is PyDict d) return d;
        var dict = new PyDict();
        if (f.Annotations is PyTuple pairs)
            for (var i = 0; i + 1 < pairs.Items.Length; i += 2) dict.Set(pairs.Items[i], pairs.Items[i + 1]);
        f.Annotations = dict;
        return dict;
    }

    /// <summary>code.co_*, or null.</summary>
    public static PyObject? CodeAttr(PyCode c, string name)
    {
        var code = c.Code;
        return name switch
        {
            "co_name" => PyStr.From(code.Name),
            "co_qualname" => PyStr.From(code.QualName),
            "co_filename" => PyStr.From(code.Filename),
            "co_firstlineno" => PyInt.From(code.FirstLineNo),
            "co_argcount" => PyInt.From(code.ArgCount),
            "co_posonlyargcount" => PyInt.From(code.PosOnlyArgCount),
            "co_kwonlyargcount" => PyInt.From(code.KwOnlyArgCount),
            "co_nlocals" => PyInt.From(code.NLocals),
            "co_stacksize" => PyInt.From(code.StackSize),
            "co_flags" => PyInt.From((long)code.Flags),
            "co_varnames" => Strings(code.VarNames),
            "co_names" => Strings(code.Names),
            "co_cellvars" => Strings(code.CellVars),
            "co_freevars" => Strings(code.FreeVars),
            "co_consts" => PyTuple.Create(c.Consts),
            "co_code" => new PyBytes(code.Code),
            _ => null,
        };
    }

    private static PyTuple Strings(string[] names) => PyTuple.Create([.. names.Select(n => (PyObject)PyStr.From(n))]);
}
