using Engine.Bytecode;
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
        return left.GetType() == typeof(PyStr) ? StrBinary(arg, Unsafe.As<PyStr>(left), right) : Ops.BinaryOp(arg, left, right);
    }

    /// <summary>str + str and str % values without the generic operator's type tests. An exact str's
    /// % (its nb_remainder) answers before any other class's __rmod__ (binary_op1), unless that
    /// class is a subclass of str, whose reflected method goes first: that goes the long way. Its
    /// + is a concatenation, tried after the right operand's __radd__: only str + str is taken.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject StrBinary(int arg, PyStr left, PyObject right)
    {
        switch (arg % 13)
        {
            case 0 when right.GetType() == typeof(PyStr):
                var other = Unsafe.As<PyStr>(right).Value;
                MemoryBudget.CheckString((long)left.Value.Length + other.Length);
                return PyStr.From(string.Concat(left.Value, other));
            case 6 when right.GetType() == typeof(PyStr) || !right.Type.IsSubtypeOf(PyTypes.Str):
                return PyStr.From(PercentFormat.Format(left.Value, right));
        }
        return Ops.BinaryOp(arg, left, right);
    }

    // BINARY_OP +, - and * for compiled code, one helper per operator (the operator is known where
    // the code is compiled, so no switch on it): two exact floats inline (a float operation is
    // little more than its allocation), two machine ints in a small helper, anything else as the
    // loop does it. Only the float test is inlined: each helper is laid out at every operator of
    // a function, and a large compiled function exhausts the JIT's inlining budget.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject Tier2Add(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyFloat) && right.GetType() == typeof(PyFloat)
            ? new PyFloat(Unsafe.As<PyFloat>(left).Value + Unsafe.As<PyFloat>(right).Value)
            : AddOther(arg, left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject Tier2Subtract(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyFloat) && right.GetType() == typeof(PyFloat)
            ? new PyFloat(Unsafe.As<PyFloat>(left).Value - Unsafe.As<PyFloat>(right).Value)
            : SubtractOther(arg, left, right);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject Tier2Multiply(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyFloat) && right.GetType() == typeof(PyFloat)
            ? new PyFloat(Unsafe.As<PyFloat>(left).Value * Unsafe.As<PyFloat>(right).Value)
            : MultiplyOther(arg, left, right);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject AddOther(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri
            ? IntMath.Add(li.Value, ri.Value)
            : BinaryOpValue(arg, left, right);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject SubtractOther(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri
            ? IntMath.Subtract(li.Value, ri.Value)
            : BinaryOpValue(arg, left, right);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject MultiplyOther(int arg, PyObject left, PyObject right) =>
        left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri
            ? IntMath.Multiply(li.Value, ri.Value)
            : BinaryOpValue(arg, left, right);

    /// <summary>The helper compiled code calls for BINARY_OP <paramref name="arg"/>.</summary>
    internal static string Tier2BinaryHelper(int arg) => (arg % 13) switch
    {
        0 => nameof(Tier2Add),
        10 => nameof(Tier2Subtract),
        5 => nameof(Tier2Multiply),
        _ => nameof(BinaryOpValue),
    };

    /// <summary>COMPARE_OP: small ints and floats compared in place (IEEE comparisons are Python's:
    /// every one false with a NaN, but !=), anything else the long way, whose answer is pushed as
    /// it is (a class's __lt__ may return any object, as NumPy's and SQLAlchemy's do).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject CompareValue(int arg, PyObject left, PyObject right)
    {
        if (left.GetType() == typeof(PyInt) && right.GetType() == typeof(PyInt)
            && Unsafe.As<PyInt>(left) is { IsBig: false } li && Unsafe.As<PyInt>(right) is { IsBig: false } ri)
        {
            return PyBool.From(arg switch
            {
                0 => li.Value < ri.Value,
                1 => li.Value <= ri.Value,
                2 => li.Value == ri.Value,
                3 => li.Value != ri.Value,
                4 => li.Value > ri.Value,
                _ => li.Value >= ri.Value,
            });
        }
        if (left.GetType() == typeof(PyFloat) && right.GetType() == typeof(PyFloat))
        {
            double x = Unsafe.As<PyFloat>(left).Value, y = Unsafe.As<PyFloat>(right).Value;
            return PyBool.From(arg switch
            {
                0 => x < y,
                1 => x <= y,
                2 => x == y,
                3 => x != y,
                4 => x > y,
                _ => x >= y,
            });
        }
        return Ops.RichCompare(left, right, (CompareOp)arg);
    }

    /// <summary>BINARY_SUBSCR: container[key]; the fast path is for list itself (a subclass may override __getitem__).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject SubscrValue(PyObject container, PyObject key) =>
        // Exact types, compared as such (a type test of a class with subclasses is a helper call).
        container.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key) is { IsBig: false } index
            && (ulong)index.Value < (ulong)Unsafe.As<PyList>(container).Count
            ? Unsafe.As<PyList>(container).Items[(int)index.Value]
            : Ops.GetItem(container, key);

    /// <summary>STORE_SUBSCR: target[key] = value; the fast path is for list itself, an index in range.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void StoreSubscrValue(PyObject target, PyObject key, PyObject value)
    {
        if (target.GetType() == typeof(PyList) && key.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(key) is { IsBig: false } at
            && (ulong)at.Value < (ulong)Unsafe.As<PyList>(target).Count)
            // Through a span: a store into the list's PyObject[] would check the array's type.
            CollectionsMarshal.AsSpan(Unsafe.As<PyList>(target).Items)[(int)at.Value] = value;
        else Ops.SetItem(target, key, value);
    }

    /// <summary>LOAD_NAME: the frame's namespace, then the globals, then the builtins. At module
    /// level the namespace is the globals: LOAD_GLOBAL's lookup, with its cache.</summary>
    internal static PyObject LoadName(Frame f, int lasti, PyStr key) =>
        ReferenceEquals(f.Locals, f.Globals)
            ? LoadGlobal(f, lasti, key) ?? throw NameNotDefined(key.Value)
            : (f.Locals ?? f.Globals).Get(key) ?? f.Globals.Get(key) ?? f.Builtins.Get(key) ?? throw NameNotDefined(key.Value);

    /// <summary>STORE_NAME. A class body's namespace from a metaclass's __prepare__ may be a dict
    /// subclass (enum's _EnumDict): then its __setitem__ runs, as PyObject_SetItem. At module
    /// level the instruction keeps the slot of its name's entry, as LOAD_GLOBAL does, and
    /// replaces the value there while the globals' keys are unchanged.</summary>
    internal static void StoreName(Frame f, int lasti, PyStr key, PyObject value)
    {
        if (f.Locals is PyDictInstance custom)
        {
            Ops.SetItem(custom, key, value);
            return;
        }
        var globals = f.Globals;
        if (!ReferenceEquals(f.Locals, globals))
        {
            (f.Locals ?? globals).Set(key, value);
            return;
        }
        var caches = f.Code.InlineCaches;
        if (caches[lasti >> 1] is GlobalSite site && ReferenceEquals(site.Globals, globals) && site.GlobalsKeys == globals.KeysVersion)
        {
            globals.SetValueAt(site.Slot, value);
            return;
        }
        globals.Set(key, value);
        caches[lasti >> 1] = new GlobalSite(globals, globals.KeysVersion, f.Builtins, f.Builtins.KeysVersion, true, globals.SlotOf(key));
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
            : LoadBuiltinMethod(owner, code, lasti, arg);
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

    /// <summary>BUILD_SLICE: slice(start, stop[, step]) of the 2 or 3 items.</summary>
    internal static PyObject BuildSlice(ReadOnlySpan<PyObject?> items) =>
        new PySlice(items[0]!, items[1]!, items.Length == 3 ? items[2]! : PyNone.Instance);

    /// <summary>BUILD_TUPLE.</summary>
    internal static PyObject BuildTuple(ReadOnlySpan<PyObject?> items)
    {
        var tuple = new PyObject[items.Length];
        for (var i = 0; i < tuple.Length; i++) tuple[i] = items[i]!;
        return PyTuple.Create(tuple);
    }

    /// <summary>BUILD_LIST.</summary>
    internal static PyObject BuildList(ReadOnlySpan<PyObject?> items)
    {
        var list = new List<PyObject>(items.Length);
        foreach (var item in items) list.Add(item!);
        return new PyList(list);
    }

    /// <summary>BUILD_SET.</summary>
    internal static PyObject BuildSet(ReadOnlySpan<PyObject?> items)
    {
        var set = new PySet();
        foreach (var item in items) set.Add(item!);
        return set;
    }

    /// <summary>BUILD_MAP: key, value, key, value...</summary>
    internal static PyObject BuildMap(ReadOnlySpan<PyObject?> items)
    {
        var dict = new PyDict();
        for (var i = 0; i < items.Length; i += 2) dict.Set(items[i]!, items[i + 1]!);
        return dict;
    }

    /// <summary>BUILD_CONST_KEY_MAP: the values, then the tuple of their keys.</summary>
    internal static PyObject BuildConstKeyMap(ReadOnlySpan<PyObject?> items)
    {
        var keys = (PyTuple)items[^1]!;
        var dict = new PyDict();
        for (var i = 0; i < items.Length - 1; i++) dict.Set(keys.Items[i], items[i]!);
        return dict;
    }

    /// <summary>BUILD_STRING: the str pieces of an f-string joined.</summary>
    internal static PyObject BuildString(ReadOnlySpan<PyObject?> items)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var item in items) sb.Append(((PyStr)item!).Value);
        MemoryBudget.CheckString(sb.Length);
        return PyStr.From(sb.ToString());
    }

    /// <summary>FORMAT_VALUE: the value (and the format spec above it when arg has 4), converted
    /// (arg 1 str, 2 repr, 3 ascii) and formatted.</summary>
    internal PyObject FormatValue(int arg, ReadOnlySpan<PyObject?> items)
    {
        var value = items[0]!;
        var spec = (arg & 4) != 0 ? ((PyStr)items[1]!).Value : "";
        value = (arg & 3) switch
        {
            1 => PyStr.From(value.Str()),
            2 => PyStr.From(value.Repr()),
            3 => PyStr.From(Builtins.Call(_builtins.Get("ascii")!, value).Str()),
            _ => value,
        };
        return value is PyStr s && spec.Length == 0 ? s : PyStr.From(FormatSpec.Format(value, spec));
    }

    /// <summary>MAKE_FUNCTION: the code object on top, under it (as arg says) the closure,
    /// annotations, keyword defaults and defaults.</summary>
    internal static PyObject MakeFunction(Frame f, int arg, ReadOnlySpan<PyObject?> items)
    {
        var at = items.Length - 1;
        var function = new PyFunction((PyCode)items[at--]!, f.Globals);
        if ((arg & 8) != 0) function.Closure = [.. ((PyTuple)items[at--]!).Items.Cast<PyCell>()];
        if ((arg & 4) != 0) function.Annotations = items[at--];
        if ((arg & 2) != 0) function.KwDefaults = (PyDict)items[at--]!;
        if ((arg & 1) != 0) function.Defaults = ((PyTuple)items[at]!).Items;
        return function;
    }

    /// <summary>How many stack items an instruction that makes one value of several takes (MAKE_FUNCTION:
    /// the code object and one for each flag): the one count the loop, the compiled code and its
    /// stack check all read.</summary>
    internal static int ItemsBuiltFrom(Opcode op, int arg) => op switch
    {
        Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.BUILD_SET or Opcode.BUILD_STRING => arg,
        Opcode.BUILD_MAP => 2 * arg,
        Opcode.BUILD_CONST_KEY_MAP => arg + 1,
        Opcode.BUILD_SLICE => arg == 3 ? 3 : 2,
        Opcode.FORMAT_VALUE => (arg & 4) != 0 ? 2 : 1,
        Opcode.MAKE_FUNCTION => 1 + System.Numerics.BitOperations.PopCount((uint)arg & 0xF),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "not an instruction that builds a value"),
    };

    /// <summary>The value such an instruction makes of its <paramref name="items"/>.</summary>
    private PyObject Build(Opcode op, int arg, Frame f, ReadOnlySpan<PyObject?> items) => op switch
    {
        Opcode.BUILD_TUPLE => BuildTuple(items),
        Opcode.BUILD_LIST => BuildList(items),
        Opcode.BUILD_SET => BuildSet(items),
        Opcode.BUILD_STRING => BuildString(items),
        Opcode.BUILD_MAP => BuildMap(items),
        Opcode.BUILD_CONST_KEY_MAP => BuildConstKeyMap(items),
        Opcode.BUILD_SLICE => BuildSlice(items),
        Opcode.FORMAT_VALUE => FormatValue(arg, items),
        _ => MakeFunction(f, arg, items),
    };

    /// <summary>COPY_FREE_VARS: the function's closure cells into the last <paramref name="count"/> fast slots.</summary>
    internal static void CopyFreeVars(Frame f, int count)
    {
        var closure = f.Function?.Closure ?? [];
        var fast = f.Fast;
        var first = fast.Length - count;
        for (var i = 0; i < count && i < closure.Length; i++) fast[first + i] = closure[i];
    }

    /// <summary>LIST_EXTEND: list.extend(iterable) as the unpacking in a display does it.</summary>
    internal static void ListExtend(PyObject? target, PyObject iterable)
    {
        var list = (PyList)target!;
        if (iterable is PyTuple t) list.Extend(t.Items);
        else
        {
            // _PyList_Extend: one __iter__ call, then the length hint.
            var it = Ops.IterOrNull(iterable)
                ?? throw PyException.TypeError($"Value after * must be an iterable, not {iterable.Type.Name}");
            Ops.LengthHint(iterable);
            list.Extend(Ops.Collect(it));
        }
    }

    /// <summary>DICT_UPDATE, DICT_MERGE: the mapping's items into the dict.</summary>
    internal static void DictUpdate(PyObject? target, PyObject other)
    {
        if (other is not PyDict od) throw PyException.TypeError($"'{other.Type.Name}' object is not a mapping");
        DictMethods.Update((PyDict)target!, od);
    }

    /// <summary>The slots from <paramref name="first"/> on, as the span the loop's stack slices are.</summary>
    internal static Span<PyObject?> SlotSpan(ref PyObject? first, int count) => MemoryMarshal.CreateSpan(ref first, count);
}
