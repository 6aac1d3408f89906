namespace Engine.Runtime;

/// <summary>Operators on instances of the program's classes: the dunder methods with their
/// reflected forms and NotImplemented, in the order abstract.c (binary_op1) and object.c
/// (do_richcompare) try them — a subclass's reflected method first when it overrides it.</summary>
public static partial class Ops
{
    private static readonly string[] CompareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
    private static readonly CompareOp[] Swapped = [CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le];
    private static readonly string[] LeftNames = DunderNames.Select(n => "__" + n + "__").ToArray();
    private static readonly string[] RightNames = DunderNames.Select(n => "__r" + n + "__").ToArray();
    private static readonly string[] InPlaceNames = DunderNames.Select(n => "__i" + n + "__").ToArray();

    private static bool IsNotImplemented(PyObject o) => ReferenceEquals(o, PySingleton.NotImplemented);

    private static PyFunction? UserMethod(PyObject o, string name) =>
        o.Type.IsUserDefined ? o.Type.Lookup(name) as PyFunction : null;

    /// <summary>binary_op1 for the program's classes: null when every method says NotImplemented.</summary>
    private static PyObject? UserBinary(BinaryOp op, PyObject a, PyObject b)
    {
        var left = UserMethod(a, LeftNames[(int)op]);
        var right = ReferenceEquals(a.Type, b.Type) ? null : UserMethod(b, RightNames[(int)op]);
        if (right is not null && b.Type.IsSubtypeOf(a.Type) && !ReferenceEquals(right, a.Type.Lookup(RightNames[(int)op])))
        {
            var r = Builtins.Call(right, b, a);
            if (!IsNotImplemented(r)) return r;
            right = null;
        }
        if (left is not null)
        {
            var r = Builtins.Call(left, a, b);
            if (!IsNotImplemented(r)) return r;
        }
        if (right is not null)
        {
            var r = Builtins.Call(right, b, a);
            if (!IsNotImplemented(r)) return r;
        }
        return null;
    }

    /// <summary>a op= b through __iop__, or null to fall back to the binary operator.</summary>
    private static PyObject? UserInPlace(BinaryOp op, PyObject a, PyObject b)
    {
        if (UserMethod(a, InPlaceNames[(int)op]) is not { } f) return null;
        var r = Builtins.Call(f, a, b);
        return IsNotImplemented(r) ? null : r;
    }

    private static PyObject? UserUnary(PyObject a, string name) =>
        UserMethod(a, name) is { } f ? Builtins.Call(f, a) : null;

    /// <summary>do_richcompare: the reflected method of a subclass first, then a's, then b's reflected;
    /// == and != fall back to identity, object.__ne__ inverts __eq__, the orderings raise TypeError.</summary>
    public static PyObject UserRichCompare(PyObject a, PyObject b, CompareOp op)
    {
        var checkedReverse = false;
        if (!ReferenceEquals(a.Type, b.Type) && b.Type.IsSubtypeOf(a.Type) && ComparisonMethod(b, Swapped[(int)op]) is { } first)
        {
            checkedReverse = true;
            var r = first(a);
            if (!IsNotImplemented(r)) return r;
        }
        if (ComparisonMethod(a, op) is { } own)
        {
            var r = own(b);
            if (!IsNotImplemented(r)) return r;
        }
        if (!checkedReverse && ComparisonMethod(b, Swapped[(int)op]) is { } reflected)
        {
            var r = reflected(a);
            if (!IsNotImplemented(r)) return r;
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(a, b) || BuiltinEquals(a, b));
            case CompareOp.Ne: return PyBool.From(!(ReferenceEquals(a, b) || BuiltinEquals(a, b)));
        }
        if (a is not PyInstance && b is not PyInstance) return PyBool.From(NativeCompare(a, b, op));
        throw PyException.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    /// <summary>The equality of builtin values an instance of a builtin's subclass carries (list, dict).</summary>
    private static bool BuiltinEquals(PyObject a, PyObject b) => (a, b) switch
    {
        (PyList la, PyList lb) => Sequence.ItemsEqual(la.Items, lb.Items),
        (PyDict da, PyDict db) => da.SameItems(db),
        (PyInstance, _) or (_, PyInstance) or (PyBaseException, _) or (_, PyBaseException) => false,
        _ => a.EqualsObject(b) ?? b.EqualsObject(a) ?? false,
    };

    /// <summary>The comparison method of o's class for op, bound to o, or null when there is none in Python.
    /// object.__ne__ is the inverse of __eq__ (unless that says NotImplemented).</summary>
    private static Func<PyObject, PyObject>? ComparisonMethod(PyObject o, CompareOp op)
    {
        if (UserMethod(o, CompareNames[(int)op]) is { } f) return other => Builtins.Call(f, o, other);
        if (op == CompareOp.Ne && UserMethod(o, "__eq__") is { } eq)
            return other =>
            {
                var r = Builtins.Call(eq, o, other);
                return IsNotImplemented(r) ? r : PyBool.From(!r.IsTrue());
            };
        return null;
    }
}
