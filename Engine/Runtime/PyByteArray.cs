using System.Runtime.InteropServices;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>Python's bytearray (Objects/bytearrayobject.c): bytes that can change in place.</summary>
public sealed class PyByteArray : PyObject
{
    public readonly List<byte> Data;

    public PyByteArray() => Data = [];

    public PyByteArray(IEnumerable<byte> data) => Data = [.. data];

    public override PyType Type => PyTypes.ByteArray;
    public int Count => Data.Count;

    /// <summary>The current contents without a copy; valid until the bytearray next changes size.</summary>
    public ReadOnlySpan<byte> Span => CollectionsMarshal.AsSpan(Data);

    public byte[] ToArray() => [.. Data];

    public override bool IsTrue() => Data.Count != 0;
    public override long Hash() => throw PyException.Unhashable(this);

    public override void WriteRepr(ReprWriter w)
    {
        w.Append("bytearray(");
        w.Append(PyRepr.Bytes(ToArray()));
        w.Append(")");
    }

    public override bool? EqualsObject(PyObject other) =>
        ByteArrays.View(other) is { } o ? Span.SequenceEqual(o.Span) : null;

    /// <summary>Makes room for <paramref name="needed"/> bytes, checking the memory budget first.</summary>
    public void Grow(long needed)
    {
        if (needed <= Data.Capacity) return;
        var capacity = Math.Max(needed, Math.Max(16L, Data.Capacity * 2L));
        if (capacity > Array.MaxLength) throw new ResourceLimitException(ResourceLimit.Memory);
        RuntimeContext.Current.CheckAllocation(capacity);
        Data.Capacity = (int)capacity;
    }

    public void Append(byte b)
    {
        if (Data.Count == Data.Capacity) Grow(Data.Count + 1L);
        Data.Add(b);
    }

    public void AddRange(ReadOnlySpan<byte> bytes)
    {
        Grow(Data.Count + (long)bytes.Length);
        Data.AddRange(bytes);
    }
}

/// <summary>The bytes-like objects (bytes, bytearray, memoryview) seen alike, and the conversions bytearray's methods share.</summary>
public static class ByteArrays
{
    /// <summary>The bytes of a bytes-like object (a copy for the mutable ones), or null.</summary>
    public static ReadOnlyMemory<byte>? View(PyObject o)
    {
        // Not a switch expression: its natural type would be byte[], and a null byte[] converts to an empty memory, not to null.
        if (o is PyBytes b) return b.Value;
        if (o is PyByteArray ba) return ba.ToArray();
        if (o is PyMemoryView mv) return mv.ToArray();
        return null;
    }

    /// <summary>One item stored into a bytearray: an index in range(0, 256).</summary>
    public static byte ByteValue(PyObject o)
    {
        var v = ArgCheck.Index(o);
        if (v is < 0 or > 255) throw PyException.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }

    /// <summary>The bytes an iterable of ints (or a bytes-like object) gives, as bytearray(x) and extend(x) read it.</summary>
    public static byte[] FromIterable(PyObject o)
    {
        if (View(o) is { } view) return view.ToArray();
        var it = Ops.IterOrNull(o) ?? throw PyException.TypeError($"cannot convert '{o.Type.Name}' object to bytearray");
        var result = new List<byte>();
        for (var x = it.Next(); x is not null; x = it.Next())
        {
            if (result.Count >= MemoryBudget.Threshold && (result.Count & 0xffff) == 0) RuntimeContext.Current.CheckAllocation(result.Count * 2L);
            result.Add(ByteValue(x));
        }
        return [.. result];
    }

    /// <summary>bytearray([source[, encoding[, errors]]]) (bytearray___init___impl).</summary>
    public static PyObject New(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var p = ArgParse.Bind("bytearray", args, kwnames, ["source", "encoding", "errors"], 0);
        var source = p[0];
        if (source is null)
        {
            if (p[1] is not null || p[2] is not null) throw PyException.TypeError(p[1] is not null ? "encoding without a string argument" : "errors without a string argument");
            return new PyByteArray();
        }
        if (source is PyStr s)
        {
            if (p[1] is null) throw PyException.TypeError("string argument without an encoding");
            var encoding = ArgCheck.Str("bytearray", p[1]!, "argument 'encoding'").Value;
            var errors = p[2] is null ? "strict" : ArgCheck.Str("bytearray", p[2]!, "argument 'errors'").Value;
            return new PyByteArray(Codecs.Encode(s.Value, encoding, errors));
        }
        if (p[1] is not null) throw PyException.TypeError("encoding without a string argument");
        if (p[2] is not null) throw PyException.TypeError("errors without a string argument");
        if (source is PyInt n)
        {
            var size = ArgCheck.Index(n);
            if (size < 0) throw PyException.ValueError("negative count");
            if (size > Array.MaxLength) throw new ResourceLimitException(ResourceLimit.Memory);
            RuntimeContext.Current.CheckAllocation(size);
            var result = new PyByteArray();
            result.Grow(size);
            result.Data.AddRange(new byte[size]);
            return result;
        }
        return new PyByteArray(FromIterable(source));
    }
}

/// <summary>Iterates a bytearray by index, so it sees the changes made meanwhile (bytearrayiter_next).</summary>
public sealed class ByteArrayIterator(PyByteArray array) : PyIterator
{
    private int _index;
    public override PyType Type => PyTypes.ByteArrayIterator;
    public override PyObject? Next()
    {
        Context.Tick();
        return _index < array.Count ? PyInt.From(array.Data[_index++]) : null;
    }
}
