namespace Engine.Runtime;

/// <summary>
/// A one-dimensional memoryview of format 'B' over bytes or a bytearray (Objects/memoryobject.c,
/// the part a program over bytes uses): it shares the object's storage, slices share it too.
/// </summary>
public sealed class PyMemoryView(PyObject obj, long start, long step, long count) : PyObject
{
    public PyObject Obj { get; } = obj;
    public bool Released { get; private set; }
    public bool ReadOnly => Obj is PyBytes;

    public override PyType Type => PyTypes.MemoryView;
    public override void WriteRepr(ReprWriter w) => w.Append(Released ? "<released memory at 0x?>" : "<memory at 0x?>");

    public static PyMemoryView Over(PyObject o) => o switch
    {
        PyBytes b => new PyMemoryView(b, 0, 1, b.Value.Length),
        PyByteArray ba => new PyMemoryView(ba, 0, 1, ba.Count),
        PyMemoryView mv => mv.Slice(0, 1, mv.Length),
        _ => throw PyException.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'"),
    };

    public long Length { get { Check(); return count; } }

    public void Check()
    {
        if (Released) throw PyException.ValueError("operation forbidden on released memoryview object");
    }

    public void Release() => Released = true;

    private long Offset(long i)
    {
        var at = start + i * step;
        // A bytearray shrunk under the view (CPython forbids it while exported): no read past its end.
        if (Obj is PyByteArray ba && at >= ba.Count) throw PyException.IndexError("index out of range");
        return at;
    }

    public byte this[long i] => Obj is PyBytes b ? b.Value[Offset(i)] : ((PyByteArray)Obj).Data[(int)Offset(i)];

    public byte[] ToArray()
    {
        Check();
        var result = new byte[count];
        for (long i = 0; i < count; i++) result[i] = this[i];
        return result;
    }

    public PyMemoryView Slice(long from, long by, long n) => new(Obj, start + from * step, step * by, n);

    public PyObject GetItem(PyObject key)
    {
        Check();
        if (key is PyInt i)
        {
            var idx = Sequence.Index(i.IsBig ? long.MaxValue : i.Value, count);
            if (idx < 0) throw PyException.IndexError("index out of bounds on dimension 1");
            return PyInt.From(this[idx]);
        }
        if (key is PySlice s)
        {
            var (from, _, by, n) = s.Indices(count);
            return Slice(from, by, n);
        }
        throw PyException.TypeError("memoryview: invalid slice key");
    }

    public void SetItem(PyObject key, PyObject value)
    {
        Check();
        if (Obj is not PyByteArray ba) throw PyException.TypeError("cannot modify read-only memory");
        if (key is PyInt i)
        {
            var idx = Sequence.Index(i.IsBig ? long.MaxValue : i.Value, count);
            if (idx < 0) throw PyException.IndexError("index out of bounds on dimension 1");
            if (value is not PyInt v) throw PyException.TypeError("memoryview: invalid type for format 'B'");
            if (v.IsBig || v.Value is < 0 or > 255) throw PyException.ValueError("memoryview: invalid value for format 'B'");
            ba.Data[(int)Offset(idx)] = (byte)v.Value;
            return;
        }
        if (key is PySlice s)
        {
            var (from, _, by, n) = s.Indices(count);
            var data = ByteArrays.View(value)?.ToArray() ?? throw PyException.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            if (data.Length != n) throw PyException.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            for (long j = 0; j < n; j++) ba.Data[(int)Offset(from + j * by)] = data[j];
            return;
        }
        throw PyException.TypeError("memoryview: invalid slice key");
    }

    public override bool? EqualsObject(PyObject other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (Released || other is PyMemoryView { Released: true }) return false;
        return ByteArrays.View(other) is { } o ? ToArray().AsSpan().SequenceEqual(o.Span) : null;
    }

    public override long Hash()
    {
        Check();
        if (!ReadOnly) throw PyException.ValueError("cannot hash writable memoryview object");
        return Engine.Hashing.PyHash.OfBytes(ToArray());
    }

    /// <summary>The view's data attributes (memory_getsetlist), or null.</summary>
    public PyObject? Attribute(string name)
    {
        if (name is "obj" or "nbytes" or "readonly" or "itemsize" or "format" or "ndim" or "shape" or "strides" or "contiguous" or "c_contiguous" or "f_contiguous")
            Check();
        return name switch
        {
            "obj" => Obj,
            "nbytes" => PyInt.From(count),
            "readonly" => PyBool.From(ReadOnly),
            "itemsize" => PyInt.From(1),
            "format" => PyStr.From("B"),
            "ndim" => PyInt.From(1),
            "shape" => PyTuple.Create([PyInt.From(count)]),
            "strides" => PyTuple.Create([PyInt.From(step)]),
            "contiguous" or "c_contiguous" or "f_contiguous" => PyBool.From(step == 1 || count <= 1),
            "released" => PyBool.From(Released),
            _ => null,
        };
    }

    public static void Register(PyType t)
    {
        t.Constructor = (a, k) =>
        {
            var p = ArgParse.Bind("memoryview", a, k, ["object"], 1);
            return Over(p[0]!);
        };
        t.AddMethod("tobytes", (a, k) =>
        {
            ArgParse.Bind("tobytes", a[1..], k, ["order"], 0);
            return new PyBytes(((PyMemoryView)a[0]).ToArray());
        });
        t.AddMethod("tolist", (a, k) =>
        {
            ArgCheck.Exactly("tolist", a, k, 1);
            return new PyList(((PyMemoryView)a[0]).ToArray().Select(b => (PyObject)PyInt.From(b)));
        });
        t.AddMethod("hex", (a, k) =>
        {
            var p = ArgParse.Bind("hex", a[1..], k, ["sep", "bytes_per_sep"], 0);
            return PyStr.From(BytesMethods.Hex(((PyMemoryView)a[0]).ToArray(), p[0], p[1]));
        });
        t.AddMethod("release", (a, k) => { ArgCheck.Exactly("release", a, k, 1); ((PyMemoryView)a[0]).Release(); return PyNone.Instance; });
        t.AddMethod("toreadonly", (a, k) =>
        {
            ArgCheck.Exactly("toreadonly", a, k, 1);
            var mv = (PyMemoryView)a[0];
            mv.Check();
            var copy = mv.ToArray();
            return new PyMemoryView(new PyBytes(copy), 0, 1, copy.Length);
        });
        t.AddMethod("__enter__", (a, k) => { ArgCheck.Exactly("__enter__", a, k, 1); ((PyMemoryView)a[0]).Check(); return a[0]; });
        t.AddMethod("__exit__", (a, k) => { ((PyMemoryView)a[0]).Release(); return PyNone.Instance; });
    }
}

/// <summary>Iterates a memoryview's bytes (memory_iter).</summary>
public sealed class MemoryViewIterator(PyMemoryView view) : PyIterator
{
    private long _index;
    public override PyType Type => PyTypes.MemoryIterator;
    public override PyObject? Next()
    {
        Context.Tick();
        view.Check();
        return _index < view.Length ? PyInt.From(view[_index++]) : null;
    }
}
