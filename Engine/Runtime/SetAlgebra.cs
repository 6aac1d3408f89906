namespace Engine.Runtime;

/// <summary>
/// The set operations as Objects/setobject.c performs them, step for step, because the order in
/// which a result's table is filled (and which of two equal keys, 1 or 1.0, it keeps) is its
/// iteration order. A result has the type of its left operand, set or frozenset.
/// </summary>
public static class SetAlgebra
{
    /// <summary>set_copy: a new set of <paramref name="so"/>'s kind merged from it.</summary>
    public static PySet Copy(PySet so) => Copy(so, so.Frozen);

    private static PySet Copy(PySet so, bool frozen)
    {
        var result = new PySet(frozen);
        result.Update(so);
        return result;
    }

    /// <summary>set_union: a copy, then each other merged in (one identical to so is skipped).</summary>
    public static PySet Union(PySet so, ReadOnlySpan<PyObject> others)
    {
        var result = Copy(so);
        foreach (var other in others)
            if (!ReferenceEquals(other, so)) result.Update(other);
        return result;
    }

    /// <summary>set_or: both operands sets.</summary>
    public static PySet Or(PySet so, PySet other)
    {
        var result = Copy(so);
        if (!ReferenceEquals(other, so)) result.Update(other);
        return result;
    }

    /// <summary>set_intersection: iterates the smaller set (or the iterable) and keeps its keys
    /// that the other holds, in that iteration order.</summary>
    public static PySet Intersection(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return Copy(so);
        var result = new PySet(so.Frozen);
        if (other is PySet otherSet)
        {
            var (big, small) = otherSet.Count > so.Count ? (otherSet, so) : (so, otherSet);
            var pos = 0;
            while (small.Next(ref pos, out var key, out var hash))
                if (big.Contains(key, hash)) result.AddEntry(key, hash);
            return result;
        }
        var it = Ops.Iter(other);
        while (it.Next() is { } item)
        {
            var hash = item.Hash();
            if (so.Contains(item, hash)) result.AddEntry(item, hash);
        }
        return result;
    }

    /// <summary>set_intersection_multi: no others is a copy; else intersected in turn.</summary>
    public static PySet IntersectionMulti(PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(so);
        var result = so;
        foreach (var other in others) result = Intersection(result, other);
        return result;
    }

    /// <summary>set_intersection_update(_multi): the intersection's table becomes so's.</summary>
    public static void IntersectionUpdate(PySet so, ReadOnlySpan<PyObject> others)
    {
        var tmp = IntersectionMulti(so, others);
        if (!ReferenceEquals(tmp, so)) so.TakeBody(tmp);
    }

    /// <summary>set_difference: keys of so not in other, in so's order; when so is more than 4
    /// times other's size (or other is no set nor dict), a copy of so with other's keys removed.</summary>
    public static PySet Difference(PySet so, PyObject other)
    {
        int otherSize;
        if (other is PySet s) otherSize = s.Count;
        else if (other is PyDict d && d.Type == PyTypes.Dict) otherSize = d.Count;
        else return CopyAndDifference(so, other);
        if ((so.Count >> 2) > otherSize) return CopyAndDifference(so, other);

        var result = new PySet(so.Frozen);
        var pos = 0;
        while (so.Next(ref pos, out var key, out var hash))
        {
            var present = other is PySet os ? os.Contains(key, hash) : ((PyDict)other).ContainsKey(key);
            if (!present) result.AddEntry(key, hash);
        }
        return result;
    }

    private static PySet CopyAndDifference(PySet so, PyObject other)
    {
        var result = Copy(so);
        DifferenceUpdate(result, other);
        return result;
    }

    /// <summary>set_difference_multi.</summary>
    public static PySet DifferenceMulti(PySet so, ReadOnlySpan<PyObject> others)
    {
        if (others.Length == 0) return Copy(so);
        var result = Difference(so, others[0]);
        foreach (var other in others[1..]) DifferenceUpdate(result, other);
        return result;
    }

    /// <summary>set_difference_update_internal: other's keys discarded from so (a set more than 8
    /// times so's size is first intersected with it), then dummies resized away when they are
    /// more than a quarter of the table.</summary>
    public static void DifferenceUpdate(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PySet otherSet)
        {
            if ((otherSet.Count >> 3) > so.Count) otherSet = Intersection(so, otherSet);
            var pos = 0;
            while (otherSet.Next(ref pos, out var key, out var hash)) so.DiscardEntry(key, hash);
        }
        else
        {
            var it = Ops.Iter(other);
            while (it.Next() is { } item) so.Remove(item);
        }
        if (so.ManyDummies) so.Resize(so.Count > 50000 ? so.Count * 2L : so.Count * 4L);
    }

    /// <summary>set_symmetric_difference: a new set from other, updated symmetrically with so.</summary>
    public static PySet SymmetricDifference(PySet so, PyObject other)
    {
        var result = PySet.From(other, so.Frozen);
        SymmetricDifferenceUpdate(result, so);
        return result;
    }

    /// <summary>set_symmetric_difference_update: each key of other (a set built from it unless it
    /// is a set or dict) discarded from so when there, else added.</summary>
    public static void SymmetricDifferenceUpdate(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other))
        {
            so.Clear();
            return;
        }
        if (other is PyDict d && d.Type == PyTypes.Dict)
        {
            foreach (var key in d.Keys.ToList())
            {
                var hash = key.Hash();
                if (!so.DiscardEntry(key, hash)) so.AddEntry(key, hash);
            }
            return;
        }
        var otherSet = other as PySet ?? PySet.From(other, so.Frozen);
        var pos = 0;
        while (otherSet.Next(ref pos, out var k, out var h))
            if (!so.DiscardEntry(k, h)) so.AddEntry(k, h);
    }

    /// <summary>The binary operators |, &amp;, -, ^ on two sets.</summary>
    public static PySet? Binary(BinaryOp op, PySet a, PySet b) => op switch
    {
        BinaryOp.Or => Or(a, b),
        BinaryOp.And => Intersection(a, b),
        BinaryOp.Subtract => Difference(a, b),
        BinaryOp.Xor => SymmetricDifference(a, b),
        _ => null,
    };

    /// <summary>|=, &amp;=, -=, ^= on a set (not a frozenset, whose in-place forms are the plain ones).</summary>
    public static PySet? InPlace(BinaryOp op, PySet a, PySet b)
    {
        switch (op)
        {
            case BinaryOp.Or: a.Update(b); return a;
            case BinaryOp.And: IntersectionUpdate(a, [b]); return a;
            case BinaryOp.Subtract: DifferenceUpdate(a, b); return a;
            case BinaryOp.Xor: SymmetricDifferenceUpdate(a, b); return a;
            default: return null;
        }
    }
}
