namespace Engine.Runtime;

/// <summary>property(fget, fset, fdel, doc): a data descriptor calling its functions (descrobject.c).</summary>
public sealed class PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc) : PyObject
{
    public PyObject? Fget { get; } = fget;
    public PyObject? Fset { get; } = fset;
    public PyObject? Fdel { get; } = fdel;
    public PyObject? Doc { get; } = doc;

    /// <summary>The attribute name __set_name__ gave it, for the "has no setter" messages.</summary>
    public string? Name { get; set; }

    public override PyType Type => PyTypes.Property;

    public PyObject Get(PyObject instance)
    {
        if (Fget is null or PyNone) throw PyException.AttributeError(Missing("getter", instance));
        return Builtins.Call(Fget, instance);
    }

    public void Set(PyObject instance, PyObject? value)
    {
        var f = value is null ? Fdel : Fset;
        if (f is null or PyNone) throw PyException.AttributeError(Missing(value is null ? "deleter" : "setter", instance));
        if (value is null) Builtins.Call(f, instance);
        else Builtins.Call(f, instance, value);
    }

    private string Missing(string what, PyObject instance) =>
        Name is null ? (what == "getter" ? "unreadable attribute" : what == "setter" ? "can't set attribute" : "can't delete attribute")
            : $"property '{Name}' of '{instance.Type.Name}' object has no {what}";

    public PyProperty With(PyObject? fget, PyObject? fset, PyObject? fdel) => new(fget, fset, fdel, Doc) { Name = Name };
}

/// <summary>classmethod(f): binds f to the class it is looked up through.</summary>
public sealed class PyClassMethod(PyObject function) : PyObject
{
    public PyObject Function { get; } = function;
    public override PyType Type => PyTypes.ClassMethod;
    public override void WriteRepr(ReprWriter w) { w.Append("<classmethod("); Function.WriteRepr(w); w.Append(")>"); }
}

/// <summary>staticmethod(f): f itself, unbound, whatever it is looked up through.</summary>
public sealed class PyStaticMethod(PyObject function) : PyObject
{
    public PyObject Function { get; } = function;
    public override PyType Type => PyTypes.StaticMethod;
    public override void WriteRepr(ReprWriter w) { w.Append("<staticmethod("); Function.WriteRepr(w); w.Append(")>"); }
}

/// <summary>A __slots__ entry: a data descriptor reading and writing the instance's slot (a member_descriptor).</summary>
public sealed class PySlotMember(PyType owner, string name) : PyObject
{
    public PyType Owner { get; } = owner;
    public string Name { get; } = name;
    public override PyType Type => PyTypes.MemberDescriptor;

    public override void WriteRepr(ReprWriter w) => w.Append("<member '").Append(Name).Append("' of '").Append(Owner.Name).Append("' objects>");

    public PyObject Get(PyObject instance) =>
        instance is PyInstance { SlotValues: { } slots } && slots.TryGetValue(Name, out var v) ? v
            : throw PyException.AttributeError($"'{instance.Type.TpName}' object has no attribute '{Name}'");

    public void Set(PyObject instance, PyObject? value)
    {
        if (instance is not PyInstance i) throw PyException.TypeError($"descriptor '{Name}' for '{Owner.Name}' objects doesn't apply to a '{instance.Type.Name}' object");
        i.SlotValues ??= new Dictionary<string, PyObject>(StringComparer.Ordinal);
        if (value is not null) i.SlotValues[Name] = value;
        else if (!i.SlotValues.Remove(Name)) throw PyException.AttributeError($"'{instance.Type.TpName}' object has no attribute '{Name}'");
    }
}

/// <summary>The descriptor protocol: __get__, __set__ and __delete__ of what a class lookup finds.</summary>
public static class Descriptors
{
    /// <summary>descr.__get__(instance, owner); <paramref name="instance"/> null means looked up on the class.</summary>
    public static PyObject Get(PyObject descr, PyObject? instance, PyType owner)
    {
        switch (descr)
        {
            case PyFunction f: return instance is null ? f : new PyBoundMethod(instance, f);
            case PyBuiltinFunction { Owner: not null } b: return instance is null ? b : new PyBoundMethod(instance, b);
            case PyProperty p: return instance is null ? p : p.Get(instance);
            case PyClassMethod c: return new PyBoundMethod(owner, c.Function);
            case PyStaticMethod s: return s.Function;
            case PySlotMember m: return instance is null ? m : m.Get(instance);
        }
        if (descr.Type.IsUserDefined && descr.Type.Lookup("__get__") is { } get)
            return Call(get, descr, [instance ?? PyNone.Instance, owner]);
        return descr;
    }

    /// <summary>Whether the descriptor defines __set__ or __delete__ (then it wins over the instance dict).</summary>
    public static bool IsData(PyObject descr) => descr switch
    {
        PyProperty or PySlotMember => true,
        PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod or PyStr or PyInt or PyNone => false,
        _ => descr.Type.IsUserDefined && (descr.Type.Lookup("__set__") is not null || descr.Type.Lookup("__delete__") is not null),
    };

