namespace Engine.Runtime;

/// <summary>
/// An instance of a class defined by the program. Its behaviour comes from the class's Python
/// methods: repr, str, ==, hash, truth and the rest call __repr__, __str__, __eq__, ... through
/// <see cref="UserMethods"/>, with object's defaults where the class defines none.
/// </summary>
public sealed class PyInstance(PyType type) : PyObject
{
    private PyType _type = type;
    public override PyType Type => _type;

    private readonly RuntimeContext _run = RuntimeContext.Current;
    private long _id;
    private protected override long IdentityNumber() => _run.IdentityOf(ref _id, this);

    /// <summary>__dict__, made on first use; a class with __slots__ (and no __dict__ slot) has none.</summary>
    public PyDict? Dict => _dict ??= _type.HasInstanceDict ? new PyDict() : null;
    private PyDict? _dict;
    public override PyDict? InstanceDict => Dict;
    public override PyDict? InstanceDictIfAny => _dict;

    /// <summary>The values of __slots__ attributes, by name.</summary>
    public Dictionary<string, PyObject>? SlotValues { get; set; }

    /// <summary>obj.__class__ = C: allowed between the program's classes of the same layout (object_set_class).</summary>
    public void SetClass(PyObject value)
    {
        if (value is not PyType t)
            throw PyException.TypeError($"__class__ must be set to a class, not '{value.Type.Name}' object");
        if (!t.IsUserDefined || Layout.BuiltinBase(t) != PyTypes.Object)
            throw PyException.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        if (t.HasInstanceDict != _type.HasInstanceDict || !SameSlots(t.Slots, _type.Slots))
            throw PyException.TypeError($"__class__ assignment: '{t.Name}' object layout differs from '{_type.Name}'");
        _type = t;
    }

    private static bool SameSlots(HashSet<string>? a, HashSet<string>? b) =>
        a is null ? b is null : b is not null && a.SetEquals(b);

    public override void WriteRepr(ReprWriter w)
    {
        if (UserMethods.TryCall(this, "__repr__", [], out var r)) w.Append(UserMethods.ExpectStr(r, "__repr__"));
        else w.Append(Type.IsUserDefined ? "<" + Type.Module + "." + Type.QualName + " object at 0x?>" : "<object object at 0x?>");
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
        return UserMethods.Hash(this) ?? base.Hash();
    }

    /// <summary>slot_tp_hash: a result that fits a Py_hash_t is kept (-1 becomes -2), a bigger one
    /// is hashed as the int it is.</summary>
    internal static long UserHash(PyInt i) =>
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

    /// <summary>hash() through the class: None (what defining __eq__ alone leaves) makes it unhashable; null: object's default.</summary>
    public static long? Hash(PyObject self)
    {
        var h = self.Type.Lookup("__hash__");
        if (h is PyNone) throw PyException.Unhashable(self);
        if (h is not PyFunction f) return null;
        var r = Builtins.Call(f, self);
        if (r is not PyInt i) throw PyException.TypeError("__hash__ method should return an integer");
        return PyInstance.UserHash(i);
    }

    public static string ExpectStr(PyObject o, string method) =>
        o is PyStr s ? s.Value : throw PyException.TypeError($"{method} returned non-string (type {o.Type.Name})");
}

/// <summary>super(type, obj): attribute lookup along type(obj)'s MRO, starting after <see cref="StartAfter"/> (super_getattro).</summary>
public sealed class PySuper(PyType startAfter, PyObject self, PyType selfType) : PyObject
{
    public PyType StartAfter { get; } = startAfter;
    public PyObject Self { get; } = self;

    /// <summary>The class whose MRO is searched: type(obj), or obj itself when obj is a subclass (classmethods).</summary>
    public PyType SelfType { get; } = selfType;
    public override PyType Type => PyTypes.Super;

    public override void WriteRepr(ReprWriter w) =>
        w.Append("<super: <class '").Append(StartAfter.Name).Append("'>, <").Append(SelfType.Name).Append(" object>>");

    public PyObject GetAttr(string name)
    {
        if (name != "__class__" && SelfType.LookupAfter(StartAfter, name) is { } value)
            return Descriptors.Get(value, ReferenceEquals(Self, SelfType) ? null : Self, SelfType);
        if (name == "__class__") return PyTypes.Super;
        throw PyException.AttributeError($"'super' object has no attribute '{name}'");
    }

    /// <summary>super_check: the class to search given super's two arguments.</summary>
    public static PySuper Create(PyType type, PyObject obj)
    {
        if (obj is PyType t && t.IsSubtypeOf(type)) return new PySuper(type, obj, t);
        if (obj.Type.IsSubtypeOf(type)) return new PySuper(type, obj, obj.Type);
        throw PyException.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }
}
