namespace Engine.Runtime;

public static partial class Ops
{
    public static bool IsTrue(PyObject o) => o.IsTrue();

    public static PyObject Not(PyObject o) => PyBool.From(!o.IsTrue());

    /// <summary>len(o), or null when the type has no length.</summary>
    public static long? LengthOrNull(PyObject o) => o switch
    {
        PyStr s => s.Length,
        PyList l => l.Count,
        PyTuple t => t.Count,
        PyDict d => d.Count,
        PySet s => s.Count,
        PyBytes b => b.Value.Length,
        PyByteArray ba => ba.Count,
        PyMemoryView mv => mv.Length,
        PyRange r => r.Length,
        PyDictView v => v.Dict.Count,
        _ => null,
    };

    public static long Length(PyObject o)
    {
        if (o.Type.IsUserDefined && UserMethods.TryCall(o, "__len__", [], out var r))
        {
            if (r is not PyInt i) throw PyException.TypeError($"'{r.Type.Name}' object cannot be interpreted as an integer");
            if (i.Sign < 0) throw PyException.ValueError("__len__() should return >= 0");
            return i.AsIndex();
        }
        if (LengthOrNull(o) is { } n) return n;
        throw PyException.TypeError($"object of type '{o.Type.TpName}' has no len()");
    }

    /// <summary>iter(o), or null when o is not iterable.</summary>
    public static PyIterator? IterOrNull(PyObject o) => o switch
    {
        _ when o.Type.IsUserDefined && o is not PyIterator && o.Type.Lookup("__iter__") is PyFunction => UserIterator(o),
        PyIterator it => it,
        PyList l => new SequenceIterator(l.Items, PyTypes.ListIterator),
        PyTuple t => new SequenceIterator(t.Items, PyTypes.TupleIterator),
        PyRange r => new RangeIterator(r.Start, r.Step, r.Length),
        PyStr s => new StrIterator(s),
        PyDict d => new DictIterator(d, DictIterator.Kind.Keys),
        PyDictView v => new DictIterator(v.Dict, v.Kind),
        PySet s => new SetIterator(s),
        PyBytes b => new BytesIterator(b.Value),
        PyByteArray ba => new ByteArrayIterator(ba),
        PyMemoryView mv => new MemoryViewIterator(mv),
        _ when o.Type.IsUserDefined => UserIterator(o),
        _ when o.Type.IsUserDefined || o is PyInstance => SequenceProtocolIterator(o),
        _ => null,
    };

    /// <summary>iter() of an instance: __iter__, whose result is driven by __next__ until StopIteration.</summary>
    private static PyIterator? UserIterator(PyObject o)
    {
        if (!UserMethods.TryCall(o, "__iter__", [], out var it)) return SequenceProtocolIterator(o);
        if (it is PyIterator native) return native;
        if (it.Type.Lookup("__next__") is not { } next)
            throw PyException.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
        return new NativeIterator(PyTypes.Object, () =>
        {
            try
            {
                return Builtins.Call(Descriptors.Get(next, it, it.Type));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
            {
                return null;
            }
        }, it);
    }

    /// <summary>iter() of an object with __getitem__ but no __iter__: items 0, 1, ... until IndexError (PySeqIter).</summary>
    private static PyIterator? SequenceProtocolIterator(PyObject o)
    {
        if (o.Type.Lookup("__getitem__") is not PyFunction getitem) return null;
        long index = 0;
        var done = false;
        return new NativeIterator(PyTypes.Object, () =>
        {
            if (done) return null;
            try
            {
                return Builtins.Call(getitem, o, PyInt.From(index++));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.IndexError) || e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
            {
                done = true;
                return null;
            }
        });
    }

    public static PyIterator Iter(PyObject o) =>
        IterOrNull(o) ?? throw PyException.TypeError($"'{o.Type.TpName}' object is not iterable");

    /// <summary>The items of an iterable, collected (the memory budget is checked as the list grows).</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        switch (iterable)
        {
            case PyList l: return [.. l.Items];
            case PyTuple t: return [.. t.Items];
            case PyRange r: MemoryBudget.CheckContainer(r.Length); break;
        }
        // list_extend: the iterator is made first, then PyObject_LengthHint presizes.
        var it = Iter(iterable);
        LengthHint(iterable);
        return Collect(it);
    }