    /// <summary>Assigns (value) or deletes (null) through a data descriptor; false when it is not one.</summary>
    public static bool TrySet(PyObject descr, PyObject instance, PyObject? value)
    {
        switch (descr)
        {
            case PyProperty p: p.Set(instance, value); return true;
            case PySlotMember m: m.Set(instance, value); return true;
            case PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod or PyStr or PyInt or PyNone: return false;
        }
        if (!descr.Type.IsUserDefined) return false;
        if (value is not null)
        {
            if (descr.Type.Lookup("__set__") is { } set)
            {
                Call(set, descr, [instance, value]);
                return true;
            }
            if (descr.Type.Lookup("__delete__") is not null) throw PyException.AttributeError("__set__");
            return false;
        }
        if (descr.Type.Lookup("__delete__") is { } del)
        {
            Call(del, descr, [instance]);
            return true;
        }
        if (descr.Type.Lookup("__set__") is not null) throw PyException.AttributeError("__delete__");
        return false;
    }

    private static PyObject Call(PyObject method, PyObject self, PyObject[] args) => method switch
    {
        PyFunction or PyBuiltinFunction => Builtins.Call(method, [self, .. args]),
        _ => Builtins.Call(Get(method, self, self.Type), args),
    };
}

/// <summary>The constructors and methods of property, classmethod and staticmethod.</summary>
internal static class DescriptorTypes
{
    internal static void Register()
    {
        PyTypes.Property.Constructor = (a, k) =>
        {
            var (positional, kw) = ArgCheck.Split(a, k);
            ArgCheck.OnlyKeywords("property", kw, "fget", "fset", "fdel", "doc");
            if (positional.Length > 4) throw PyException.TypeError($"property() takes at most 4 arguments ({positional.Length} given)");
            PyObject? Arg(int i, string name) => i < positional.Length ? positional[i] : kw.GetValueOrDefault(name);
            var fget = Arg(0, "fget");
            var doc = Arg(3, "doc");
            if (doc is null or PyNone && fget is not null and not PyNone)
                doc = Ops.GetAttrOrNull(fget, "__doc__");
            return new PyProperty(NoneToNull(fget), NoneToNull(Arg(1, "fset")), NoneToNull(Arg(2, "fdel")), doc);
        };
        var p = PyTypes.Property;
        p.AddMethod("getter", (a, k) => { ArgCheck.Exactly("getter", a, k, 2); var s = (PyProperty)a[0]; return s.With(a[1], s.Fset, s.Fdel); });
        p.AddMethod("setter", (a, k) => { ArgCheck.Exactly("setter", a, k, 2); var s = (PyProperty)a[0]; return s.With(s.Fget, a[1], s.Fdel); });
        p.AddMethod("deleter", (a, k) => { ArgCheck.Exactly("deleter", a, k, 2); var s = (PyProperty)a[0]; return s.With(s.Fget, s.Fset, a[1]); });
        p.AddMethod("__get__", (a, k) =>
        {
            ArgCheck.Range("__get__", a, k, 2, 3);
            return a[1] is PyNone ? a[0] : ((PyProperty)a[0]).Get(a[1]);
        });
        p.AddMethod("__set__", (a, k) => { ArgCheck.Exactly("__set__", a, k, 3); ((PyProperty)a[0]).Set(a[1], a[2]); return PyNone.Instance; });
        p.AddMethod("__delete__", (a, k) => { ArgCheck.Exactly("__delete__", a, k, 2); ((PyProperty)a[0]).Set(a[1], null); return PyNone.Instance; });
        p.AddMethod("__set_name__", (a, k) => { ArgCheck.Exactly("__set_name__", a, k, 3); ((PyProperty)a[0]).Name = (a[2] as PyStr)?.Value; return PyNone.Instance; });
        PyTypes.ClassMethod.Constructor = (a, k) => { ArgCheck.Exactly("classmethod", a, k, 1); return new PyClassMethod(a[0]); };
        PyTypes.StaticMethod.Constructor = (a, k) => { ArgCheck.Exactly("staticmethod", a, k, 1); return new PyStaticMethod(a[0]); };
        PyTypes.ClassMethod.AddMethod("__get__", (a, k) =>
        {
            ArgCheck.Range("__get__", a, k, 2, 3);
            var owner = a.Length > 2 && a[2] is PyType t ? t : a[1].Type;
            return new PyBoundMethod(owner, ((PyClassMethod)a[0]).Function);
        });
        PyTypes.StaticMethod.AddMethod("__get__", (a, k) => { ArgCheck.Range("__get__", a, k, 2, 3); return ((PyStaticMethod)a[0]).Function; });
    }

    private static PyObject? NoneToNull(PyObject? o) => o is PyNone ? null : o;
}
