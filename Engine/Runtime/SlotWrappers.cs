using System.Numerics;

namespace Engine.Runtime;

/// <summary>
/// The dunder methods builtin types expose as attributes (CPython's slot wrappers: int.__add__,
/// list.__getitem__, str.__len__ ...), for calls like <c>key=lst.__getitem__</c> and
/// <c>super().__getitem__(i)</c> in a subclass. Each works on the builtin's own value: an instance
/// of the program's subclass is first seen as its plain builtin value, so the subclass's
/// overrides are not consulted again.
/// </summary>
public static class SlotWrappers
{
    private static readonly (string Name, BinaryOp Op)[] Arithmetic =
    [
        ("add", BinaryOp.Add), ("sub", BinaryOp.Subtract), ("mul", BinaryOp.Multiply), ("truediv", BinaryOp.TrueDivide),
        ("floordiv", BinaryOp.FloorDivide), ("mod", BinaryOp.Remainder), ("pow", BinaryOp.Power),
    ];

    private static readonly (string Name, BinaryOp Op)[] Bitwise =
        [("and", BinaryOp.And), ("or", BinaryOp.Or), ("xor", BinaryOp.Xor), ("lshift", BinaryOp.LShift), ("rshift", BinaryOp.RShift)];

    private static readonly (string Name, CompareOp Op)[] Comparisons =
        [("lt", CompareOp.Lt), ("le", CompareOp.Le), ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge)];

    public static void Register()
    {
        foreach (var t in new[] { PyTypes.Int, PyTypes.Float, PyTypes.Complex })
        {
            foreach (var (name, op) in Arithmetic) BinaryPair(t, name, op);
            if (t != PyTypes.Complex) Divmod(t);
            Unary(t, "__neg__", Ops.Negative);
            Unary(t, "__pos__", Ops.Positive);
            Unary(t, "__abs__", o => Builtins.Call(AbsFunction, o));
            Unary(t, "__bool__", o => PyBool.From(o.IsTrue()));
            Common(t, hash: true);
            Format(t);
        }
        foreach (var (name, op) in Bitwise) BinaryPair(PyTypes.Int, name, op);
        Unary(PyTypes.Int, "__invert__", Ops.Invert);
        Unary(PyTypes.Int, "__int__", o => PyInt.From(((PyInt)o).AsBig));
        Unary(PyTypes.Int, "__index__", o => PyInt.From(((PyInt)o).AsBig));
        Unary(PyTypes.Int, "__float__", o => new PyFloat(((PyInt)o).ToDouble()));
        foreach (var name in new[] { "__trunc__", "__floor__", "__ceil__" }) Unary(PyTypes.Int, name, o => PyInt.From(((PyInt)o).AsBig));
        Unary(PyTypes.Float, "__int__", o => NumberParsing.FromDouble(((PyFloat)o).Value));
        Unary(PyTypes.Float, "__trunc__", o => NumberParsing.FromDouble(((PyFloat)o).Value));
        Unary(PyTypes.Float, "__floor__", o => NumberParsing.FromDouble(Math.Floor(((PyFloat)o).Value)));
        Unary(PyTypes.Float, "__ceil__", o => NumberParsing.FromDouble(Math.Ceiling(((PyFloat)o).Value)));
        Unary(PyTypes.Float, "__float__", o => new PyFloat(((PyFloat)o).Value));
        foreach (var t in new[] { PyTypes.Int, PyTypes.Float })
        {
            var owner = t;
            Add(owner, "__round__", (a, k) =>
            {
                ArgCheck.Range("__round__", a, k, 1, 2);
                return Builtins.Round(a.Length == 1 ? [Plain(a[0])] : [Plain(a[0]), a[1]], null);
            });
        }

        foreach (var t in new[] { PyTypes.Str, PyTypes.List, PyTypes.Tuple, PyTypes.Bytes, PyTypes.Range })
        {
            Sequence(t);
            Common(t, hash: t != PyTypes.List);
        }
        foreach (var t in new[] { PyTypes.Str, PyTypes.List, PyTypes.Tuple, PyTypes.Bytes })
        {
            Binary(t, "__add__", BinaryOp.Add, reflected: false);
            Binary(t, "__mul__", BinaryOp.Multiply, reflected: false);
            Binary(t, "__rmul__", BinaryOp.Multiply, reflected: true);
        }
        Binary(PyTypes.Str, "__mod__", BinaryOp.Remainder, reflected: false);
        Binary(PyTypes.Str, "__rmod__", BinaryOp.Remainder, reflected: true);
        Unary(PyTypes.Str, "__str__", o => PyStr.From(((PyStr)o).Value));
        Format(PyTypes.Str);
        Add(PyTypes.List, "__setitem__", (a, k) => { Arity("__setitem__", a, k, 3); Ops.SetItem(Plain(a[0]), a[1], a[2]); return PyNone.Instance; });
        Add(PyTypes.List, "__delitem__", (a, k) => { Arity("__delitem__", a, k, 2); Ops.DelItem(Plain(a[0]), a[1]); return PyNone.Instance; });
        Add(PyTypes.List, "__iadd__", (a, k) => { Arity("__iadd__", a, k, 2); ((PyList)a[0]).Extend(Ops.ToList(a[1])); return a[0]; });
        Add(PyTypes.List, "__reversed__", (a, k) => { Arity("__reversed__", a, k, 1); return Builtins.Reversed([Plain(a[0])], null); });

        DictSlots(PyTypes.Dict);
        foreach (var t in new[] { PyTypes.Set, PyTypes.FrozenSet })
        {
            Add(t, "__len__", (a, k) => { Arity("__len__", a, k, 1); return PyInt.From(Ops.Length(a[0])); });
            Add(t, "__contains__", (a, k) => { Arity("__contains__", a, k, 2); return PyBool.From(((PySet)a[0]).Contains(a[1])); });
            Add(t, "__iter__", (a, k) => { Arity("__iter__", a, k, 1); return Ops.Iter(a[0]); });
            foreach (var (name, op) in new[] { ("and", BinaryOp.And), ("or", BinaryOp.Or), ("xor", BinaryOp.Xor), ("sub", BinaryOp.Subtract) })
                BinaryPair(t, name, op);
            Common(t, hash: t == PyTypes.FrozenSet);
        }

        var obj = PyTypes.Object;
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Add(obj, name, (a, k) => { Arity(name, a, k, 2); return PySingleton.NotImplemented; });
        obj.Dict["__subclasshook__"] = new PyClassMethod(new PyBuiltinFunction("__subclasshook__", (a, k) => PySingleton.NotImplemented, obj));
    }

    private static PyObject? _abs;
    private static PyObject AbsFunction => _abs ??= Builtins.Create().Get("abs")!;

    /// <summary>An instance of the program's subclass of a builtin, seen as the builtin's plain value
    /// (a list shares its storage); other objects are themselves.</summary>
    public static PyObject Plain(PyObject o) => o switch
    {
        _ when !o.Type.IsUserDefined => o,
        PyBool => o,
        PyInt i => PyInt.From(i.AsBig),
        PyFloat f => new PyFloat(f.Value),
        PyStr s => PyStr.From(s.Value),
        PyTuple t => PyTuple.Create(t.Items),
        PyList l => new PyList(l.Items),
        _ => o,
    };

    /// <summary>Whether a binary slot of a builtin can take this operand (the program's own classes: NotImplemented).</summary>
    private static bool Foreign(PyObject o) => o.Type.IsUserDefined && o is PyInstance;

    private static void Add(PyType t, string name, BuiltinImpl impl)
    {
        if (t.Dict.ContainsKey(name)) return;
        var owner = t;
        t.AddMethod(name, (a, k) =>
        {
            if (a.Length == 0) throw PyException.TypeError($"descriptor '{name}' of '{owner.Name}' object needs an argument");
            if (!a[0].Type.IsSubtypeOf(owner))
                throw PyException.TypeError($"descriptor '{name}' requires a '{owner.Name}' object but received a '{a[0].Type.Name}'");
            return impl(a, k);
        });
    }

    private static void Arity(string name, ReadOnlySpan<PyObject> a, string[]? k, int n)
    {
        ArgCheck.NoKeywords(name, k);
        if (a.Length == n) return;
        throw PyException.TypeError(n == 1 ? $"expected 0 arguments, got {a.Length - 1}"
            : n == 2 ? $"expected 1 argument, got {a.Length - 1}" : $"expected {n - 1} arguments, got {a.Length - 1}");
    }

    private static void BinaryPair(PyType t, string name, BinaryOp op)
    {
        Binary(t, $"__{name}__", op, reflected: false);
        Binary(t, $"__r{name}__", op, reflected: true);
    }

    private static void Binary(PyType t, string name, BinaryOp op, bool reflected) => Add(t, name, (a, k) =>
    {
        Arity(name, a, k, 2);
        if (Foreign(a[1]) || !Accepts(t, a[1])) return PySingleton.NotImplemented;
        var (self, other) = (Plain(a[0]), Plain(a[1]));
        return reflected ? Ops.BinarySlot(op, other, self) : Ops.BinarySlot(op, self, other);
    });

    /// <summary>A number type's slots take only numbers they contain (int.__add__(1, 2.0) is NotImplemented).</summary>
    private static bool Accepts(PyType t, PyObject other) =>
        t == PyTypes.Int ? other is PyInt
        : t == PyTypes.Float ? other is PyInt or PyFloat
        : t != PyTypes.Complex || other is PyInt or PyFloat or PyComplex;

    private static void Divmod(PyType t)
    {
        Add(t, "__divmod__", (a, k) => DivmodOf(a, k, false));
        Add(t, "__rdivmod__", (a, k) => DivmodOf(a, k, true));
    }

    private static PyObject DivmodOf(ReadOnlySpan<PyObject> a, string[]? k, bool reflected)
    {
        Arity("__divmod__", a, k, 2);
        if (Foreign(a[1]) || a[1] is not (PyInt or PyFloat)) return PySingleton.NotImplemented;
        var (x, y) = reflected ? (Plain(a[1]), Plain(a[0])) : (Plain(a[0]), Plain(a[1]));
        return new PyTuple([Ops.Binary(BinaryOp.FloorDivide, x, y), Ops.Binary(BinaryOp.Remainder, x, y)]);
    }

    private static void Unary(PyType t, string name, Func<PyObject, PyObject> f) => Add(t, name, (a, k) =>
    {
        Arity(name, a, k, 1);
        return f(Plain(a[0]));
    });

    /// <summary>Comparisons, __hash__ (or None for the mutable types, as CPython's dir shows) and __repr__.</summary>
    private static void Common(PyType t, bool hash)
    {
        foreach (var (name, op) in Comparisons)
        {
            var dunder = $"__{name}__";
            Add(t, dunder, (a, k) =>
            {
                Arity(dunder, a, k, 2);
                if (Foreign(a[1])) return PySingleton.NotImplemented;
                return Ops.CompareSlot(Plain(a[0]), Plain(a[1]), op);
            });
        }
        if (hash) Unary(t, "__hash__", o => PyInt.From(o.Hash()));
        else t.Dict.TryAdd("__hash__", PyNone.Instance);
        Unary(t, "__repr__", o => PyStr.From(o.Repr()));
    }

    private static void Format(PyType t) => Add(t, "__format__", (a, k) =>
    {
        Arity("__format__", a, k, 2);
        var spec = a[1] as PyStr ?? throw PyException.TypeError($"__format__() argument must be str, not {a[1].Type.Name}");
        return PyStr.From(FormatSpec.Format(Plain(a[0]), spec.Value));
    });

    private static void Sequence(PyType t)
    {
        Unary(t, "__len__", o => PyInt.From(Ops.Length(o)));
        Unary(t, "__iter__", Ops.Iter);
        Add(t, "__getitem__", (a, k) => { Arity("__getitem__", a, k, 2); return Ops.GetItem(Plain(a[0]), a[1]); });
        Add(t, "__contains__", (a, k) => { Arity("__contains__", a, k, 2); return PyBool.From(Ops.Contains(Plain(a[0]), a[1])); });
    }

    /// <summary>dict's slots work on the dict's storage directly (a subclass's instance is a PyDict too).</summary>
    private static void DictSlots(PyType t)
    {
        Add(t, "__len__", (a, k) => { Arity("__len__", a, k, 1); return PyInt.From(((PyDict)a[0]).Count); });
        Add(t, "__getitem__", (a, k) =>
        {
            Arity("__getitem__", a, k, 2);
            var d = (PyDict)a[0];
            if (d.Get(a[1]) is { } v) return v;
            if (d.Type.IsUserDefined && d.Type.Lookup("__missing__") is { } missing)
                return Builtins.Call(Descriptors.Get(missing, d, d.Type), a[1]);
            throw PyException.KeyError(a[1]);
        });
        Add(t, "__setitem__", (a, k) => { Arity("__setitem__", a, k, 3); ((PyDict)a[0]).Set(a[1], a[2]); return PyNone.Instance; });
        Add(t, "__delitem__", (a, k) =>
        {
            Arity("__delitem__", a, k, 2);
            if (!((PyDict)a[0]).Remove(a[1])) throw PyException.KeyError(a[1]);
            return PyNone.Instance;
        });
        Add(t, "__contains__", (a, k) => { Arity("__contains__", a, k, 2); return PyBool.From(((PyDict)a[0]).ContainsKey(a[1])); });
        Add(t, "__iter__", (a, k) => { Arity("__iter__", a, k, 1); return new DictIterator((PyDict)a[0], DictIterator.Kind.Keys); });
        Add(t, "__eq__", (a, k) => { Arity("__eq__", a, k, 2); return a[1] is PyDict ? PyBool.From(Ops.Equal(Plainish(a[0]), a[1])) : PySingleton.NotImplemented; });
        Add(t, "__ne__", (a, k) => { Arity("__ne__", a, k, 2); return a[1] is PyDict ? PyBool.From(!Ops.Equal(Plainish(a[0]), a[1])) : PySingleton.NotImplemented; });
        Add(t, "__or__", (a, k) => { Arity("__or__", a, k, 2); return a[1] is PyDict ? Ops.BinarySlot(BinaryOp.Or, Plainish(a[0]), Plainish(a[1])) : PySingleton.NotImplemented; });
        Add(t, "__ior__", (a, k) => { Arity("__ior__", a, k, 2); DictMethods.Update((PyDict)a[0], a[1]); return a[0]; });
        Add(t, "__reversed__", (a, k) => { Arity("__reversed__", a, k, 1); return Builtins.Reversed([Plainish(a[0])], null); });
        t.Dict.TryAdd("__hash__", PyNone.Instance);
        Unary(t, "__repr__", o => PyStr.From(o is IBuiltinSubclassInstance s ? BuiltinRepr(s) : o.Repr()));
    }

    /// <summary>A dict subclass's instance copied to a plain dict (for the operations that read it whole).</summary>
    private static PyObject Plainish(PyObject o)
    {
        if (!o.Type.IsUserDefined || o is not PyDict d) return o;
        var copy = new PyDict();
        DictMethods.Update(copy, new PyDictView(d, DictIterator.Kind.Items));
        return copy;
    }

    private static string BuiltinRepr(IBuiltinSubclassInstance s)
    {
        var w = new ReprWriter(int.MaxValue);
        s.WriteBuiltinRepr(w);
        return w.ToString();
    }
}