    /// <summary>
    /// An iterator's remaining items, collected with no length hint asked of anything the
    /// program wrote (PySequence_Fast and unpacking hint only their own iterator).
    /// </summary>
    public static List<PyObject> Collect(PyIterator it)
    {
        var items = new List<PyObject>();
        for (var o = it.Next(); o is not null; o = it.Next())
        {
            if (items.Count == items.Capacity && items.Count >= MemoryBudget.TrackedItems)
                MemoryBudget.CheckContainer(items.Count * 2L);
            items.Add(o);
        }
        return items;
    }

    /// <summary>
    /// PyObject_LengthHint for what the program can see: a class's __len__, else its
    /// __length_hint__ (a TypeError from either, or NotImplemented, means no hint). Only the
    /// presizing consumers ask (list(), tuple(), sorted(), list.extend, str.join, f(*x));
    /// min, max, sum, set() and the like just iterate.
    /// </summary>
    public static void LengthHint(PyObject o)
    {
        if (!o.Type.IsUserDefined) return;
        if (o.Type.Lookup("__len__") is PyFunction)
        {
            try
            {
                Length(o);
                return;
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.TypeError)) { }
        }
        if (o.Type.Lookup("__length_hint__") is not PyFunction hint) return;
        PyObject r;
        try
        {
            r = Builtins.Call(hint, o);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.TypeError))
        {
            return;
        }
        if (ReferenceEquals(r, PySingleton.NotImplemented)) return;
        if (r is not PyInt i) throw PyException.TypeError($"__length_hint__ must be an integer, not {r.Type.Name}");
        if (i.Sign < 0) throw PyException.ValueError("__length_hint__() should return >= 0");
    }

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type.IsUserDefined && UserMethods.TryCall(o, "__getitem__", [key], out var item)) return item;
        switch (o)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    var idx = Sequence.Index(li.IsBig ? long.MaxValue : li.Value, l.Count);
                    if (idx < 0) throw PyException.IndexError("list index out of range");
                    return l.Items[(int)idx];
                }
                if (key is PySlice ls) return new PyList(SliceItems(l.Items, ls));
                throw PyException.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            case PyTuple t:
                if (key is PyInt ti)
                {
                    var idx = Sequence.Index(ti.IsBig ? long.MaxValue : ti.Value, t.Count);
                    if (idx < 0) throw PyException.IndexError("tuple index out of range");
                    return t.Items[idx];
                }
                if (key is PySlice ts) return PyTuple.Create(SliceItems(t.Items, ts).ToArray());
                throw PyException.TypeError($"tuple indices must be integers or slices, not {key.Type.Name}");
            case PyStr s:
                if (key is PyInt si)
                {
                    var idx = Sequence.Index(si.IsBig ? long.MaxValue : si.Value, s.Length);
                    if (idx < 0) throw PyException.IndexError("string index out of range");
                    return s.CharAt((int)idx);
                }
                if (key is PySlice ss) return SliceStr(s, ss);
                throw PyException.TypeError($"string indices must be integers, not '{key.Type.Name}'");
            case PyDict d:
                return d.Get(key) ?? Missing(d, key);
            case PyBytes b:
                if (key is PyInt bi)
                {
                    var idx = Sequence.Index(bi.IsBig ? long.MaxValue : bi.Value, b.Value.Length);
                    if (idx < 0) throw PyException.IndexError("index out of range");
                    return PyInt.From(b.Value[idx]);
                }
                if (key is PySlice bs)
                {
                    var (start, _, step, count) = bs.Indices(b.Value.Length);
                    var bytes = new byte[count];
                    for (long i = 0; i < count; i++) bytes[i] = b.Value[start + i * step];
                    return new PyBytes(bytes);
                }
                throw PyException.TypeError($"byte indices must be integers or slices, not {key.Type.Name}");
            case PyByteArray ba:
                return ByteArrayMethods.GetItem(ba, key);
            case PyMemoryView mv:
                return mv.GetItem(key);
            case PyRange r:
                if (key is PyInt ri)
                {
                    var idx = Sequence.Index(ri.IsBig ? long.MaxValue : ri.Value, r.Length);
                    if (idx < 0) throw PyException.IndexError("range object index out of range");
                    return PyInt.From(r.ItemAt(idx));
                }
                if (key is PySlice rs)
                {
                    var (start, stop, step, _) = rs.Indices(r.Length);
                    return new PyRange(r.Start + start * r.Step, r.Start + stop * r.Step, r.Step * step);
                }
                throw PyException.TypeError($"range indices must be integers or slices, not {key.Type.Name}");
            case PyType { IsUserDefined: false } type when PyGenericAlias.ClassGetItem(type, key) is { } alias:
                return alias; // list[int]: types.GenericAlias
        }
        if (o is PyType cls && cls.Lookup("__class_getitem__") is { } classGetItem)
            return Builtins.Call(Descriptors.Get(classGetItem, null, cls), key);
        // A type a module defines in C# (re.Match) declares __getitem__ as a method.
        if (o.Type.Lookup("__getitem__") is PyBuiltinFunction { Owner: not null } getItem) return getItem.Impl([o, key], null);
        throw PyException.TypeError($"'{o.Type.TpName}' object is not subscriptable");
    }

    /// <summary>d[key] of a missing key: a dict subclass's __missing__(key), else KeyError.</summary>
    private static PyObject Missing(PyDict d, PyObject key)
    {
        if (d.Type.IsUserDefined && UserMethods.TryCall(d, "__missing__", [key], out var value)) return value;
        throw PyException.KeyError(key);
    }

    private static List<PyObject> SliceItems(IReadOnlyList<PyObject> items, PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(items.Count);
        var result = new List<PyObject>((int)count);
        for (long i = 0; i < count; i++) result.Add(items[(int)(start + i * step)]);
        return result;
    }

    private static PyStr SliceStr(PyStr s, PySlice slice)
    {
        var (start, _, step, count) = slice.Indices(s.Length);
        if (step == 1) return PyStr.From(s.Substring((int)start, (int)count));
        var sb = new System.Text.StringBuilder((int)count);
        for (long i = 0; i < count; i++) PyStr.AppendCodePoint(sb, s.CodePointAt((int)(start + i * step)));
        return PyStr.From(sb.ToString());
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.Type.IsUserDefined && UserMethods.TryCall(o, "__setitem__", [key, value], out _)) return;
        switch (o)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    var idx = Sequence.Index(li.IsBig ? long.MaxValue : li.Value, l.Count);
                    if (idx < 0) throw PyException.IndexError("list assignment index out of range");
                    l.Items[(int)idx] = value;
                    return;
                }
                if (key is PySlice ls)
                {
                    AssignSlice(l, ls, ToList(value));
                    return;
                }
                throw PyException.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            case PyDict d:
                d.Set(key, value);
                return;
            case PyByteArray ba:
                ByteArrayMethods.SetItem(ba, key, value);
                return;
            case PyMemoryView mv:
                mv.SetItem(key, value);
                return;
        }
        throw PyException.TypeError($"'{o.Type.TpName}' object does not support item assignment");
    }

    private static void AssignSlice(PyList list, PySlice slice, List<PyObject> values)
    {
        var (start, stop, step, count) = slice.Indices(list.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            list.Items.RemoveRange((int)start, (int)(stop - start));
            list.Grow(list.Count + (long)values.Count);
            list.Items.InsertRange((int)start, values);
            return;
        }
        if (values.Count != count)
            throw PyException.ValueError($"attempt to assign sequence of size {values.Count} to extended slice of size {count}");
        for (var i = 0; i < count; i++) list.Items[(int)(start + i * step)] = values[i];
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (o.Type.IsUserDefined && UserMethods.TryCall(o, "__delitem__", [key], out _)) return;
        switch (o)
        {
            case PyList l:
                if (key is PyInt li)
                {
                    var idx = Sequence.Index(li.IsBig ? long.MaxValue : li.Value, l.Count);
                    if (idx < 0) throw PyException.IndexError("list assignment index out of range");
                    l.Items.RemoveAt((int)idx);
                    return;
                }
                if (key is PySlice ls)
                {
                    var (start, _, step, count) = ls.Indices(l.Count);
                    var indexes = new List<int>();
                    for (long i = 0; i < count; i++) indexes.Add((int)(start + i * step));
                    foreach (var i in indexes.OrderByDescending(i => i)) l.Items.RemoveAt(i);
                    return;
                }
                throw PyException.TypeError($"list indices must be integers or slices, not {key.Type.Name}");
            case PyDict d:
                if (!d.Remove(key)) throw PyException.KeyError(key);
                return;
            case PyByteArray ba:
                ByteArrayMethods.DelItem(ba, key);
                return;
        }
        throw PyException.TypeError($"'{o.Type.TpName}' object doesn't support item deletion");
    }

    /// <summary>item in container.</summary>
    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.Type.IsUserDefined && UserMethods.TryCall(container, "__contains__", [item], out var found)) return found.IsTrue();
        switch (container)
        {
            case PyStr s:
                if (item is not PyStr sub) throw PyException.TypeError($"'in <string>' requires string as left operand, not {item.Type.Name}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyDict d: return d.ContainsKey(item);
            case PySet set: return set.Contains(item);
            case PyDictView { Kind: DictIterator.Kind.Keys } v: return v.Dict.ContainsKey(item);
            case PyRange r when item is PyInt i:
            {
                if (i.IsBig) return false;
                var v = i.Value;
                if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
                return (v - r.Start) % r.Step == 0;
            }
            case PyBytes b when item is PyInt bi: return !bi.IsBig && bi.Value is >= 0 and < 256 && b.Value.Contains((byte)bi.Value);
            case PyBytes or PyByteArray when item is PyInt bi:
                return !bi.IsBig && bi.Value is >= 0 and < 256 && ByteArrays.View(container)!.Value.Span.Contains((byte)bi.Value);
            case PyBytes or PyByteArray when ByteArrays.View(item) is { } part: return ByteArrays.View(container)!.Value.Span.IndexOf(part.Span) >= 0;
            case PyBytes or PyByteArray when item is not PyInt && item.Type.Lookup("__index__") is null:
                throw PyException.TypeError($"a bytes-like object is required, not '{item.Type.Name}'");
        }
        var it = IterOrNull(container) ?? throw PyException.TypeError($"argument of type '{container.Type.TpName}' is not iterable");
        for (var o = it.Next(); o is not null; o = it.Next())
            if (ReferenceEquals(o, item) || Equal(o, item)) return true;
        return false;
    }

    /// <summary>Unpacks an iterable into exactly <paramref name="count"/> items (UNPACK_SEQUENCE).</summary>
    public static PyObject[] Unpack(PyObject o, int count)
    {
        IReadOnlyList<PyObject>? items = o switch
        {
            PyTuple t => t.Items,
            PyList l => l.Items,
            _ => null,
        };
        if (items is null)
        {
            var it = IterOrNull(o) ?? throw PyException.TypeError($"cannot unpack non-iterable {o.Type.Name} object");
            var got = new List<PyObject>();
            for (var x = it.Next(); x is not null; x = it.Next())
            {
                got.Add(x);
                if (got.Count > count) throw PyException.ValueError($"too many values to unpack (expected {count})");
            }
            items = got;
        }
        if (items.Count < count) throw PyException.ValueError($"not enough values to unpack (expected {count}, got {items.Count})");
        if (items.Count > count) throw PyException.ValueError($"too many values to unpack (expected {count})");
        return [.. items];
    }

    /// <summary>hash(o).</summary>
    public static long Hash(PyObject o) => o.Hash();

    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod || (o.Type.IsUserDefined && o.Type.Lookup("__call__") is PyFunction);

    /// <summary>The str() of an object, capped: an over-long result is cut, the caller decides what that means.</summary>
    public static string Str(PyObject o) => o.Str();

    public static string Repr(PyObject o) => o.Repr();
}
