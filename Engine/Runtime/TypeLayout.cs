namespace Engine.Runtime;

/// <summary>What typeobject.c decides when a class is made: its MRO (C3) and the base whose
/// instance layout it extends (best_base / solid_base).</summary>
public static class Layout
{
    /// <summary>mro_implementation: the class, then the C3 merge of its bases' MROs and the bases list.</summary>
    public static PyType[] C3(PyType type, PyType[] bases)
    {
        for (var i = 0; i < bases.Length; i++)
            for (var j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j]))
                    throw PyException.TypeError($"duplicate base class {bases[i].Name}");
        if (bases.Length == 1) return [type, .. bases[0].Mro];

        var toMerge = new List<PyType[]>(bases.Length + 1);
        foreach (var b in bases) toMerge.Add(b.Mro);
        toMerge.Add(bases);
        var remain = new int[toMerge.Count];
        var result = new List<PyType> { type };
        while (true)
        {
            var empty = true;
            PyType? chosen = null;
            for (var i = 0; i < toMerge.Count && chosen is null; i++)
            {
                if (remain[i] >= toMerge[i].Length) continue;
                empty = false;
                var candidate = toMerge[i][remain[i]];
                if (!InTail(toMerge, remain, candidate)) chosen = candidate;
            }
            if (empty) return [.. result];
            if (chosen is null) throw MroError(toMerge, remain);
            result.Add(chosen);
            for (var i = 0; i < toMerge.Count; i++)
                if (remain[i] < toMerge[i].Length && ReferenceEquals(toMerge[i][remain[i]], chosen)) remain[i]++;
        }
    }

    private static bool InTail(List<PyType[]> lists, int[] remain, PyType candidate)
    {
        for (var i = 0; i < lists.Count; i++)
            for (var j = remain[i] + 1; j < lists[i].Length; j++)
                if (ReferenceEquals(lists[i][j], candidate)) return true;
        return false;
    }

    /// <summary>set_mro_error: the heads still to merge, each named once, in order.</summary>
    private static PyException MroError(List<PyType[]> lists, int[] remain)
    {
        var heads = new List<PyType>();
        for (var i = 0; i < lists.Count; i++)
            if (remain[i] < lists[i].Length && !heads.Contains(lists[i][remain[i]])) heads.Add(lists[i][remain[i]]);
        return PyException.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " +
                                     string.Join(", ", heads.Select(h => h.Name)));
    }

    /// <summary>solid_base: the nearest class whose instances differ in layout from their base's.</summary>
    public static PyType Solid(PyType t)
    {
        while (t.IsUserDefined && t.Base is not null) t = t.Base;
        if (t.IsSubtypeOf(PyTypes.BaseException) && !t.IsSubtypeOf(PyTypes.StopIteration)) return PyTypes.BaseException;
        if (ReferenceEquals(t, PyTypes.Bool)) return PyTypes.Int;
        return t;
    }

    /// <summary>best_base: the base whose layout every other base's layout is an ancestor of.</summary>
    public static PyType SolidBase(PyType[] bases)
    {
        if (bases.Length == 0) return PyTypes.Object;
        PyType? winner = null, best = null;
        foreach (var b in bases)
        {
            var candidate = Solid(b);
            if (winner is null)
            {
                winner = candidate;
                best = b;
            }
            else if (winner.IsSubtypeOf(candidate)) { }
            else if (candidate.IsSubtypeOf(winner))
            {
                winner = candidate;
                best = b;
            }
            else throw PyException.TypeError("multiple bases have instance lay-out conflict");
        }
        return best!;
    }

    /// <summary>The builtin type whose instances a class's instances are (object, list, dict, an exception...).</summary>
    public static PyType BuiltinBase(PyType t)
    {
        foreach (var m in t.Mro)
            if (!m.IsUserDefined) return m;
        return PyTypes.Object;
    }
}
