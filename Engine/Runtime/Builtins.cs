using System.Globalization;
using System.Numerics;
using System.Text;

namespace Engine.Runtime;

/// <summary>
/// The builtins namespace of the sandbox. What would touch the outside world keeps to the
/// sandbox: open raises, __import__ reaches only the sandbox's modules, exec/eval/compile run on
/// this compiler inside the run's limits (<see cref="MoreBuiltins"/>, Interpreter.Eval).
/// </summary>
public static class Builtins
{
    /// <summary>A fresh builtins dict for one run (fresh so one program cannot alter another's).</summary>
    public static PyDict Create()
    {
        TypeSetup.EnsureInitialized();
        var d = new PyDict();
        void Add(string name, BuiltinImpl impl) => d.Set(name, new PyBuiltinFunction(name, impl));
        foreach (var t in new[] { PyTypes.Int, PyTypes.Float, PyTypes.Complex, PyTypes.Str, PyTypes.Bool, PyTypes.List, PyTypes.Tuple,
                     PyTypes.Dict, PyTypes.Set, PyTypes.FrozenSet, PyTypes.Range, PyTypes.Type, PyTypes.Object, PyTypes.Bytes,
                     PyTypes.ByteArray, PyTypes.MemoryView,
                     PyTypes.Slice, PyTypes.Enumerate, PyTypes.Zip, PyTypes.Map, PyTypes.Filter,
                     PyTypes.Property, PyTypes.ClassMethod, PyTypes.StaticMethod })
            d.Set(t.Name, t);
        foreach (var e in PyTypes.Exceptions) d.Set(e.Name, e);
        foreach (var (name, type) in ExceptionTypes.BuiltinNames()) d.Set(name, type);
        d.Set("None", PyNone.Instance);
        d.Set("Ellipsis", PySingleton.Ellipsis);
        d.Set("NotImplemented", PySingleton.NotImplemented);
        d.Set("reversed", new PyBuiltinFunction("reversed", Reversed));
        Add("print", Print);
        Add("len", (a, k) => { ArgCheck.Exactly("len", a, k, 1); return PyInt.From(Ops.Length(a[0])); });
        Add("repr", (a, k) => { ArgCheck.Exactly("repr", a, k, 1); return PyStr.From(a[0].Repr()); });
        Add("abs", Abs);
        Add("min", (a, k) => MinMax("min", a, k, CompareOp.Lt));
        Add("max", (a, k) => MinMax("max", a, k, CompareOp.Gt));
        Add("input", Input);
        Add("sum", Sum);
        Add("sorted", Sorted);
        Add("isinstance", IsInstance);
        Add("getattr", (a, k) =>
        {
            ArgCheck.Range("getattr", a, k, 2, 3);
            var name = a[1] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            if (a.Length == 2) return Ops.GetAttr(a[0], name.Value);
            return Ops.GetAttrOrNull(a[0], name.Value) ?? a[2];
        });
        Add("hasattr", (a, k) =>
        {
            ArgCheck.Exactly("hasattr", a, k, 2);
            var name = a[1] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            return PyBool.From(Ops.GetAttrOrNull(a[0], name.Value) is not null);
        });
        Add("setattr", (a, k) =>
        {
            ArgCheck.Exactly("setattr", a, k, 3);
            var name = a[1] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops.SetAttr(a[0], name.Value, a[2]);
            return PyNone.Instance;
        });
        Add("delattr", (a, k) =>
        {
            ArgCheck.Exactly("delattr", a, k, 2);
            var name = a[1] as PyStr ?? throw PyException.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
            Ops.SetAttr(a[0], name.Value, null);
            return PyNone.Instance;
        });
        Add("vars", (a, k) =>
        {
            ArgCheck.Exactly("vars", a, k, 1);
            return Ops.GetAttrOrNull(a[0], "__dict__") ?? throw PyException.TypeError("vars() argument must have __dict__ attribute");
        });
        Add("issubclass", (a, k) =>
        {
            ArgCheck.Exactly("issubclass", a, k, 2);
            if (a[0] is not PyType t) throw PyException.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(MatchesClassInfo(t, a[1], "issubclass"));
        });
        Add("callable", (a, k) => { ArgCheck.Exactly("callable", a, k, 1); return PyBool.From(Ops.IsCallable(a[0])); });
        Add("hash", (a, k) => { ArgCheck.Exactly("hash", a, k, 1); return PyInt.From(a[0].Hash()); });
        Add("id", (a, k) => { ArgCheck.Exactly("id", a, k, 1); return PyInt.From(PyObject.Id(a[0])); });
        Add("iter", (a, k) => { ArgCheck.Exactly("iter", a, k, 1); return Ops.Iter(a[0]); });
        Add("next", Next);
        Add("round", Round);
        Add("divmod", (a, k) =>
        {
            ArgCheck.Exactly("divmod", a, k, 2);
            // Floats divided by zero name divmod itself (ints give floor division's message below).
            var floats = a[0] is PyFloat || a[1] is PyFloat;
            if (floats && a[0] is PyFloat or PyInt && a[1] is PyFloat { Value: 0 } or PyInt { IsBig: false, Value: 0 })
                throw PyException.ZeroDivisionError("float divmod()");
            return new PyTuple([Ops.Binary(BinaryOp.FloorDivide, a[0], a[1]), Ops.Binary(BinaryOp.Remainder, a[0], a[1])]);
        });
        Add("pow", (a, k) =>
        {
            ArgCheck.Range("pow", a, k, 2, 3);
            if (a.Length == 3 && a[2] is not PyNone)
            {
                // complex_pow refuses any modulus once a complex takes part.
                if ((a[0] is PyComplex || a[1] is PyComplex || a[2] is PyComplex)
                    && a[0] is PyInt or PyFloat or PyComplex && a[1] is PyInt or PyFloat or PyComplex && a[2] is PyInt or PyFloat or PyComplex)
                    throw PyException.ValueError("complex modulo");
                if (a[0] is not PyInt b || a[1] is not PyInt e || a[2] is not PyInt m)
                    throw PyException.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
                if (m.Sign == 0) throw PyException.ValueError("pow() 3rd argument cannot be 0");
                return PyInt.From(ModularPower(b.AsBig, e.AsBig, m.AsBig));
            }
            return Ops.Binary(BinaryOp.Power, a[0], a[1]);
        });
        Add("chr", (a, k) =>
        {
            ArgCheck.Exactly("chr", a, k, 1);
            var i = ArgCheck.Index(a[0]);
            if (i is < 0 or > 0x10FFFF) throw PyException.ValueError("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)i); // a surrogate as its stand-in (Surrogates)
        });
        Add("ord", (a, k) =>
        {
            ArgCheck.Exactly("ord", a, k, 1);
            if (a[0] is PyStr s)
            {
                if (s.Length != 1) throw PyException.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.From(s.CodePointAt(0));
            }
            if (a[0] is PyBytes b && b.Value.Length == 1) return PyInt.From(b.Value[0]);
            throw PyException.TypeError($"ord() expected string of length 1, but {a[0].Type.Name} found");
        });
        Add("hex", (a, k) => { ArgCheck.Exactly("hex", a, k, 1); return PyStr.From(IntPrefix(a[0], 16, "0x")); });
        Add("oct", (a, k) => { ArgCheck.Exactly("oct", a, k, 1); return PyStr.From(IntPrefix(a[0], 8, "0o")); });
        Add("bin", (a, k) => { ArgCheck.Exactly("bin", a, k, 1); return PyStr.From(IntPrefix(a[0], 2, "0b")); });
        Add("any", (a, k) =>
        {
            ArgCheck.Exactly("any", a, k, 1);
            var it = Ops.Iter(a[0]);
            for (var o = it.Next(); o is not null; o = it.Next()) if (o.IsTrue()) return PyBool.True;
            return PyBool.False;
        });
        Add("all", (a, k) =>
        {
            ArgCheck.Exactly("all", a, k, 1);
            var it = Ops.Iter(a[0]);
            for (var o = it.Next(); o is not null; o = it.Next()) if (!o.IsTrue()) return PyBool.False;
            return PyBool.True;
        });
        Add("format", (a, k) =>
        {
            ArgCheck.Range("format", a, k, 1, 2);
            return PyStr.From(FormatSpec.Format(a[0], a.Length > 1 ? ArgCheck.Str("format", a[1]).Value : ""));
        });
        Add("ascii", (a, k) => { ArgCheck.Exactly("ascii", a, k, 1); return PyStr.From(Ascii(a[0].Repr())); });
        MoreBuiltins.Add(d);
        return d;
    }

    private static PyObject Print(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("print", kw, "sep", "end", "file", "flush");
        string Option(string name, string fallback)
        {
            if (!kw.TryGetValue(name, out var v) || v is PyNone) return fallback;
            return v is PyStr s ? s.Value : throw PyException.TypeError($"{name} must be None or a string, not {v.Type.Name}");
        }
        var sep = Option("sep", " ");
        var end = Option("end", "\n");
        if (!kw.TryGetValue("file", out var file) || file is PyNone) file = Modules.SysStreams.ReboundStdout();
        if (file is not null && !Modules.SysStreams.IsRunOutput(file))
            return PrintTo(file, positional, sep, end, kw.TryGetValue("flush", out var flush) && flush.IsTrue());
        var output = RuntimeContext.Current.Stdout;
        var sb = new StringBuilder();
        for (var i = 0; i < positional.Length; i++)
        {
            if (i > 0) Piece(sep);
            // Cap each str() at what the output can still take, so printing a huge list stops early.
            var w = new ReprWriter(Math.Max(0, output.Remaining - sb.Length));
            positional[i].WriteStr(w);
            Piece(w.ToString());
            if (sb.Length > output.Remaining) break;
        }
        Piece(end);
        output.Write(sb.ToString());
        return PyNone.Instance;

        // CPython writes the pieces one by one: one holding a surrogate fails to encode (OutputSink)
        // after the pieces before it were written.
        void Piece(string text)
        {
            if (Engine.Syntax.Surrogates.Contains(text))
            {
                output.Write(sb.ToString());
                output.Write(text);
            }
            sb.Append(text);
        }
    }

    /// <summary>print(..., file=f): each piece through f.write, as CPython writes them (a stream
    /// the answer does not show, sys.stderr, takes the str() of each argument and nothing more).</summary>
    private static PyObject PrintTo(PyObject file, PyObject[] positional, string sep, string end, bool flush)
    {
        var write = Modules.SysStreams.IsDiscarded(file) ? null : Ops.GetAttr(file, "write");
        for (var i = 0; i < positional.Length; i++)
        {
            if (i > 0 && write is not null) Call(write, PyStr.From(sep));
            var text = positional[i].Str();
            if (write is not null) Call(write, PyStr.From(text));
        }
        if (write is not null) Call(write, PyStr.From(end));
        if (flush) Call(Ops.GetAttr(file, "flush"));
        return PyNone.Instance;
    }

    private static PyObject Input(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Range("input", args, kwnames, 0, 1);
        if (Modules.SysStreams.ReboundStdin() is not null || Modules.SysStreams.ReboundStdout() is not null)
            return Modules.SysStreams.InputThroughSys(args.Length == 1 ? args[0] : null);
        if (args.Length == 1) RuntimeContext.Current.Stdout.Write(args[0].Str());
        var line = RuntimeContext.Current.Stdin.ReadLine();
        if (line is null) throw PyException.Create(PyTypes.EOFError, "EOF when reading a line");
        return PyStr.From(line);
    }

    private static PyObject Abs(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Exactly("abs", args, kwnames, 1);
        return args[0] switch
        {
            var o when o.Type.IsUserDefined && UserMethods.TryCall(o, "__abs__", [], out var r) => r,
            PyInt i when !i.IsBig && i.Value != long.MinValue => PyInt.From(Math.Abs(i.Value)),
            PyInt i => PyInt.From(BigInteger.Abs(i.AsBig)),
            PyFloat f => new PyFloat(Math.Abs(f.Value)),
            PyComplex c => new PyFloat(ComplexArithmetic.Abs(new System.Numerics.Complex(c.Real, c.Imag), out var overflow) is var m && overflow
                ? throw PyException.OverflowError("absolute value too large") : m),
            var o => throw PyException.TypeError($"bad operand type for abs(): '{o.Type.TpName}'"),
        };
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, CompareOp better)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords(name, kw, "key", "default");
        if (positional.Length == 0) throw PyException.TypeError($"{name} expected at least 1 argument, got 0");
        kw.TryGetValue("key", out var key);
        if (key is PyNone) key = null;
        kw.TryGetValue("default", out var fallback);
        if (fallback is not null && positional.Length > 1)
            throw PyException.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        // min_max: one item at a time, each taken from the iterator just before its key is
        // called (no list is built first, and no __len__ is asked for).
        var it = Ops.Iter(positional.Length == 1 ? positional[0] : PyTuple.Create(positional));
        PyObject? best = null, bestKey = null;
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            var k = key is null ? item : Call(key, item);
            if (best is null || Ops.Compare(k, bestKey!, better))
            {
                best = item;
                bestKey = k;
            }
        }
        return best ?? fallback ?? throw PyException.ValueError($"{name}() arg is an empty sequence");
    }

    private static PyObject Sum(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("sum", kw, "start");
        if (positional.Length is < 1 or > 2) throw PyException.TypeError($"sum() takes at most 2 arguments ({positional.Length} given)");
        var total = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("start") ?? PyInt.From(0);
        if (total is PyStr) throw PyException.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        var it = Ops.Iter(positional[0]);
        // builtin_sum_impl's fast paths: an exact int total adds exact ints and bools in a long,
        // an exact float total adds exact floats and machine-size ints (any int, subclasses too,
        // by value) in a double; the first item either path cannot take, or an overflow, goes
        // through the generic addition, and what follows with it.
        PyObject? item;
        if (total.GetType() == typeof(PyInt) && !((PyInt)total).IsBig)
        {
            var sum = ((PyInt)total).Value;
            while ((item = it.Next()) is not null)
            {
                if (item is PyInt { IsBig: false } n && (item.GetType() == typeof(PyInt) || item is PyBool)
                    && unchecked(sum + n.Value) is var next && ((sum ^ next) & (n.Value ^ next)) >= 0)
                {
                    sum = next;
                    continue;
                }
                break;
            }
            total = PyInt.From(sum);
            if (item is null) return total;
            total = Ops.Binary(BinaryOp.Add, total, item);
        }
        if (total.GetType() == typeof(PyFloat))
        {
            var sum = ((PyFloat)total).Value;
            while ((item = it.Next()) is not null)
            {
                if (item.GetType() == typeof(PyFloat)) sum += ((PyFloat)item).Value;
                else if (item is PyInt { IsBig: false } n) sum += n.Value;
                else break;
            }
            total = new PyFloat(sum);
            if (item is null) return total;
            total = Ops.Binary(BinaryOp.Add, total, item);
        }
        for (var o = it.Next(); o is not null; o = it.Next()) total = Ops.Binary(BinaryOp.Add, total, o);
        return total;
    }

    private static PyObject Sorted(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("sorted", kw, "key", "reverse");
        if (positional.Length != 1) throw PyException.TypeError($"sorted expected 1 argument, got {positional.Length}");
        var list = new PyList(Ops.ToList(positional[0]));
        ListMethods.Sort(list, kw.GetValueOrDefault("key"), kw.GetValueOrDefault("reverse"));
        return list;
    }

    private static PyObject IsInstance(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Exactly("isinstance", args, kwnames, 2);
        return PyBool.From(IsInstanceOf(args[0], args[1]));
    }

    /// <summary>PyObject_IsInstance: exact type first, tuples item by item, a metaclass's __instancecheck__, then the MRO.</summary>
    public static bool IsInstanceOf(PyObject o, PyObject classInfo)
    {
        if (classInfo is PyType exact && ReferenceEquals(o.Type, exact)) return true;
        if (classInfo is PyTuple tuple)
        {
            using var guard = RecursionGuard.Enter();
            foreach (var c in tuple.Items)
                if (IsInstanceOf(o, c)) return true;
            return false;
        }
        if (classInfo.Type.IsUserDefined && classInfo.Type.Lookup("__instancecheck__") is PyFunction check)
            return Call(check, classInfo, o).IsTrue();
        if (classInfo is PyType t) return o.Type.IsSubtypeOf(t);
        throw PyException.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static bool MatchesClassInfo(PyType type, PyObject classInfo, string name)
    {
        if (classInfo is PyTuple tuple)
        {
            using var guard = RecursionGuard.Enter();
            foreach (var c in tuple.Items)
                if (MatchesClassInfo(type, c, name)) return true;
            return false;
        }
        if (classInfo.Type.IsUserDefined && classInfo.Type.Lookup("__subclasscheck__") is PyFunction check)
            return Call(check, classInfo, type).IsTrue();
        if (classInfo is PyType t) return type.IsSubtypeOf(t);
        throw PyException.TypeError($"{name}() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static PyObject Next(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Range("next", args, kwnames, 1, 2);
        if (args[0] is not PyIterator it)
        {
            if (!args[0].Type.IsUserDefined || args[0].Type.Lookup("__next__") is not { } next)
                throw PyException.TypeError($"'{args[0].Type.Name}' object is not an iterator");
            try
            {
                return Call(Descriptors.Get(next, args[0], args[0].Type));
            }
            catch (PyException e) when (args.Length > 1 && e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
            {
                return args[1];
            }
        }
        return it.Next() ?? (args.Length > 1 ? args[1] : throw new PyException(new PyBaseException(PyTypes.StopIteration,
            it is VM.PyGenerator { ReturnValue: not PyNone } g ? [g.ReturnValue] : [])));
    }

    internal static PyObject Reversed(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.Exactly("reversed", args, kwnames, 1);
        if (args[0].Type.IsUserDefined && UserReversed(args[0]) is { } user) return user;
        IReadOnlyList<PyObject> items = args[0] switch
        {
            PyList l => l.Items,
            PyTuple t => t.Items,
            PyRange or PyStr or PyBytes or PyByteArray or PyMemoryView => Ops.ToList(args[0]),
            PyDict d => d.Keys.ToList(),
            var o => throw PyException.TypeError($"'{o.Type.Name}' object is not reversible"),
        };
        var index = items.Count;
        return new NativeIterator(PyTypes.Reversed, () =>
        {
            if (index > items.Count) index = items.Count;
            return index > 0 ? items[--index] : null;
        });
    }

    /// <summary>reversed() of a class's instance: its __reversed__ (None opts out), else the
    /// sequence protocol (__len__ and __getitem__) backwards; null for a builtin base's own.</summary>
    private static PyObject? UserReversed(PyObject o)
    {
        var type = o.Type;
        var reversedMethod = type.Lookup("__reversed__");
        if (reversedMethod is PyNone) throw PyException.TypeError($"'{type.Name}' object is not reversible");
        if (reversedMethod is not null) return Call(Descriptors.Get(reversedMethod, o, type));
        if (o is PyDict || type.Lookup("__getitem__") is not PyFunction || type.Lookup("__len__") is null) return null;
        var index = Ops.Length(o);
        return new NativeIterator(PyTypes.Reversed, () =>
        {
            if (index <= 0) return null;
            try
            {
                return Ops.GetItem(o, PyInt.From(--index));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.IndexError) || e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
            {
                index = 0;
                return null;
            }
        });
    }

    internal static PyObject Round(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var (positional, kw) = ArgCheck.Split(args, kwnames);
        ArgCheck.OnlyKeywords("round", kw, "ndigits");
        if (positional.Length is < 1 or > 2) throw PyException.TypeError($"round() takes at most 2 arguments ({positional.Length} given)");
        var digits = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("ndigits") ?? PyNone.Instance;
        switch (positional[0])
        {
            case PyInt i:
                if (digits is PyNone) return PyInt.From(i.AsBig);
                var nd = ArgCheck.Index(digits);
                if (nd >= 0) return PyInt.From(i.AsBig);
                var pow = BigInteger.Pow(10, (int)Math.Min(-nd, 5000));
                var q = IntMath.FloorDivMod(i.AsBig, pow, out var rem);
                var twice = rem * 2;
                if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
                return PyInt.From(q * pow);
            case PyFloat f:
                if (digits is PyNone) return NumberParsing.FromDouble(Math.Round(f.Value, MidpointRounding.ToEven));
                return new PyFloat(RoundDouble(f.Value, ArgCheck.Index(digits)));
            case var o when o.Type.IsUserDefined && o.Type.Lookup("__round__") is PyFunction round:
                return digits is PyNone ? Call(round, o) : Call(round, o, digits);
            default:
                throw PyException.TypeError($"type {positional[0].Type.Name} doesn't define __round__ method");
        }
    }

    /// <summary>round(x, n) for floats: the exact decimal value rounded half to even, as CPython's dtoa-based float round.</summary>
    private static double RoundDouble(double x, long n)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0) return x;
        if (n > 323) return x;
        if (n < -308) return 0.0 * Math.Sign(x);
        if (n < 0)
        {
            var p = Math.Pow(10, -n);
            var r = Math.Round(x / p, MidpointRounding.ToEven) * p;
            return r;
        }
        var text = x.ToString("F" + Math.Min(n + 40, 999), CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.');
        if (dot < 0 || text.Length - dot - 1 <= n) return x;
        var keep = text[..(dot + 1 + (int)n)];
        var rest = text[(dot + 1 + (int)n)..];
        var up = rest[0] > '5' || (rest[0] == '5' && (rest.Skip(1).Any(c => c != '0') || IsOddLastDigit(keep)));
        var value = double.Parse(keep.TrimEnd('.'), CultureInfo.InvariantCulture);
        if (up) value += Math.CopySign(Math.Pow(10, -n), x);
        return double.Parse(value.ToString("F" + n, CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    private static bool IsOddLastDigit(string s)
    {
        for (var i = s.Length - 1; i >= 0; i--)
            if (char.IsAsciiDigit(s[i])) return (s[i] - '0') % 2 == 1;
        return false;
    }

    private static string IntPrefix(PyObject o, int radix, string prefix)
    {
        if (o is not PyInt i) throw PyException.TypeError($"'{o.Type.Name}' object cannot be interpreted as an integer");
        return (i.Sign < 0 ? "-" : "") + prefix + FormatSpec.ToBase(BigInteger.Abs(i.AsBig), radix, false);
    }

    internal static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        int units;
        for (var i = 0; i < repr.Length; i += units)
        {
            var cp = Engine.Syntax.Surrogates.CodePointAt(repr, i, out units);
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    /// <summary>Calls a callable with positional, then keyword arguments (named by <paramref name="kwnames"/>).</summary>
    public static PyObject CallKw(PyObject callable, PyObject[] args, string[]? kwnames)
    {
        if (kwnames is not { Length: > 0 }) return Call(callable, args);
        var call = RuntimeContext.Current.CallWithKeywords ?? throw PyException.TypeError($"'{callable.Type.TpName}' object is not callable");
        return call(callable, args, kwnames);
    }

    /// <summary>Calls a callable (a Python function through the VM) with positional arguments.</summary>
    public static PyObject Call(PyObject callable, params PyObject[] args)
    {
        switch (callable)
        {
            case PyBuiltinFunction b: return b.Impl(args, null);
            case PyType t when t.Constructor is not null: return t.Constructor(args, null);
            case PyBoundMethod { Function: PyBuiltinFunction bf } m: return bf.Impl([m.Self, .. args], null);
        }
        var call = RuntimeContext.Current.CallObject ?? throw PyException.TypeError($"'{callable.Type.TpName}' object is not callable");
        return call(callable, args);
    }

    /// <summary>long_pow with a modulus: the base reduced modulo |m|, a negative exponent through the
    /// base's inverse (long_invmod), the result carrying the modulus's sign.</summary>
    private static BigInteger ModularPower(BigInteger b, BigInteger e, BigInteger m)
    {
        var c = BigInteger.Abs(m);
        var basis = ((b % c) + c) % c;
        if (e.Sign < 0)
        {
            basis = ModularInverse(basis, c) ?? throw PyException.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        var r = c.IsOne ? BigInteger.Zero : BigInteger.ModPow(basis, e, c);
        return m.Sign < 0 && !r.IsZero ? r - c : r;
    }

    /// <summary>The inverse of a modulo n by the extended Euclidean algorithm, or null when gcd(a, n) is not 1.</summary>
    private static BigInteger? ModularInverse(BigInteger a, BigInteger n)
    {
        BigInteger r0 = n, r1 = a, t0 = 0, t1 = 1;
        while (!r1.IsZero)
        {
            var q = BigInteger.DivRem(r0, r1, out var rem);
            (r0, r1) = (r1, rem);
            (t0, t1) = (t1, t0 - q * t1);
        }
        if (!r0.IsOne) return null;
        return ((t0 % n) + n) % n;
    }
}
