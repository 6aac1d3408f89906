using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// What an instruction does to its operands, apart from where they sit: the evaluation loop calls
/// these with values from its stack, and the second tier's compiled code with values from the
/// frame's slots, so that both tiers give the same answers by running the same code.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>BINARY_OP: the int fast path (no allocation for results in the small-int cache; exact
    /// types only, as bool and subclasses may define the operator), the float fast path (+ - * and /
    /// by a nonzero float are IEEE operations, as in CPython's float_add and kin), else the long way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject BinaryOpValue(int arg, PyObject left, PyObject right)
    {
        if (left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt)
            && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri)
        {
            return (arg % 13) switch
            {
                0 => IntMath.Add(li.Value, ri.Value),
                10 => IntMath.Subtract(li.Value, ri.Value),
                5 => IntMath.Multiply(li.Value, ri.Value),
                2 => IntMath.FloorDivide(li, ri),
                6 => IntMath.Remainder(li, ri),
                1 => PyInt.From(li.Value & ri.Value),
                7 => PyInt.From(li.Value | ri.Value),
                12 => PyInt.From(li.Value ^ ri.Value),
                11 => new PyFloat(IntMath.TrueDivide(li, ri)),
                _ => Ops.BinaryOp(arg, left, right),
            };
        }
        if (FloatOperands(left, right, out var x, out var y))
        {
            return (arg % 13) switch
            {
                0 => new PyFloat(x + y),
                10 => new PyFloat(x - y),
                5 => new PyFloat(x * y),
                11 when y != 0 => new PyFloat(x / y),
                // A positive base: no complex result, no zero division; an overflow goes the long way.
                8 when x > 0 && IntMath.FloatPower(x, y) is var p && !double.IsInfinity(p) => new PyFloat(p),
                _ => Ops.BinaryOp(arg, left, right),
            };
        }
        return Ops.BinaryOp(arg, left, right);
    }

    /// <summary>COMPARE_OP: small ints and floats compared in place (IEEE comparisons are Python's:
    /// every one false with a NaN, but !=), anything else the long way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CompareValue(int arg, PyObject left, PyObject right)
    {
        if (left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt)
            && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri)
        {
            return arg switch
            {
                0 => li.Value < ri.Value,
                1 => li.Value <= ri.Value,
                2 => li.Value == ri.Value,
                3 => li.Value != ri.Value,
                4 => li.Value > ri.Value,
                _ => li.Value >= ri.Value,
            };
        }
        if (left.GetType() == typeof(PyFloat) && right.GetType() == typeof(PyFloat))
        {
            double x = Unsafe.As<PyFloat>(left).Value, y = Unsafe.As<PyFloat>(right).Value;
            return arg switch
            {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            };
        }
        return Ops.Compare(left, right, (CompareOp)arg);
    }

    /// <summary>BINARY_SUBSCR: container[key]; the fast path is for list itself (a subclass may override __getitem__).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject SubscrValue(PyObject container, PyObject key) =>
        container is PyList list && !list.Type.IsUserDefined && key is PyInt { IsBig: false } index && (ulong)index.Value < (ulong)list.Count
            ? list.Items[(int)index.Value]
            : Ops.GetItem(container, key);

    /// <summary>STORE_SUBSCR: target[key] = value; the fast path is for list itself, an index in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreSubscrValue(PyObject target, PyObject key, PyObject value)
    {
        if (target.GetType() == typeof(PyList) && key is PyInt { IsBig: false } at && (ulong)at.Value < (ulong)Unsafe.As<PyList>(target).Count)
            Unsafe.As<PyList>(target).Items[(int)at.Value] = value;
        else Ops.SetItem(target, key, value);
    }

    /// <summary>LOAD_NAME: the frame's namespace, then the globals, then the builtins.</summary>
    internal static PyObject LoadName(Frame f, PyStr key) =>
        (f.Locals ?? f.Globals).Get(key) ?? f.Globals.Get(key) ?? f.Builtins.Get(key) ?? throw NameNotDefined(key.Value);

    /// <summary>STORE_NAME. A class body's namespace from a metaclass's __prepare__ may be a dict
    /// subclass (enum's _EnumDict): then its __setitem__ runs, as PyObject_SetItem.</summary>
    internal static void StoreName(Frame f, PyStr key, PyObject value)
    {
        if (f.Locals is PyDictInstance custom) Ops.SetItem(custom, key, value);
        else (f.Locals ?? f.Globals).Set(key, value);
    }

    /// <summary>UNPACK_SEQUENCE: the <paramref name="count"/> items of <paramref name="seq"/>, last
    /// first, into <paramref name="dest"/> (where the sequence itself was); the list's items
    /// straight from the list itself (UNPACK_SEQUENCE_LIST).</summary>
    internal static void UnpackInto(Span<PyObject?> dest, PyObject seq, int count)
    {
        if (seq.GetType() == typeof(PyList) && Unsafe.As<PyList>(seq).Count == count)
        {
            var listItems = Unsafe.As<PyList>(seq).Items;
            for (var i = 0; i < count; i++) dest[i] = listItems[count - 1 - i];
            return;
        }
        var items = seq is PyTuple t && t.Count == count ? t.Items : Ops.Unpack(seq, count);
        for (var i = 0; i < count; i++) dest[i] = items[count - 1 - i];
    }

    /// <summary>LOAD_METHOD at <paramref name="top"/>: [owner] becomes [method, owner], or [NULL, attribute]
    /// when no unbound method applies (the slot after <paramref name="top"/> is the one pushed).</summary>
    internal static void LoadMethodAt(ref PyObject? top, PyCode code, int lasti, int arg)
    {
        var owner = top!;
        var method = owner.GetType() == typeof(PyInstance)
            ? LoadInstanceMethod(Unsafe.As<PyInstance>(owner), code, lasti, arg)
            : Ops.LookupMethod(owner, code.Names[arg]);
        if (method is not null)
        {
            top = method;
            Unsafe.Add(ref top, 1) = owner;
        }
        else
        {
            Unsafe.Add(ref top, 1) = Ops.GetAttr(owner, code.Names[arg]);
            top = null;
        }
    }

    /// <summary>The slots from <paramref name="first"/> on, as the span the loop's stack slices are.</summary>
    internal static Span<PyObject?> SlotSpan(ref PyObject? first, int count) => MemoryMarshal.CreateSpan(ref first, count);
}
