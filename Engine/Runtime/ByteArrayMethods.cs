namespace Engine.Runtime;

/// <summary>
/// bytearray's own methods (Objects/bytearrayobject.c): the mutations, and item and slice access
/// that Ops uses. The methods it shares with bytes come from <see cref="BytesMethods"/>.
/// </summary>
public static class ByteArrayMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("append", (a, k) => { ArgCheck.Exactly("append", a, k, 2); Self(a).Append(ByteValue(a[1])); return PyNone.Instance; });
        t.AddMethod("extend", (a, k) =>
        {
            ArgCheck.Exactly("extend", a, k, 2);
            if (Ops.IterOrNull(a[1]) is null && ByteArrays.View(a[1]) is null) throw PyException.TypeError($"can't extend bytearray with {a[1].Type.Name}");
            Self(a).AddRange(ByteArrays.FromIterable(a[1]));
            return PyNone.Instance;
        });
        t.AddMethod("insert", (a, k) =>
        {
            ArgCheck.Exactly("insert", a, k, 3);
            var self = Self(a);
            var index = ArgCheck.Index(a[1]);
            var value = ByteValue(a[2]);
            if (index < 0) index = Math.Max(0, index + self.Count);
            self.Grow(self.Count + 1L);
            self.Data.Insert((int)Math.Min(index, self.Count), value);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (a, k) =>
        {
            ArgCheck.Range("pop", a, k, 1, 2);
            var self = Self(a);
            if (self.Count == 0) throw PyException.IndexError("pop from empty bytearray");
            var index = Sequence.Index(a.Length > 1 ? ArgCheck.Index(a[1]) : -1, self.Count);
            if (index < 0) throw PyException.IndexError("pop index out of range");
            var value = self.Data[(int)index];
            self.Data.RemoveAt((int)index);
            return PyInt.From(value);
        });
        t.AddMethod("remove", (a, k) =>
        {
            ArgCheck.Exactly("remove", a, k, 2);
            var self = Self(a);
            var index = self.Data.IndexOf(ByteValue(a[1]));
            if (index < 0) throw PyException.ValueError("value not found in bytearray");
            self.Data.RemoveAt(index);
            return PyNone.Instance;
        });
        t.AddMethod("clear", (a, k) => { ArgCheck.Exactly("clear", a, k, 1); Self(a).Data.Clear(); return PyNone.Instance; });
        t.AddMethod("reverse", (a, k) => { ArgCheck.Exactly("reverse", a, k, 1); Self(a).Data.Reverse(); return PyNone.Instance; });
        t.AddMethod("copy", (a, k) => { ArgCheck.Exactly("copy", a, k, 1); return new PyByteArray(Self(a).Data); });
    }

    private static PyByteArray Self(ReadOnlySpan<PyObject> a) => (PyByteArray)a[0];

    private static byte ByteValue(PyObject o) => ByteArrays.ByteValue(o);

    public static PyObject GetItem(PyByteArray b, PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = Sequence.Index(i.IsBig ? long.MaxValue : i.Value, b.Count);
            if (idx < 0) throw PyException.IndexError("bytearray index out of range");
            return PyInt.From(b.Data[(int)idx]);
        }
        if (key is PySlice s)
        {
            var (start, _, step, count) = s.Indices(b.Count);
            var bytes = new byte[count];
            for (long j = 0; j < count; j++) bytes[j] = b.Data[(int)(start + j * step)];
            return new PyByteArray(bytes);
        }
        if (key.Type.Lookup("__index__") is not null) return GetItem(b, PyInt.From(ArgCheck.Index(key)));
        throw PyException.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
    }

    public static void SetItem(PyByteArray b, PyObject key, PyObject value)
    {
        if (key is PyInt i)
        {
            var idx = Sequence.Index(i.IsBig ? long.MaxValue : i.Value, b.Count);
            var v = ByteValue(value);
            if (idx < 0) throw PyException.IndexError("bytearray index out of range");
            b.Data[(int)idx] = v;
            return;
        }
        if (key is not PySlice s) throw PyException.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        if (value is PyInt or PyFloat or PyStr or PyComplex)
            throw PyException.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        var values = ByteArrays.FromIterable(value);
        var (start, stop, step, count) = s.Indices(b.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            b.Data.RemoveRange((int)start, (int)(stop - start));
            b.Grow(b.Count + (long)values.Length);
            b.Data.InsertRange((int)start, values);
            return;
        }
        if (values.Length != count)
            throw PyException.ValueError($"attempt to assign bytes of size {values.Length} to extended slice of size {count}");
        for (var j = 0; j < count; j++) b.Data[(int)(start + j * step)] = values[j];
    }

    public static void DelItem(PyByteArray b, PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = Sequence.Index(i.IsBig ? long.MaxValue : i.Value, b.Count);
            if (idx < 0) throw PyException.IndexError("bytearray index out of range");
            b.Data.RemoveAt((int)idx);
            return;
        }
        if (key is not PySlice s) throw PyException.TypeError($"bytearray indices must be integers or slices, not {key.Type.Name}");
        var (start, stop, step, count) = s.Indices(b.Count);
        if (step == 1)
        {
            if (stop > start) b.Data.RemoveRange((int)start, (int)(stop - start));
            return;
        }
        // Keep what the extended slice does not name, in one pass.
        var drop = new HashSet<long>();
        for (long j = 0; j < count; j++) drop.Add(start + j * step);
        var kept = new List<byte>(b.Count - (int)count);
        for (var j = 0; j < b.Count; j++) if (!drop.Contains(j)) kept.Add(b.Data[j]);
        b.Data.Clear();
        b.Data.AddRange(kept);
    }
}
