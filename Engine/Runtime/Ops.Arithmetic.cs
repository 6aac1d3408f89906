using System.Numerics;
using System.Text;

namespace Engine.Runtime;

/// <summary>BINARY_OP's argument (CPython's NB_* numbering); the in-place forms are these plus 13.</summary>
public enum BinaryOp
{
    Add, And, FloorDivide, LShift, MatMul, Multiply, Remainder, Or, Power, RShift, Subtract, TrueDivide, Xor,
}

/// <summary>The abstract object protocol (CPython's Objects/abstract.c) over the builtin types.</summary>
public static partial class Ops
{
    private static readonly string[] Symbols = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"];

    /// <summary>BINARY_OP: <paramref name="arg"/> is the instruction's argument (0-25).</summary>
    public static PyObject BinaryOp(int arg, PyObject a, PyObject b)
    {
        if (arg >= 13)
        {
            var op = (BinaryOp)(arg - 13);
            return UserInPlace(op, a, b) ?? InPlace(op, a, b) ?? BinaryOrNull(op, a, b) ?? throw Unsupported(op, a, b, inPlace: true);
        }
        return Binary((BinaryOp)arg, a, b);
    }

    /// <summary>a OP b, or the TypeError CPython gives for operand types that do not support it.</summary>
    public static PyObject Binary(BinaryOp op, PyObject a, PyObject b) =>
        BinaryOrNull(op, a, b) ?? throw Unsupported(op, a, b, inPlace: false);

