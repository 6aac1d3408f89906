namespace Engine.Runtime;

/// <summary>Python's range over machine-sized ints (range arguments beyond 64 bits raise OverflowError here).</summary>
public sealed class PyRange(long start, long stop, long step) : PyObject
{
    public readonly long Start = start, Stop = stop, Step = step;

    public override PyType Type => PyTypes.Range;

    public long Length
    {
        get
        {
            if (Step > 0 && Start < Stop) return (long)(((UInt128)(Stop - (Int128)Start) - 1) / (ulong)Step + 1);
            if (Step < 0 && Start > Stop) return (long)(((UInt128)(Start - (Int128)Stop) - 1) / (ulong)(-(Int128)Step) + 1);
            return 0;
        }
    }

    public long ItemAt(long index) => Start + index * Step;

    public override bool IsTrue() => Length != 0;

    public override void WriteRepr(ReprWriter w)
    {
        w.Append("range(").Append(Start.ToString()).Append(", ").Append(Stop.ToString());
        if (Step != 1) w.Append(", ").Append(Step.ToString());
        w.Append(')');
    }

    public override bool? EqualsObject(PyObject other)
    {
        if (other is not PyRange r) return null;
        var n = Length;
        if (n != r.Length) return false;
        if (n == 0) return true;
        if (Start != r.Start) return false;
        return n == 1 || Step == r.Step;
    }

    public override long Hash() => new PyTuple([PyInt.From(Length), PyInt.From(Start), PyInt.From(Step)]).Hash();
}

/// <summary>A slice object (start:stop:step), from BUILD_SLICE.</summary>
public sealed class PySlice(PyObject start, PyObject stop, PyObject step) : PyObject
{
    public readonly PyObject Start = start, Stop = stop, Step = step;

    public override PyType Type => PyTypes.Slice;

    public override void WriteRepr(ReprWriter w)
    {
        w.Append("slice(");
        Start.WriteRepr(w);
        w.Append(", ");
        Stop.WriteRepr(w);
        w.Append(", ");
        Step.WriteRepr(w);
        w.Append(')');
    }

    /// <summary>PySlice_GetIndicesEx: the start, stop, step and item count for a sequence of <paramref name="length"/>.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = 1;
        if (Step is not PyNone)
        {
            step = SliceIndex(Step);
            if (step == 0) throw PyException.ValueError("slice step cannot be zero");
        }
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(SliceIndex(Start), length, lower, upper);
        long stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(SliceIndex(Stop), length, lower, upper);
        long count = step < 0
            ? (stop < start ? (start - stop - 1) / -step + 1 : 0)
            : (start < stop ? (stop - start - 1) / step + 1 : 0);
        return (start, stop, step, count);
    }

    private static long Clamp(long i, long length, long lower, long upper)
    {
        if (i < 0)
        {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    private static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2) : i.Value;
        throw PyException.TypeError("slice indices must be integers or None or have an __index__ method");
    }
}
