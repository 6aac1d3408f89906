namespace Engine.Runtime;

/// <summary>Attribute access as typeobject.c and object.c do it: PyObject_GenericGetAttr /
/// GenericSetAttr (data descriptors, then the instance dict, then other class attributes),
/// type_getattro for classes, and the __getattribute__/__getattr__/__setattr__/__delattr__ hooks.</summary>
public static partial class Ops
{
    /// <summary>obj.name (LOAD_ATTR).</summary>
    public static PyObject GetAttr(PyObject o, string name)
    {
        switch (o)
        {
            case PySuper super: return super.GetAttr(name);
            case PyType t: return TypeGetAttr(t, name);
            case PyModule module: return ModuleGetAttr(module, name);
        }
        var type = o.Type;
        if (!type.IsUserDefined) return BuiltinGetAttr(o, name) ?? throw NoAttribute(o, name);
        PyObject? found;
        if (type.Lookup("__getattribute__") is PyFunction getattribute)
        {
            try
            {
                return Builtins.Call(getattribute, o, PyStr.From(name));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.AttributeError) && type.Lookup("__getattr__") is not null)
            {
                found = null;
            }
        }
        else found = GenericGetAttr(o, name);
        if (found is not null) return found;
        if (type.Lookup("__getattr__") is { } getattr)
            return Builtins.Call(Descriptors.Get(getattr, o, type), PyStr.From(name));
        throw NoAttribute(o, name);
    }

    /// <summary>getattr(o, name, None): the attribute, or null when it raises AttributeError.</summary>
    public static PyObject? GetAttrOrNull(PyObject o, string name)
    {
        try
        {
            return GetAttr(o, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.AttributeError))
        {
            return null;
        }
    }

    /// <summary>module_getattro: the module's namespace first.</summary>
    private static PyObject ModuleGetAttr(PyModule module, string name)
    {
        if (module.Get(name) is { } member) return member;
        if (name == "__dict__") return module.Dict;
        return BuiltinGetAttr(module, name)
               ?? throw PyException.AttributeError($"module '{module.Name}' has no attribute '{name}'");
    }

    private static PyException NoAttribute(PyObject o, string name) => o is PyType t
        ? PyException.AttributeError($"type object '{t.Name}' has no attribute '{name}'")
        : PyException.AttributeError($"'{o.Type.TpName}' object has no attribute '{name}'");

    /// <summary>PyObject_GenericGetAttr, or null when the attribute is missing.</summary>
    public static PyObject? GenericGetAttr(PyObject o, string name)
    {
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr is not null && Descriptors.IsData(descr)) return Descriptors.Get(descr, o, type);
        var dict = o.InstanceDictIfAny;
        if (dict is not null && dict.Count > 0 && dict.Get(name) is { } own) return own;
        if (descr is not null) return Descriptors.Get(descr, o, type);
        return name switch
        {
            "__class__" => type,
            "__dict__" when o.InstanceDict is { } made => made,
            _ => BuiltinGetAttr(o, name),
        };
    }

    /// <summary>type_getattro: the metaclass's data descriptors, then the class's MRO, then the metaclass's other attributes.</summary>
    private static PyObject TypeGetAttr(PyType t, string name)
    {
        switch (name)
        {
            case "__name__": return PyStr.From(t.Name);
            case "__qualname__": return PyStr.From(t.QualName);
            case "__module__" when !t.Dict.ContainsKey("__module__"): return PyStr.From(t.Module);
            case "__mro__": return PyTuple.Create([.. t.Mro]);
            case "__bases__": return PyTuple.Create([.. t.Bases]);
            case "__base__": return (PyObject?)t.Base ?? PyNone.Instance;
            case "__class__": return t.Type;
            case "__dict__": return TypeDict(t);
            // type's getset descriptor reads the class's own namespace only: a subclass being
            // created (its __init_subclass__ runs before ABCMeta sets it) has none.
            case "__abstractmethods__":
                return (t != PyTypes.Type && t.Dict.TryGetValue(name, out var abstracts) ? abstracts : null)
                       ?? throw PyException.AttributeError("__abstractmethods__");
        }
        var meta = t.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr is not null && Descriptors.IsData(metaAttr)) return Descriptors.Get(metaAttr, t, meta);
        if (t.Lookup(name) is { } attr) return Descriptors.Get(attr, null, t);
        if (metaAttr is not null) return Descriptors.Get(metaAttr, t, meta);
        if (meta.IsUserDefined && meta.Lookup("__getattr__") is { } getattr)
            return Builtins.Call(Descriptors.Get(getattr, t, meta), PyStr.From(name));
        throw NoAttribute(t, name);
    }

    /// <summary>A copy of the class namespace (CPython gives a read-only mappingproxy).</summary>
    private static PyDict TypeDict(PyType t)
    {
        var d = new PyDict();
        foreach (var (k, v) in t.Dict) d.Set(k, v);
        return d;
    }

    /// <summary>The attributes builtin objects carry in C fields (int.real, exception.args, ...), or bound methods of their type.</summary>
    private static PyObject? BuiltinGetAttr(PyObject o, string name)
    {
        switch (o)
        {
            case PyFunction fn when FunctionAttributes.Get(fn, name) is { } fa: return fa;
            case PyCode co when FunctionAttributes.CodeAttr(co, name) is { } ca: return ca;
            // method_getattro: what a bound method lacks comes from its function (__doc__, __wrapped__, f.calls).
            case PyBoundMethod { Function: PyFunction bf } when name is not ("__self__" or "__func__" or "__class__")
                && o.Type.Lookup(name) is null:
                return FunctionAttributes.Get(bf, name) ?? (PyTypes.Function.Lookup(name) is { } fd ? Descriptors.Get(fd, bf, PyTypes.Function)
                    : throw PyException.AttributeError($"'function' object has no attribute '{name}'"));
            case PyCell cell when name == "cell_contents": return cell.Contents ?? throw PyException.ValueError("Cell is empty");
            case PyBaseException ex when ExceptionAttributes.Get(ex, name) is { } ea: return ea;
            case PyTraceback tb when ExceptionTypes.TracebackAttr(tb, name) is { } ta: return ta;
            case VM.PyGenerator gen when gen.Attribute(name) is { } ga: return ga;
            case VM.PyFrameObject fo when fo.Attribute(name) is { } fa2: return fa2;
            case PyMemoryView mv when mv.Attribute(name) is { } ma: return ma;
        }
        if (o.Type.Lookup(name) is { } descr) return Descriptors.Get(descr, o, o.Type);
        return o switch
        {
            PyComplex c when name == "real" => new PyFloat(c.Real),
            PyComplex c when name == "imag" => new PyFloat(c.Imag),
            PyFloat f when name == "real" => f,
            PyFloat when name == "imag" => new PyFloat(0),
            PyInt i when name is "real" or "numerator" => PyInt.From(i.AsBig),
            PyInt when name == "imag" => PyInt.From(0),
            PyInt when name == "denominator" => PyInt.From(1),
            PyBuiltinFunction b when name == "__name__" => PyStr.From(b.Name),
            PyBoundMethod m when name == "__self__" => m.Self,
            PyBoundMethod m when name == "__func__" => m.Function,
            PyBoundMethod m when name is "__name__" or "__qualname__" => GetAttr(m.Function, name),
            PyRange r when name == "start" => PyInt.From(r.Start),
            PyRange r when name == "stop" => PyInt.From(r.Stop),
            PyRange r when name == "step" => PyInt.From(r.Step),
            PySlice s when name == "start" => s.Start,
            PySlice s when name == "stop" => s.Stop,
            PySlice s when name == "step" => s.Step,
            PyProperty p when name == "fget" => p.Fget ?? PyNone.Instance,
            PyProperty p when name == "fset" => p.Fset ?? PyNone.Instance,
            PyProperty p when name == "fdel" => p.Fdel ?? PyNone.Instance,
            PyProperty p when name == "__doc__" => p.Doc ?? PyNone.Instance,
            PySlotMember m when name == "__name__" => PyStr.From(m.Name),
            PySlotMember m when name == "__qualname__" => PyStr.From($"{m.Owner.QualName}.{m.Name}"),
            PySlotMember m when name == "__objclass__" => m.Owner,
            PySlotMember when name == "__doc__" => PyNone.Instance,
            PyClassMethod c when name == "__func__" => c.Function,
            PyStaticMethod s when name == "__func__" => s.Function,
            _ when name == "__class__" => o.Type,
            _ => null,
        };
    }

    /// <summary>A method of the object's type, unbound (LOAD_METHOD pushes it with self), or null (then LOAD_ATTR's way applies).</summary>
    public static PyObject? LookupMethod(PyObject o, string name)
    {
        if (o is PyType or PySuper or PyModule) return null;
        var type = o.Type;
        if (type.IsUserDefined && type.Lookup("__getattribute__") is PyFunction) return null;
        var m = type.Lookup(name);
        if (m is not (PyFunction or PyBuiltinFunction)) return null;
        if (o.InstanceDictIfAny is { Count: > 0 } dict && dict.Get(name) is not null) return null;
        return m;
    }

    /// <summary>obj.name = value, or del obj.name when <paramref name="value"/> is null (STORE_ATTR / DELETE_ATTR).</summary>
    public static void SetAttr(PyObject o, string name, PyObject? value)
    {
        if (o is PyType cls)
        {
            TypeSetAttr(cls, name, value);
            return;
        }
        if (o is PyModule module)
        {
            if (value is not null) module.Set(name, value);
            else if (!module.Dict.Remove(PyStr.From(name))) throw PyException.AttributeError($"module '{module.Name}' has no attribute '{name}'");
            return;
        }
        if (o is PyFunction fn)
        {
            FunctionAttributes.Set(fn, name, value);
            return;
        }
        var type = o.Type;
        if (type.IsUserDefined && type.Lookup(value is null ? "__delattr__" : "__setattr__") is PyFunction hook)
        {
            if (value is null) Builtins.Call(hook, o, PyStr.From(name));
            else Builtins.Call(hook, o, PyStr.From(name), value);
            return;
        }
        GenericSetAttr(o, name, value);
    }

    /// <summary>PyObject_GenericSetAttr (object.__setattr__ / object.__delattr__).</summary>
    public static void GenericSetAttr(PyObject o, string name, PyObject? value)
    {
        var type = o.Type;
        var descr = type.Lookup(name);
        if (descr is not null && Descriptors.TrySet(descr, o, value)) return;
        if (o is PyBaseException ex && ExceptionAttributes.TrySet(ex, name, value)) return;
        if (name == "__class__" && o is PyInstance instance && value is not null)
        {
            instance.SetClass(value);
            return;
        }
        var dict = type.IsUserDefined ? o.InstanceDict : null;
        if (dict is null)
        {
            // _PyObject_GenericSetAttrWithDict: with no instance dict, a name the class has
            // (a method, a class attribute, beside __slots__) is read-only, any other is missing.
            if (descr is null)
                throw PyException.AttributeError($"'{type.TpName}' object has no attribute '{name}'");
            throw PyException.AttributeError($"'{type.TpName}' object attribute '{name}' is read-only");
        }
        if (value is not null) dict.Set(name, value);
        else if (!dict.Remove(PyStr.From(name))) throw PyException.AttributeError($"'{type.TpName}' object has no attribute '{name}'");
    }

    /// <summary>type_setattro: a metaclass data descriptor, else the class namespace (builtin types refuse).</summary>
    private static void TypeSetAttr(PyType cls, string name, PyObject? value)
    {
        var meta = cls.Type;
        if (meta.IsUserDefined && meta.Lookup(value is null ? "__delattr__" : "__setattr__") is PyFunction hook)
        {
            if (value is null) Builtins.Call(hook, cls, PyStr.From(name));
            else Builtins.Call(hook, cls, PyStr.From(name), value);
            return;
        }
        TypeGenericSetAttr(cls, name, value);
    }

    public static void TypeGenericSetAttr(PyType cls, string name, PyObject? value)
    {
        if (!cls.IsUserDefined)
            throw PyException.TypeError($"cannot set '{name}' attribute of immutable type '{cls.Name}'");
        var meta = cls.Type;
        if (meta.Lookup(name) is { } descr && Descriptors.TrySet(descr, cls, value)) return;
        switch (name)
        {
            case "__name__" when value is PyStr n: cls.Name = n.Value; return;
            case "__qualname__" when value is PyStr q: cls.QualName = q.Value; return;
        }
        if (!cls.SetAttribute(name, value))
            throw PyException.AttributeError($"type object '{cls.Name}' has no attribute '{name}'");
    }
}