    private static PyException Unsupported(BinaryOp op, PyObject a, PyObject b, bool inPlace)
    {
        if (op == Runtime.BinaryOp.Add && a is PyStr) return PyException.TypeError($"can only concatenate str (not \"{b.Type.Name}\") to str");
        if (op == Runtime.BinaryOp.Add && a is PyList) return PyException.TypeError($"can only concatenate list (not \"{b.Type.Name}\") to list");
        if (op == Runtime.BinaryOp.Add && a is PyTuple) return PyException.TypeError($"can only concatenate tuple (not \"{b.Type.Name}\") to tuple");
        if (op == Runtime.BinaryOp.Multiply && (IsSequence(a) || IsSequence(b)))
            return PyException.TypeError($"can't multiply sequence by non-int of type '{(IsSequence(a) ? b : a).Type.Name}'");
        var symbol = op == Runtime.BinaryOp.Power && !inPlace ? "** or pow()" : Symbols[(int)op] + (inPlace ? "=" : "");
        return PyException.TypeError($"unsupported operand type(s) for {symbol}: '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    private static bool IsSequence(PyObject o) => o is PyStr or PyList or PyTuple or PyBytes or PyByteArray;

    /// <summary>The in-place forms that differ from the plain ones: list += iterable and list *= n
    /// mutate the list, set |= &amp;= -= ^= a set mutate the set.</summary>
    private static PyObject? InPlace(BinaryOp op, PyObject a, PyObject b)
    {
        if (a is PySet { Frozen: false } set && b is PySet right) return SetAlgebra.InPlace(op, set, right);
        // dict |= other updates in place from a mapping or an iterable of pairs (dict_ior).
        if (a is PyDict dict && op == Runtime.BinaryOp.Or && !a.Type.IsUserDefined)
        {
            DictMethods.Update(dict, b);
            return dict;
        }
        if (a is PyByteArray array) return ByteArrayInPlace(op, array, b);
        if (a is not PyList list) return null;
        if (op == Runtime.BinaryOp.Add)
        {
            list.Extend(b is PyList other ? other.Items.ToArray() : ToList(b));
            return list;
        }
        if (op == Runtime.BinaryOp.Multiply && b is PyInt n)
        {
            var copy = list.Items.ToArray();
            var times = n.Sign <= 0 ? 0 : n.AsIndex();
            if (times == 0) list.Items.Clear();
            else
            {
                list.Grow(copy.Length * times);
                for (long i = 1; i < times; i++) list.Items.AddRange(copy);
            }
            return list;
        }
        return null;
    }

    /// <summary>bytearray += bytes-like and bytearray *= n change the bytearray (bytearray_iconcat, bytearray_irepeat).</summary>
    private static PyObject? ByteArrayInPlace(BinaryOp op, PyByteArray array, PyObject b)
    {
        if (op == Runtime.BinaryOp.Add)
        {
            var right = ByteArrays.View(b) ?? throw PyException.TypeError($"can't concat {b.Type.Name} to bytearray");
            array.AddRange(right.Span);
            return array;
        }
        if (op == Runtime.BinaryOp.Multiply && b is PyInt n)
        {
            var copy = array.ToArray();
            var times = n.Sign <= 0 ? 0 : n.IsBig ? long.MaxValue : n.Value;
            if (times == 0 || copy.Length == 0)
            {
                array.Data.Clear();
                return array;
            }
            if (times > Array.MaxLength / copy.Length) throw new ResourceLimitException(ResourceLimit.Memory);
            array.Grow(copy.Length * times);
            for (long i = 1; i < times; i++) array.Data.AddRange(copy);
            return array;
        }
        return null;
    }

    private static readonly string[] DunderNames = ["add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow", "rshift", "sub", "truediv", "xor"];

    private static PyObject? BinaryOrNull(BinaryOp op, PyObject a, PyObject b)
    {
        if ((a.Type.IsUserDefined || b.Type.IsUserDefined) && UserBinary(op, a, b) is { } user) return user;
        if (a is PyInt x && b is PyInt y) return IntBinary(op, x, y);
        if (a is PyFloat || b is PyFloat)
        {
            if (TryDouble(a, out var fa) && TryDouble(b, out var fb)) return FloatBinary(op, fa, fb);
        }
        if (a is PyComplex || b is PyComplex)
        {
            if (TryComplex(a, out var ca) && TryComplex(b, out var cb)) return ComplexBinary(op, ca, cb);
        }
        return op switch
        {
            Runtime.BinaryOp.Add => Concat(a, b),
            Runtime.BinaryOp.Multiply => b is PyInt n ? Repeat(a, n) : a is PyInt m ? Repeat(b, m) : null,
            Runtime.BinaryOp.Remainder when a is PyStr s => PyStr.From(PercentFormat.Format(s.Value, b)),
            Runtime.BinaryOp.Remainder when a is PyBytes bs => new PyBytes(PercentFormat.FormatBytes(bs.Value, b)),
            Runtime.BinaryOp.Remainder when a is PyByteArray bas => new PyByteArray(PercentFormat.FormatBytes(bas.ToArray(), b)),
            Runtime.BinaryOp.Or when a is PyDict d1 && b is PyDict d2 => MergeDicts(d1, d2),
            Runtime.BinaryOp.Or or Runtime.BinaryOp.And or Runtime.BinaryOp.Xor or Runtime.BinaryOp.Subtract
                when a is PySet s1 && b is PySet s2 => SetAlgebra.Binary(op, s1, s2),
            Runtime.BinaryOp.Or or Runtime.BinaryOp.And or Runtime.BinaryOp.Xor or Runtime.BinaryOp.Subtract
                when a is PyDictView { Kind: not DictIterator.Kind.Values } || b is PyDictView { Kind: not DictIterator.Kind.Values } => DictViewAlgebra(op, a, b),
            _ => null,
        };
    }

    /// <summary>dict_keys and dict_items combine with any iterable as sets do (dictviews_and, _or,
    /// _xor, _sub): the result is a set, filled as dictobject.c fills it, since that order is what
    /// prints: |, ^ and - copy the left operand (a view or the set before it) and update the copy
    /// with the right one; &amp; is _PyDictView_Intersect.</summary>
    private static PyObject? DictViewAlgebra(BinaryOp op, PyObject a, PyObject b)
    {
        if (IterOrNull(a) is null || IterOrNull(b) is null) return null;
        if (op == Runtime.BinaryOp.And) return DictViewIntersect(a, b);
        // dictviews_to_set: the keys of an exact dict are copied from the dict itself (set_update's
        // presized fast path), anything else by iteration.
        var result = PySet.From(a is PyDictView { Kind: DictIterator.Kind.Keys } keys && keys.Dict.Type == PyTypes.Dict ? keys.Dict : a);
        switch (op)
        {
            case Runtime.BinaryOp.Or: result.Update(b); break;
            case Runtime.BinaryOp.Subtract: SetAlgebra.DifferenceUpdate(result, b); break;
            default: SetAlgebra.SymmetricDifferenceUpdate(result, b); break;
        }
        return result;
    }

    /// <summary>_PyDictView_Intersect: with the view as self, a bigger exact set runs set.intersection;
    /// else the other operand (the smaller view of two) is iterated, keeping what self contains.</summary>
    private static PySet DictViewIntersect(PyObject a, PyObject b)
    {
        var (self, other) = a is PyDictView ? ((PyDictView)a, b) : ((PyDictView)b, a);
        var selfLength = self.Dict.Count;
        if (other is PySet { Frozen: false } set && set.Type == PyTypes.Set && selfLength <= set.Count)
            return SetAlgebra.Intersection(set, self);
        PyObject container = self;
        if (other is PyDictView { Kind: not DictIterator.Kind.Values } otherView && otherView.Dict.Count > selfLength)
            (container, other) = (otherView, self);
        var result = new PySet();
        var it = Iter(other);
        while (it.Next() is { } item)
            if (Contains(container, item)) result.Add(item);
        return result;
    }

    private static bool TryDouble(PyObject o, out double d)
    {
        switch (o)
        {
            case PyFloat f: d = f.Value; return true;
            case PyInt i: d = i.ToDouble(); return true;
            default: d = 0; return false;
        }
    }

    private static bool TryComplex(PyObject o, out Complex c)
    {
        switch (o)
        {
            case PyComplex z: c = new Complex(z.Real, z.Imag); return true;
            case PyFloat f: c = new Complex(f.Value, 0); return true;
            case PyInt i: c = new Complex(i.ToDouble(), 0); return true;
            default: c = default; return false;
        }
    }

    private static PyObject? IntBinary(BinaryOp op, PyInt x, PyInt y)
    {
        var small = !x.IsBig && !y.IsBig;
        switch (op)
        {
            case Runtime.BinaryOp.Add: return small ? IntMath.Add(x.Value, y.Value) : PyInt.From(x.AsBig + y.AsBig);
            case Runtime.BinaryOp.Subtract: return small ? IntMath.Subtract(x.Value, y.Value) : PyInt.From(x.AsBig - y.AsBig);
            case Runtime.BinaryOp.Multiply: return small ? IntMath.Multiply(x.Value, y.Value) : IntMath.Multiply(x.AsBig, y.AsBig);
            case Runtime.BinaryOp.FloorDivide: return IntMath.FloorDivide(x, y);
            case Runtime.BinaryOp.Remainder: return IntMath.Remainder(x, y);
            case Runtime.BinaryOp.TrueDivide: return new PyFloat(IntMath.TrueDivide(x, y));
            case Runtime.BinaryOp.Power: return IntMath.Power(x, y);
            case Runtime.BinaryOp.LShift: return IntMath.LeftShift(x, y);
            case Runtime.BinaryOp.RShift: return IntMath.RightShift(x, y);
            case Runtime.BinaryOp.And:
                if (x is PyBool && y is PyBool) return PyBool.From((x.Value & y.Value) != 0);
                return small ? PyInt.From(x.Value & y.Value) : PyInt.From(x.AsBig & y.AsBig);
            case Runtime.BinaryOp.Or:
                if (x is PyBool && y is PyBool) return PyBool.From((x.Value | y.Value) != 0);
                return small ? PyInt.From(x.Value | y.Value) : PyInt.From(x.AsBig | y.AsBig);
            case Runtime.BinaryOp.Xor:
                if (x is PyBool && y is PyBool) return PyBool.From((x.Value ^ y.Value) != 0);
                return small ? PyInt.From(x.Value ^ y.Value) : PyInt.From(x.AsBig ^ y.AsBig);
            default: return null;
        }
    }

    private static PyObject? FloatBinary(BinaryOp op, double a, double b)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add: return new PyFloat(a + b);
            case Runtime.BinaryOp.Subtract: return new PyFloat(a - b);
            case Runtime.BinaryOp.Multiply: return new PyFloat(a * b);
            case Runtime.BinaryOp.TrueDivide:
                if (b == 0) throw PyException.ZeroDivisionError("float division by zero");
                return new PyFloat(a / b);
            case Runtime.BinaryOp.FloorDivide:
                if (b == 0) throw PyException.ZeroDivisionError("float floor division by zero");
                return new PyFloat(IntMath.FloatDivMod(a, b).Div);
            case Runtime.BinaryOp.Remainder:
                if (b == 0) throw PyException.ZeroDivisionError("float modulo");
                return new PyFloat(IntMath.FloatDivMod(a, b).Mod);
            case Runtime.BinaryOp.Power:
                // float_pow: a NaN exponent gives NaN (1.0 for a base of 1.0), before the negative-base case.
                if (double.IsNaN(b)) return new PyFloat(a == 1.0 ? 1.0 : b);
                if (a < 0 && b != Math.Floor(b) && !double.IsInfinity(b))
                    return ComplexBinary(op, new Complex(a, 0), new Complex(b, 0));
                return new PyFloat(IntMath.FloatPower(a, b));
            default: return null;
        }
    }

