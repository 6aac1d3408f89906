using System.Numerics;

namespace Engine.Runtime;

/// <summary>Fills the builtin types' constructors and method tables, once per process.</summary>
public static class TypeSetup
{
    private static readonly Lazy<bool> Done = new(Initialize);

    public static void EnsureInitialized() => _ = Done.Value;

    private static bool Initialize()
    {
        PyTypes.Int.Constructor = IntNew;
        PyTypes.Bool.Constructor = (a, k) => { ArgCheck.Range("bool", a, k, 0, 1); return PyBool.From(a.Length == 1 && a[0].IsTrue()); };
        PyTypes.Float.Constructor = FloatNew;
        PyTypes.Complex.Constructor = (a, k) =>
        {
            ArgCheck.Range("complex", a, k, 0, 2);
            double re = a.Length > 0 ? ToDouble(a[0], "complex") : 0, im = a.Length > 1 ? ToDouble(a[1], "complex") : 0;
            return new PyComplex(re, im);
        };
        PyTypes.Str.Constructor = (a, k) => { ArgCheck.Range("str", a, k, 0, 1); return a.Length == 0 ? PyStr.Empty : a[0] as PyStr ?? PyStr.From(a[0].Str()); };
        PyTypes.List.Constructor = (a, k) => { ArgCheck.Range("list", a, k, 0, 1); return a.Length == 0 ? new PyList() : new PyList(Ops.ToList(a[0])); };
        PyTypes.Tuple.Constructor = (a, k) => { ArgCheck.Range("tuple", a, k, 0, 1); return a.Length == 0 ? PyTuple.Empty : a[0] as PyTuple ?? PyTuple.Create([.. Ops.ToList(a[0])]); };
        PyTypes.Set.Constructor = (a, k) => { ArgCheck.Range("set", a, k, 0, 1); return PySet.From(a.Length == 0 ? null : a[0]); };
        PyTypes.FrozenSet.Constructor = (a, k) =>
        {
            ArgCheck.Range("frozenset", a, k, 0, 1);
            return a.Length == 1 && a[0] is PySet { Frozen: true } f ? f : PySet.From(a.Length == 0 ? null : a[0], frozen: true);
        };
        PyTypes.Dict.Constructor = DictNew;
        PyTypes.Range.Constructor = RangeNew;
        PyTypes.Slice.Constructor = (a, k) =>
        {
            ArgCheck.Range("slice", a, k, 1, 3);
            return a.Length == 1 ? new PySlice(PyNone.Instance, a[0], PyNone.Instance) : new PySlice(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance);
        };
        PyTypes.Bytes.Constructor = BytesNew;
        PyTypes.Enumerate.Constructor = Enumerate;
        PyTypes.Zip.Constructor = Zip;
        PyTypes.Map.Constructor = Map;
        PyTypes.Filter.Constructor = Filter;
        foreach (var e in PyTypes.Exceptions)
        {
            var type = e;
            type.Constructor = (a, k) =>
            {
                ArgCheck.NoKeywords(type.Name, k);
                return new PyBaseException(type, a.ToArray());
            };
        }
        ExceptionTypes.Register();
        FunctionAttributes.Register();
        // object's and type's methods, BaseException.__init__, for super().__init__(...) in the program's classes.
        TypeCall.Register();
        foreach (var immutable in new[] { PyTypes.Str, PyTypes.Int, PyTypes.Float, PyTypes.Tuple }) Subclassing.RegisterNew(immutable);
        DescriptorTypes.Register();
        PyTypes.BaseException.AddMethod("__init__", (a, k) =>
        {
            ArgCheck.NoKeywords("BaseException.__init__", k);
            ((PyBaseException)a[0]).Args = a[1..].ToArray();
            return PyNone.Instance;
        });
        PyTypes.BaseException.AddMethod("add_note", (a, k) =>
        {
            ArgCheck.Exactly("add_note", a, k, 2);
            if (a[1] is not PyStr) throw PyException.TypeError($"note must be a str, not '{a[1].Type.Name}'");
            // BaseException.add_note keeps the notes in the instance's __notes__ list, creating it on first use.
            var exception = (PyBaseException)a[0];
            var notes = exception.HasDict ? exception.Dict.Get("__notes__") : null;
            if (notes is null) exception.Dict.Set("__notes__", notes = new PyList());
            if (notes is not PyList list) throw PyException.TypeError("Cannot add note: __notes__ is not a list");
            list.Append(a[1]);
            return PyNone.Instance;
        });
        PyTypes.List.AddMethod("__init__", (a, k) =>
        {
            ArgCheck.Range("list", a[1..], k, 0, 1);
            var self = (PyList)a[0];
            self.Items.Clear();
            if (a.Length > 1) self.Extend(Ops.ToList(a[1]));
            return PyNone.Instance;
        });
        PyTypes.Dict.AddMethod("__init__", (a, k) =>
        {
            var (positional, kw) = ArgCheck.Split(a[1..], k);
            if (positional.Length > 1) throw PyException.TypeError($"dict expected at most 1 argument, got {positional.Length}");
            var self = (PyDict)a[0];
            if (positional.Length == 1) DictMethods.Update(self, positional[0]);
            foreach (var (key, v) in kw) self.Set(key, v);
            return PyNone.Instance;
        });
        ListMethods.Register(PyTypes.List);
        StrMethods.Register(PyTypes.Str);
        FormatSpec.Register();
        DictMethods.Register(PyTypes.Dict);
        PyTypes.Tuple.AddMethod("count", (a, k) =>
        {
            ArgCheck.Exactly("count", a, k, 2);
            var item = a[1];
            return PyInt.From(((PyTuple)a[0]).Items.Count(x => ReferenceEquals(x, item) || Ops.Equal(x, item)));
        });
        PyTypes.Tuple.AddMethod("index", (a, k) =>
        {
            ArgCheck.Exactly("index", a, k, 2);
            var items = ((PyTuple)a[0]).Items;
            for (var i = 0; i < items.Length; i++)
                if (ReferenceEquals(items[i], a[1]) || Ops.Equal(items[i], a[1])) return PyInt.From(i);
            throw PyException.ValueError("tuple.index(x): x not in tuple");
        });
        SetMethods.Register(PyTypes.Set);
        SetMethods.Register(PyTypes.FrozenSet);
        NumberMethods.Register();
        StrMoreMethods.Register(PyTypes.Str);
        BytesMethods.Register(PyTypes.Bytes);
        PyTypes.ByteArray.Constructor = ByteArrays.New;
        BytesMethods.Register(PyTypes.ByteArray);
        ByteArrayMethods.Register(PyTypes.ByteArray);
        PyMemoryView.Register(PyTypes.MemoryView);
        // Last: the slot wrappers fill only the dunders no declaration above has given.
        SlotWrappers.Register();
        return true;
    }

