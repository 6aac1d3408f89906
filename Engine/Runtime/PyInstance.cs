namespace Engine.Runtime;

/// <summary>
/// An instance of a class defined by the program. Its behaviour comes from the class's Python
/// methods: repr, str, ==, hash, truth and the rest call __repr__, __str__, __eq__, ... through
/// <see cref="UserMethods"/>, with object's defaults where the class defines none.
/// </summary>
public sealed class PyInstance(PyType type) : PyObject
{
    public override PyType Type { get; } = type;
    public PyDict Dict { get; } = new();

    public override void WriteRepr(ReprWriter w)
    {
        if (UserMethods.TryCall(this, "__repr__", [], out var r)) w.Append(UserMethods.ExpectStr(r, "__repr__"));
        else w.Append("<" + Type.Module + "." + Type.QualName + " object at 0x?>");
    }

    public override void WriteStr(ReprWriter w)
    {
        if (UserMethods.TryCall(this, "__str__", [], out var r)) w.Append(UserMethods.ExpectStr(r, "__str__"));
        else WriteRepr(w);
    }

    public override bool IsTrue()
    {
        if (UserMethods.TryCall(this, "__bool__", [], out var b))
            return b is PyBool pb ? pb.Value != 0 : throw PyException.TypeError($"__bool__ should return bool, returned {b.Type.Name}");
        if (UserMethods.TryCall(this, "__len__", [], out var n)) return n.IsTrue();
        return true;
    }

    public override long Hash()
    {
        if (Type.Lookup("__eq__") is PyFunction && Type.Lookup("__hash__") is null or PyNone) throw PyException.Unhashable(this);
        if (UserMethods.TryCall(this, "__hash__", [], out var h)) return h is PyInt i ? UserHash(i) : throw PyException.TypeError("__hash__ method should return an integer");
        return base.Hash();
    }

    /// <summary>slot_tp_hash: a result that fits a Py_hash_t is kept (-1 becomes -2), a bigger one
    /// is hashed as the int it is.</summary>
    private static long UserHash(PyInt i) =>
        !i.IsBig ? Engine.Hashing.PyHash.Fix(i.Value) : NumericHash.OfInt(i);

    public override bool? EqualsObject(PyObject other)
    {
        if (UserMethods.TryCall(this, "__eq__", [other], out var r)) return ReferenceEquals(r, PySingleton.NotImplemented) ? null : r.IsTrue();
        return null;
    }
}

/// <summary>Calls the methods a program's class defines for the protocols (dunder methods).</summary>
public static class UserMethods
{
    /// <summary>Calls type(self).name(self, *args) when the class (not object) defines it in Python.</summary>
    public static bool TryCall(PyObject self, string name, PyObject[] args, out PyObject result)
    {
        if (self.Type.IsUserDefined && self.Type.Lookup(name) is PyFunction f)
        {
            result = Builtins.Call(f, [self, .. args]);
            return true;
        }
        result = PyNone.Instance;
        return false;
    }

    public static string ExpectStr(PyObject o, string method) =>
        o is PyStr s ? s.Value : throw PyException.TypeError($"{method} returned non-string (type {o.Type.Name})");
}

/// <summary>super(): attribute lookup that starts after <see cref="StartAfter"/> in the class chain of the object.</summary>
public sealed class PySuper(PyType startAfter, PyObject self) : PyObject
{
    public PyType StartAfter { get; } = startAfter;
    public PyObject Self { get; } = self;
    public override PyType Type => PyTypes.Super;

    public override void WriteRepr(ReprWriter w) =>
        w.Append("<super: <class '").Append(StartAfter.Name).Append("'>, <").Append(Self.Type.Name).Append(" object>>");

    public PyObject GetAttr(string name)
    {
        var value = StartAfter.Base?.Lookup(name)
            ?? throw PyException.AttributeError($"'super' object has no attribute '{name}'");
        return value is PyFunction or PyBuiltinFunction { Owner: not null } ? new PyBoundMethod(Self, value) : value;
    }
}