    /// <summary>complex's +, -, *, / and ** (complexobject.c's formulas, see <see cref="ComplexArithmetic"/>).</summary>
    private static PyObject? ComplexBinary(BinaryOp op, Complex a, Complex b)
    {
        switch (op)
        {
            case Runtime.BinaryOp.Add: return ToPy(ComplexArithmetic.Sum(a, b));
            case Runtime.BinaryOp.Subtract: return ToPy(ComplexArithmetic.Diff(a, b));
            case Runtime.BinaryOp.Multiply: return ToPy(ComplexArithmetic.Prod(a, b));
            case Runtime.BinaryOp.TrueDivide:
                var q = ComplexArithmetic.Quot(a, b, out var zeroDivision);
                if (zeroDivision) throw PyException.ZeroDivisionError("complex division by zero");
                return ToPy(q);
            case Runtime.BinaryOp.Power: return ToPy(ComplexArithmetic.Pow(a, b));
            default: return null;
        }
    }

    private static PyComplex ToPy(Complex c) => new(c.Real, c.Imaginary);

    private static PyObject? Concat(PyObject a, PyObject b)
    {
        switch (a)
        {
            case PyStr s when b is PyStr t:
                MemoryBudget.CheckString((long)s.Value.Length + t.Value.Length);
                return PyStr.From(s.Value + t.Value);
            case PyList l when b is PyList m:
            {
                MemoryBudget.CheckContainer((long)l.Count + m.Count);
                var items = new List<PyObject>(l.Count + m.Count);
                items.AddRange(l.Items);
                items.AddRange(m.Items);
                return new PyList(items);
            }
            case PyTuple t when b is PyTuple u:
                MemoryBudget.CheckContainer((long)t.Count + u.Count);
                return PyTuple.Create([.. t.Items, .. u.Items]);
            case PyBytes x when b is PyBytes y:
                MemoryBudget.CheckString(((long)x.Value.Length + y.Value.Length) / 2);
                return new PyBytes([.. x.Value, .. y.Value]);
            case PyBytes or PyByteArray when ByteArrays.View(b) is { } right:
            {
                // bytes + bytearray is bytes, bytearray + bytes a bytearray: the left operand's type wins.
                var left = ByteArrays.View(a)!.Value;
                MemoryBudget.CheckString(((long)left.Length + right.Length) / 2);
                byte[] joined = [.. left.Span, .. right.Span];
                return a is PyBytes ? new PyBytes(joined) : new PyByteArray(joined);
            }
            case PyBytes or PyByteArray:
                throw PyException.TypeError($"can't concat {b.Type.Name} to {a.Type.Name}");
        }
        return null;
    }

