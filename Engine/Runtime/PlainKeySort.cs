namespace Engine.Runtime;

/// <summary>
/// list.sort for keys whose comparisons no program can see: all exact ints, all exact floats
/// without a NaN, all exact strs, or all tuples of those whose items at each position are of one
/// type (as CPython's unsafe_long_compare, unsafe_float_compare, unsafe_latin_compare and
/// unsafe_tuple_compare pre-checks do). No __lt__ runs, nothing can raise or change the list, so
/// any stable sort gives CPython's order: here .NET's sort with ties broken by position.
/// </summary>
internal static class PlainKeySort
{
    /// <summary>Sorts <paramref name="order"/> (indices into <paramref name="keys"/>) stably by the
    /// keys; false, leaving it as it was, when the keys are not plain (Python's &lt; must decide).</summary>
    public static bool TrySort(PyObject[] keys, int[] order)
    {
        var n = order.Length;
        if (n < 2) return false;
        var first = keys[order[0]].GetType();
        if (first == typeof(PyInt)) return SortInts(keys, order);
        if (first == typeof(PyFloat)) return SortFloats(keys, order);
        if (first == typeof(PyStr)) return SortGeneral(keys, order, typeof(PyStr));
        if (first == typeof(PyTuple)) return PlainTuples(keys) && SortGeneral(keys, order, typeof(PyTuple));
        return false;
    }

    /// <summary>A key's value beside its position in the order being sorted (the tie-break).</summary>
    private interface IPositioned
    {
        int Position { get; }
    }

    private readonly record struct IntEntry(long Value, int Position) : IComparable<IntEntry>, IPositioned
    {
        public int CompareTo(IntEntry other) =>
            Value < other.Value ? -1 : Value > other.Value ? 1 : Position.CompareTo(other.Position);
    }

    private readonly record struct FloatEntry(double Value, int Position) : IComparable<FloatEntry>, IPositioned
    {
        public int CompareTo(FloatEntry other) =>
            Value < other.Value ? -1 : Value > other.Value ? 1 : Position.CompareTo(other.Position);
    }

    private static bool SortInts(PyObject[] keys, int[] order)
    {
        foreach (var key in keys)
            if (key.GetType() != typeof(PyInt)) return false;
            else if (((PyInt)key).IsBig) return SortGeneral(keys, order, typeof(PyInt));
        var entries = new IntEntry[order.Length];
        for (var i = 0; i < entries.Length; i++) entries[i] = new(((PyInt)keys[order[i]]).Value, i);
        SortInto(entries, order);
        return true;
    }

    private static bool SortFloats(PyObject[] keys, int[] order)
    {
        foreach (var key in keys)
            if (key.GetType() != typeof(PyFloat) || double.IsNaN(((PyFloat)key).Value)) return false;
        var entries = new FloatEntry[order.Length];
        for (var i = 0; i < entries.Length; i++) entries[i] = new(((PyFloat)keys[order[i]]).Value, i);
        SortInto(entries, order);
        return true;
    }

    /// <summary>Sorts the entries (a struct's own comparison: no delegate, no interface call per
    /// comparison) and rewrites <paramref name="order"/> in their order.</summary>
    private static void SortInto<T>(T[] entries, int[] order) where T : struct, IComparable<T>, IPositioned
    {
        Array.Sort(entries);
        var positions = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++) positions[i] = entries[i].Position;
        Reorder(order, positions);
    }

    /// <summary>Rewrites <paramref name="order"/> so that its i-th index is the one at position
    /// <paramref name="positions"/>[i] before the sort.</summary>
    private static void Reorder(int[] order, int[] positions)
    {
        var sorted = new int[order.Length];
        for (var i = 0; i < positions.Length; i++) sorted[i] = order[positions[i]];
        sorted.CopyTo(order, 0);
    }

    /// <summary>Strs, or tuples already checked by <see cref="PlainTuples"/>.</summary>
    private static bool SortGeneral(PyObject[] keys, int[] order, Type type)
    {
        foreach (var key in keys)
            if (key.GetType() != type) return false;
        var positions = new int[order.Length];
        for (var i = 0; i < positions.Length; i++) positions[i] = i;
        Array.Sort(positions, new PositionComparer(keys, order));
        Reorder(order, positions);
        return true;
    }

    private sealed class PositionComparer(PyObject[] keys, int[] order) : IComparer<int>
    {
        public int Compare(int x, int y)
        {
            var c = ComparePlain(keys[order[x]], keys[order[y]]);
            return c != 0 ? c : x.CompareTo(y);
        }
    }

    /// <summary>Every key an exact tuple whose items are exact ints, floats (not NaN) or strs, the
    /// items at one position all of one type: so two tuples compare without an error.</summary>
    private static bool PlainTuples(PyObject[] keys)
    {
        var types = new List<Type>();
        foreach (var key in keys)
        {
            if (key.GetType() != typeof(PyTuple)) return false;
            var items = ((PyTuple)key).Items;
            for (var j = 0; j < items.Length; j++)
            {
                var type = items[j].GetType();
                if (type != typeof(PyInt) && type != typeof(PyStr) && (type != typeof(PyFloat) || double.IsNaN(((PyFloat)items[j]).Value)))
                    return false;
                if (j == types.Count) types.Add(type);
                else if (types[j] != type) return false;
            }
        }
        return true;
    }

    /// <summary>The order of two plain keys of one type, as Python's == and &lt; decide it.</summary>
    private static int ComparePlain(PyObject a, PyObject b)
    {
        switch (a)
        {
            case PyInt x:
            {
                var y = (PyInt)b;
                return !x.IsBig && !y.IsBig ? x.Value.CompareTo(y.Value) : x.AsBig.CompareTo(y.AsBig);
            }
            case PyFloat x:
            {
                double u = x.Value, v = ((PyFloat)b).Value;
                return u < v ? -1 : u > v ? 1 : 0;
            }
            case PyStr x:
                return ReferenceEquals(a, b) ? 0 : Math.Sign(PyStr.Compare(x.Value, ((PyStr)b).Value));
            default:
            {
                // Tuples: the first items that differ decide, else the shorter comes first.
                var p = ((PyTuple)a).Items;
                var q = ((PyTuple)b).Items;
                var n = Math.Min(p.Length, q.Length);
                for (var i = 0; i < n; i++)
                {
                    var c = ComparePlain(p[i], q[i]);
                    if (c != 0) return c;
                }
                return p.Length.CompareTo(q.Length);
            }
        }
    }
}
