namespace Engine.Runtime;

/// <summary>The methods of list (self is args[0]).</summary>
public static class ListMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("append", (a, k) => { Check("append", a, k, 1); Self(a).Append(a[1]); return PyNone.Instance; });
        t.AddMethod("extend", (a, k) => { Check("extend", a, k, 1); Self(a).Extend(Ops.ToList(a[1])); return PyNone.Instance; });
        t.AddMethod("insert", (a, k) =>
        {
            if (a.Length != 3) throw PyException.TypeError($"insert expected 2 arguments, got {a.Length - 1}");
            var list = Self(a);
            var i = ArgCheck.Index(a[1]);
            if (i < 0) i = Math.Max(0, i + list.Count);
            list.Grow(list.Count + 1L);
            list.Items.Insert((int)Math.Min(i, list.Count), a[2]);
            return PyNone.Instance;
        });
        t.AddMethod("pop", (a, k) =>
        {
            ArgCheck.NoKeywords("pop", k);
            if (a.Length > 2) throw PyException.TypeError($"pop expected at most 1 argument, got {a.Length - 1}");
            var list = Self(a);
            if (list.Count == 0) throw PyException.IndexError("pop from empty list");
            var i = a.Length > 1 ? ArgCheck.Index(a[1]) : -1;
            var idx = Sequence.Index(i, list.Count);
            if (idx < 0) throw PyException.IndexError("pop index out of range");
            var item = list.Items[(int)idx];
            list.Items.RemoveAt((int)idx);
            return item;
        });
        t.AddMethod("remove", (a, k) =>
        {
            Check("remove", a, k, 1);
            var list = Self(a);
            for (var i = 0; i < list.Count; i++)
                if (ReferenceEquals(list.Items[i], a[1]) || Ops.Equal(list.Items[i], a[1]))
                {
                    list.Items.RemoveAt(i);
                    return PyNone.Instance;
                }
            throw PyException.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (a, k) =>
        {
            ArgCheck.NoKeywords("index", k);
            if (a.Length < 2) throw PyException.TypeError("index expected at least 1 argument, got 0");
            var list = Self(a);
            long start = a.Length > 2 ? ArgCheck.Index(a[2]) : 0, stop = a.Length > 3 ? ArgCheck.Index(a[3]) : list.Count;
            if (start < 0) start = Math.Max(0, start + list.Count);
            if (stop < 0) stop = Math.Max(0, stop + list.Count);
            for (var i = start; i < Math.Min(stop, list.Count); i++)
                if (ReferenceEquals(list.Items[(int)i], a[1]) || Ops.Equal(list.Items[(int)i], a[1])) return PyInt.From(i);
            throw PyException.ValueError($"{a[1].Repr()} is not in list");
        });
        t.AddMethod("count", (a, k) =>
        {
            Check("count", a, k, 1);
            var item = a[1];
            return PyInt.From(Self(a).Items.Count(x => ReferenceEquals(x, item) || Ops.Equal(x, item)));
        });
        t.AddMethod("reverse", (a, k) => { Check("reverse", a, k, 0); Self(a).Items.Reverse(); return PyNone.Instance; });
        t.AddMethod("clear", (a, k) => { Check("clear", a, k, 0); Self(a).Items.Clear(); return PyNone.Instance; });
        t.AddMethod("copy", (a, k) => { Check("copy", a, k, 0); return new PyList([.. Self(a).Items]); });
        t.AddMethod("sort", (a, k) =>
        {
            var (positional, kw) = ArgCheck.Split(a, k);
            if (positional.Length > 1) throw PyException.TypeError("sort() takes no positional arguments");
            ArgCheck.OnlyKeywords("sort", kw, "key", "reverse");
            Sort((PyList)positional[0], kw.GetValueOrDefault("key"), kw.GetValueOrDefault("reverse"));
            return PyNone.Instance;
        });
    }

    private static PyList Self(ReadOnlySpan<PyObject> a) => (PyList)a[0];

    private static void Check(string name, ReadOnlySpan<PyObject> a, string[]? k, int n)
    {
        ArgCheck.NoKeywords(name, k);
        if (a.Length - 1 == n) return;
        if (n == 0) throw PyException.TypeError($"list.{name}() takes no arguments ({a.Length - 1} given)");
        throw PyException.TypeError($"list.{name}() takes exactly one argument ({a.Length - 1} given)");
    }

    /// <summary>list.sort: stable, using only Python's &lt; as CPython's timsort does (keys whose
    /// comparisons are not the program's are sorted by <see cref="PlainKeySort"/>); reverse=True
    /// reverses, sorts and reverses back so equal items keep their order.</summary>
    public static void Sort(PyList list, PyObject? key, PyObject? reverse)
    {
        if (key is PyNone) key = null;
        var descending = reverse is not null && reverse.IsTrue();
        var items = list.Items.ToArray();
        var keys = key is null ? items : items.Select(x => Builtins.Call(key, x)).ToArray();
        var order = Enumerable.Range(0, items.Length).ToArray();
        if (descending) Array.Reverse(order);
        // Plain keys (ints, floats, strs, tuples of them) sort without a Python comparison.
        if (!PlainKeySort.TrySort(keys, order))
        {
            Func<int, int, bool> less = (x, y) => Ops.Compare(keys[x], keys[y], CompareOp.Lt);
            if (order.Length < TimSort.MinMerge) TimSort.SortShort(order, less);
            else order = MergeSort(order, less);
        }
        if (descending) Array.Reverse(order);
        list.Items.Clear();
        list.Items.AddRange(order.Select(i => items[i]));
    }

    private static int[] MergeSort(int[] a, Func<int, int, bool> less)
    {
        var tmp = new int[a.Length];
        for (var width = 1; width < a.Length; width *= 2)
        {
            for (var lo = 0; lo < a.Length; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, a.Length), hi = Math.Min(lo + 2 * width, a.Length);
                int i = lo, j = mid, n = lo;
                while (i < mid && j < hi) tmp[n++] = less(a[j], a[i]) ? a[j++] : a[i++];
                while (i < mid) tmp[n++] = a[i++];
                while (j < hi) tmp[n++] = a[j++];
            }
            (a, tmp) = (tmp, a);
        }
        return a;
    }
}