    private static PyObject? Repeat(PyObject seq, PyInt count)
    {
        if (seq is PyByteArray array) return new PyByteArray(((PyBytes)Repeat(new PyBytes(array.ToArray()), count)!).Value);
        if (seq is not (PyStr or PyList or PyTuple or PyBytes)) return null;
        var n = count.Sign <= 0 ? 0 : count.IsBig ? long.MaxValue : count.Value;
        switch (seq)
        {
            case PyStr s:
            {
                if (n == 0 || s.Value.Length == 0) return PyStr.Empty;
                CheckRepeat(s.Value.Length, n, 2);
                var sb = new StringBuilder(s.Value.Length * (int)n);
                for (long i = 0; i < n; i++) sb.Append(s.Value);
                return PyStr.From(sb.ToString());
            }
            case PyList l:
            {
                if (n == 0 || l.Count == 0) return new PyList();
                CheckRepeat(l.Count, n, MemoryBudget.SlotBytes);
                var items = new List<PyObject>(l.Count * (int)n);
                for (long i = 0; i < n; i++) items.AddRange(l.Items);
                return new PyList(items);
            }
            case PyTuple t:
            {
                if (n == 0 || t.Count == 0) return PyTuple.Empty;
                CheckRepeat(t.Count, n, MemoryBudget.SlotBytes);
                var items = new PyObject[t.Count * n];
                for (long i = 0; i < n; i++) t.Items.CopyTo(items, i * t.Count);
                return PyTuple.Create(items);
            }
            case PyBytes b:
            {
                if (n == 0 || b.Value.Length == 0) return new PyBytes([]);
                CheckRepeat(b.Value.Length, n, 1);
                var items = new byte[b.Value.Length * n];
                for (long i = 0; i < n; i++) b.Value.CopyTo(items, i * b.Value.Length);
                return new PyBytes(items);
            }
        }
        return null;
    }