    private static double ToDouble(PyObject o, string name) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.ToDouble(),
        PyStr s => NumberParsing.ParseFloat(s.Value),
        _ => throw PyException.TypeError($"{name}() argument must be a string or a real number, not '{o.Type.Name}'"),
    };

    private static PyObject IntNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        // int(text) and int(number), the commonest calls, without splitting the arguments.
        if (kwnames is null && args.Length == 1 && args[0].GetType() is var only && (only == typeof(PyStr) || only == typeof(PyInt)))
            return only == typeof(PyInt) ? args[0] : NumberParsing.ParseInt(((PyStr)args[0]).Value, 10);
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("int", kw, "base");
        if (positional.Length > 2) throw PyException.TypeError($"int() takes at most 2 arguments ({positional.Length} given)");
        var baseArg = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("base");
        if (positional.Length == 0)
        {
            if (baseArg is not null) throw PyException.TypeError("int() missing string argument");
            return PyInt.From(0);
        }
        var x = positional[0];
        if (baseArg is not null)
        {
            if (x is not PyStr bs) throw PyException.TypeError("int() can't convert non-string with explicit base");
            return NumberParsing.ParseInt(bs.Value, (int)ArgCheck.Index(baseArg));
        }
        return x switch
        {
            PyBool b => PyInt.From(b.Value),
            PyInt i when i.Type == PyTypes.Int => i,
            PyInt i when !(i.Type.IsUserDefined && i.Type.Lookup("__int__") is PyFunction) => PyInt.From(i.AsBig),
            PyFloat f => NumberParsing.FromDouble(f.Value),
            PyStr s => NumberParsing.ParseInt(s.Value, 10),
            PyBytes b => NumberParsing.ParseInt(System.Text.Encoding.Latin1.GetString(b.Value), 10),
            _ => IntFromProtocols(x),
        };
    }

    /// <summary>int(x) of any other object: its __int__, else __index__, else __trunc__ (PyNumber_Long).</summary>
    private static PyObject IntFromProtocols(PyObject x)
    {
        foreach (var method in new[] { "__int__", "__index__" })
            if (UserMethods.TryCall(x, method, [], out var r))
                return r is PyInt i ? (i.Type == PyTypes.Int ? i : PyInt.From(i.AsBig))
                    : throw PyException.TypeError($"{method} returned non-int (type {r.Type.Name})");
        if (UserMethods.TryCall(x, "__trunc__", [], out var t))
            return t is PyInt ti ? (ti.Type == PyTypes.Int ? ti : PyInt.From(ti.AsBig))
                : UserMethods.TryCall(t, "__index__", [], out var ix) && ix is PyInt ii ? ii
                : throw PyException.TypeError($"__trunc__ returned non-Integral (type {t.Type.Name})");
        throw PyException.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{x.Type.Name}'");
    }

    private static PyObject FloatNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Range("float", args, kwnames, 0, 1);
        if (args.Length == 0) return new PyFloat(0);
        return args[0] switch
        {
            PyFloat f => f,
            PyInt i => new PyFloat(i.ToDouble()),
            PyStr s => new PyFloat(NumberParsing.ParseFloat(s.Value)),
            var o when UserMethods.TryCall(o, "__float__", [], out var r) => r as PyFloat
                ?? throw PyException.TypeError($"{o.Type.Name}.__float__ returned non-float (type {r.Type.Name})"),
            var o when UserMethods.TryCall(o, "__index__", [], out var r) => r is PyInt i ? new PyFloat(i.ToDouble())
                : throw PyException.TypeError($"__index__ returned non-int (type {r.Type.Name})"),
            var o => throw PyException.TypeError($"float() argument must be a string or a real number, not '{o.Type.Name}'"),
        };
    }

    private static PyObject DictNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        if (positional.Length > 1) throw PyException.TypeError($"dict expected at most 1 argument, got {positional.Length}");
        var d = new PyDict();
        if (positional.Length == 1) DictMethods.Update(d, positional[0]);
        foreach (var (k, v) in kw) d.Set(k, v);
        return d;
    }

    private static PyObject RangeNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.NoKeywords("range", kwnames);
        if (args.Length is < 1 or > 3)
            throw PyException.TypeError(args.Length == 0 ? "range expected at least 1 argument, got 0" : $"range expected at most 3 arguments, got {args.Length}");
        long start = 0, stop, step = 1;
        if (args.Length == 1) stop = ArgCheck.Index(args[0]);
        else
        {
            start = ArgCheck.Index(args[0]);
            stop = ArgCheck.Index(args[1]);
            if (args.Length == 3) step = ArgCheck.Index(args[2]);
        }
        if (step == 0) throw PyException.ValueError("range() arg 3 must not be zero");
        return new PyRange(start, stop, step);
    }

    private static PyObject BytesNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length > 1 || kwnames is { Length: > 0 })
        {
            // bytes(str, encoding[, errors]) is str.encode; bytearray's constructor checks the same forms.
            var made = (PyByteArray)ByteArrays.New(args, kwnames);
            return new PyBytes(made.ToArray());
        }
        if (args.Length == 0) return new PyBytes([]);
        if (args[0] is PyByteArray or PyMemoryView) return new PyBytes(BytesMethods.AsBytes(args[0])!);
        if (args[0] is PyInt n)
        {
            var size = ArgCheck.Index(n);
            if (size < 0) throw PyException.ValueError("negative count");
            RuntimeContext.Current.CheckAllocation(size);
            return new PyBytes(new byte[size]);
        }
        if (args[0] is PyStr) throw PyException.TypeError("string argument without an encoding");
        var items = Ops.ToList(args[0]);
        var bytes = new byte[items.Count];
        for (var i = 0; i < bytes.Length; i++)
        {
            var v = ArgCheck.Index(items[i]);
            if (v is < 0 or > 255) throw PyException.ValueError("bytes must be in range(0, 256)");
            bytes[i] = (byte)v;
        }
        return new PyBytes(bytes);
    }

    private static PyObject Enumerate(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("enumerate", kw, "start", "iterable");
        var iterable = positional.Length > 0 ? positional[0] : kw.GetValueOrDefault("iterable") ?? throw PyException.TypeError("enumerate() missing required argument 'iterable' (pos 1)");
        var start = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("start") ?? PyInt.From(0);
        var it = Ops.Iter(iterable);
        var count = start as PyInt ?? throw PyException.TypeError($"'{start.Type.Name}' object cannot be interpreted as an integer");
        return new NativeIterator(PyTypes.Enumerate, () =>
        {
            var item = it.Next();
            if (item is null) return null;
            var pair = new PyTuple([count, item]);
            count = (PyInt)Ops.Binary(BinaryOp.Add, count, PyInt.From(1));
            return pair;
        });
    }

    private static PyObject Zip(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("zip", kw, "strict");
        var iterators = positional.Select(Ops.Iter).ToArray();
        return new NativeIterator(PyTypes.Zip, () =>
        {
            if (iterators.Length == 0) return null;
            var items = new PyObject[iterators.Length];
            for (var i = 0; i < iterators.Length; i++)
            {
                var item = iterators[i].Next();
                if (item is null) return null;
                items[i] = item;
            }
            return new PyTuple(items);
        });
    }

    private static PyObject Map(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.NoKeywords("map", kwnames);
        if (args.Length < 2) throw PyException.TypeError("map() must have at least two arguments.");
        var function = args[0];
        var iterators = args[1..].ToArray().Select(Ops.Iter).ToArray();
        return new NativeIterator(PyTypes.Map, () =>
        {
            var items = new PyObject[iterators.Length];
            for (var i = 0; i < iterators.Length; i++)
            {
                var item = iterators[i].Next();
                if (item is null) return null;
                items[i] = item;
            }
            return Builtins.Call(function, items);
        });
    }

    private static PyObject Filter(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Exactly("filter", args, kwnames, 2);
        var function = args[0];
        var it = Ops.Iter(args[1]);
        return new NativeIterator(PyTypes.Filter, () =>
        {
            for (var item = it.Next(); item is not null; item = it.Next())
                if ((function is PyNone ? item : Builtins.Call(function, item)).IsTrue()) return item;
            return null;
        });
    }
}
