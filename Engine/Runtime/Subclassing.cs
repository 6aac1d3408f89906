namespace Engine.Runtime;

/// <summary>Instances of the program's subclasses of builtin types (class Stack(list), class D(dict)):
/// the builtin's storage, the subclass's type and a __dict__; the protocols consult the class first.</summary>
public static class Subclassing
{
    public static PyObject New(PyType cls, PyType builtinBase)
    {
        if (builtinBase == PyTypes.List) return new PyListInstance(cls);
        if (builtinBase == PyTypes.Dict) return new PyDictInstance(cls);
        throw PyException.TypeError($"subclassing the builtin type '{builtinBase.Name}' is not supported");
    }

    /// <summary>The __new__ of an immutable builtin (str, int, float, tuple): its value, made by the
    /// builtin's constructor, in an instance of <c>cls</c>.</summary>
    internal static void RegisterNew(PyType builtin)
    {
        builtin.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyException.TypeError($"{builtin.Name}.__new__(X): X is not a type object");
            if (!cls.IsSubtypeOf(builtin)) throw PyException.TypeError($"{builtin.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {builtin.Name}");
            var value = builtin.Constructor!(a[1..], k);
            if (ReferenceEquals(cls, builtin)) return value;
            return value switch
            {
                PyStr s => new PyStrInstance(cls, s.Value),
                PyInt i => new PyIntInstance(cls, i),
                PyFloat f => new PyFloatInstance(cls, f.Value),
                PyTuple t => new PyTupleInstance(cls, t.Items),
                _ => value,
            };
        }) { IsTypeNew = true });
    }

    internal static bool WriteRepr(PyObject self, ReprWriter w)
    {
        if (!UserMethods.TryCall(self, "__repr__", [], out var r)) return false;
        w.Append(UserMethods.ExpectStr(r, "__repr__"));
        return true;
    }

    internal static bool WriteStr(PyObject self, ReprWriter w)
    {
        // __str__ = int.__repr__ in a class body (IntEnum does so): the builtin's method is called.
        if (self.Type.Lookup("__str__") is PyBuiltinFunction { Owner: { } owner } builtin && !(owner == PyTypes.Object && builtin.Name == "__str__"))
        {
            w.Append(UserMethods.ExpectStr(builtin.Impl([self], null), "__str__"));
            return true;
        }
        if (!UserMethods.TryCall(self, "__str__", [], out var r)) return false;
        w.Append(UserMethods.ExpectStr(r, "__str__"));
        return true;
    }

    internal static bool? IsTrue(PyObject self)
    {
        if (UserMethods.TryCall(self, "__bool__", [], out var b))
            return b is PyBool pb ? pb.Value != 0 : throw PyException.TypeError($"__bool__ should return bool, returned {b.Type.Name}");
        if (UserMethods.TryCall(self, "__len__", [], out var n)) return n.IsTrue();
        return null;
    }

    internal static bool? Equals(PyObject self, PyObject other, out bool handled)
    {
        handled = UserMethods.TryCall(self, "__eq__", [other], out var r);
        return handled ? ReferenceEquals(r, PySingleton.NotImplemented) ? null : r.IsTrue() : null;
    }
}

/// <summary>An instance of a builtin's subclass: it can write the builtin's own repr (list.__repr__(self)).</summary>
public interface IBuiltinSubclassInstance
{
    void WriteBuiltinRepr(ReprWriter w);
}

/// <summary>An instance of a list subclass.</summary>
public sealed class PyListInstance(PyType type) : PyList, IBuiltinSubclassInstance
{
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    private PyDict? _dict;
    public override PyType Type { get; } = type;
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) WriteRepr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}

/// <summary>An instance of a dict subclass (its __missing__ is consulted by d[key]).</summary>
public sealed class PyDictInstance(PyType type) : PyDict, IBuiltinSubclassInstance
{
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    private PyDict? _dict;
    public override PyType Type { get; } = type;
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) WriteRepr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}

/// <summary>An instance of a str subclass.</summary>
public sealed class PyStrInstance : PyStr, IBuiltinSubclassInstance
{
    private PyDict? _dict;
    public PyStrInstance(PyType type, string value) : base(value) => Type = type;
    public override PyType Type { get; }
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) base.WriteStr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}

/// <summary>An instance of a int subclass.</summary>
public sealed class PyIntInstance : PyInt, IBuiltinSubclassInstance
{
    private PyDict? _dict;
    public PyIntInstance(PyType type, PyInt value) : base(value) => Type = type;
    public override PyType Type { get; }
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) WriteRepr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}

/// <summary>An instance of a float subclass.</summary>
public sealed class PyFloatInstance : PyFloat, IBuiltinSubclassInstance
{
    private PyDict? _dict;
    public PyFloatInstance(PyType type, double value) : base(value) => Type = type;
    public override PyType Type { get; }
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) WriteRepr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}

/// <summary>An instance of a tuple subclass.</summary>
public sealed class PyTupleInstance : PyTuple, IBuiltinSubclassInstance
{
    private PyDict? _dict;
    public PyTupleInstance(PyType type, PyObject[] items) : base(items) => Type = type;
    public override PyType Type { get; }
    public override PyDict? InstanceDict => _dict ??= new PyDict();
    public override PyDict? InstanceDictIfAny => _dict;
    public void WriteBuiltinRepr(ReprWriter w) => base.WriteRepr(w);

    public override void WriteRepr(ReprWriter w)
    {
        if (!Subclassing.WriteRepr(this, w)) base.WriteRepr(w);
    }

    public override void WriteStr(ReprWriter w)
    {
        if (!Subclassing.WriteStr(this, w)) WriteRepr(w);
    }

    public override bool IsTrue() => Subclassing.IsTrue(this) ?? base.IsTrue();
    public override long Hash() => UserMethods.Hash(this) ?? base.Hash();

    public override bool? EqualsObject(PyObject other)
    {
        var r = Subclassing.Equals(this, other, out var handled);
        return handled ? r : base.EqualsObject(other);
    }
}