    /// <summary>Refuses a repetition whose result would not fit the memory budget (or a .NET array) before building it.</summary>
    private static void CheckRepeat(long length, long times, int bytesPerItem)
    {
        if (times > Array.MaxLength / length) throw new ResourceLimitException(ResourceLimit.Memory);
        RuntimeContext.Current.CheckAllocation(length * times * bytesPerItem);
    }

    private static PyDict MergeDicts(PyDict a, PyDict b)
    {
        var d = new PyDict();
        foreach (var (k, v) in a.Items) d.Set(k, v);
        foreach (var (k, v) in b.Items) d.Set(k, v);
        return d;
    }

    public static PyObject Negative(PyObject a) => a switch
    {
        _ when UserUnary(a, "__neg__") is { } r => r,
        PyInt i when !i.IsBig && i.Value != long.MinValue => PyInt.From(-i.Value),
        PyInt i => PyInt.From(-i.AsBig),
        PyFloat f => new PyFloat(-f.Value),
        PyComplex c => new PyComplex(-c.Real, -c.Imag),
        _ => throw PyException.TypeError($"bad operand type for unary -: '{a.Type.TpName}'"),
    };

    public static PyObject Positive(PyObject a) => a switch
    {
        _ when UserUnary(a, "__pos__") is { } r => r,
        PyBool b => PyInt.From(b.Value),
        PyInt or PyFloat or PyComplex => a,
        _ => throw PyException.TypeError($"bad operand type for unary +: '{a.Type.TpName}'"),
    };

    public static PyObject Invert(PyObject a) => a switch
    {
        _ when UserUnary(a, "__invert__") is { } r => r,
        PyInt i when !i.IsBig => PyInt.From(~i.Value),
        PyInt i => PyInt.From(-i.AsBig - 1),
        _ => throw PyException.TypeError($"bad operand type for unary ~: '{a.Type.TpName}'"),
    };
}
