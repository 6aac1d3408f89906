namespace Engine.Runtime;

/// <summary>The methods of set and frozenset (self is args[0]); the ones that build a set follow
/// setobject.c through <see cref="SetAlgebra"/>, so results list their items in CPython's order.</summary>
public static class SetMethods
{
    public static void Register(PyType t)
    {
        var frozen = t == PyTypes.FrozenSet;
        t.AddMethod("union", (a, k) => { ArgCheck.NoKeywords("union", k); return SetAlgebra.Union(Self(a), a[1..]); });
        t.AddMethod("intersection", (a, k) => { ArgCheck.NoKeywords("intersection", k); return SetAlgebra.IntersectionMulti(Self(a), a[1..]); });
        t.AddMethod("difference", (a, k) => { ArgCheck.NoKeywords("difference", k); return SetAlgebra.DifferenceMulti(Self(a), a[1..]); });
        t.AddMethod("symmetric_difference", (a, k) =>
        {
            ArgCheck.Exactly("symmetric_difference", a, k, 2);
            return SetAlgebra.SymmetricDifference(Self(a), a[1]);
        });
        t.AddMethod("issubset", (a, k) => { ArgCheck.Exactly("issubset", a, k, 2); return PyBool.From(IsSubset(Self(a), a[1])); });
        t.AddMethod("issuperset", (a, k) => { ArgCheck.Exactly("issuperset", a, k, 2); return PyBool.From(IsSuperset(Self(a), a[1])); });
        t.AddMethod("isdisjoint", (a, k) => { ArgCheck.Exactly("isdisjoint", a, k, 2); return PyBool.From(IsDisjoint(Self(a), a[1])); });
        // frozenset.copy of a frozenset is the frozenset itself.
        t.AddMethod("copy", (a, k) => { ArgCheck.Exactly("copy", a, k, 1); return frozen ? Self(a) : SetAlgebra.Copy(Self(a)); });
        if (frozen) return;
        t.AddMethod("add", (a, k) => { ArgCheck.Exactly("add", a, k, 2); Self(a).Add(a[1]); return PyNone.Instance; });
        t.AddMethod("discard", (a, k) => { ArgCheck.Exactly("discard", a, k, 2); Self(a).Remove(a[1]); return PyNone.Instance; });
        t.AddMethod("remove", (a, k) =>
        {
            ArgCheck.Exactly("remove", a, k, 2);
            if (!Self(a).Remove(a[1])) throw PyException.KeyError(a[1]);
            return PyNone.Instance;
        });
        t.AddMethod("update", (a, k) =>
        {
            ArgCheck.NoKeywords("update", k);
            var self = Self(a);
            foreach (var other in a[1..]) self.Update(other);
            return PyNone.Instance;
        });
        t.AddMethod("intersection_update", (a, k) =>
        {
            ArgCheck.NoKeywords("intersection_update", k);
            SetAlgebra.IntersectionUpdate(Self(a), a[1..]);
            return PyNone.Instance;
        });
        t.AddMethod("difference_update", (a, k) =>
        {
            ArgCheck.NoKeywords("difference_update", k);
            var self = Self(a);
            foreach (var other in a[1..]) SetAlgebra.DifferenceUpdate(self, other);
            return PyNone.Instance;
        });
        t.AddMethod("symmetric_difference_update", (a, k) =>
        {
            ArgCheck.Exactly("symmetric_difference_update", a, k, 2);
            SetAlgebra.SymmetricDifferenceUpdate(Self(a), a[1]);
            return PyNone.Instance;
        });
        t.AddMethod("clear", (a, k) => { ArgCheck.Exactly("clear", a, k, 1); Self(a).Clear(); return PyNone.Instance; });
        t.AddMethod("pop", (a, k) => { ArgCheck.Exactly("pop", a, k, 1); return Self(a).Pop(); });
    }

    private static PySet Self(ReadOnlySpan<PyObject> a) => (PySet)a[0];

    /// <summary>set_issubset: an iterable is made a set first; no bigger than other, and each key in it.</summary>
    private static bool IsSubset(PySet so, PyObject other)
    {
        var set = other as PySet ?? PySet.From(other);
        if (so.Count > set.Count) return false;
        var pos = 0;
        while (so.Next(ref pos, out var key, out var hash))
            if (!set.Contains(key, hash)) return false;
        return true;
    }

    /// <summary>set_issuperset: a set is the subset question reversed; an iterable's items each in so.</summary>
    private static bool IsSuperset(PySet so, PyObject other)
    {
        if (other is PySet set) return IsSubset(set, so);
        var it = Ops.Iter(other);
        while (it.Next() is { } item)
            if (!so.Contains(item, item.Hash())) return false;
        return true;
    }

    /// <summary>set_isdisjoint: the smaller set's keys looked up in the larger, or an iterable's in so.</summary>
    private static bool IsDisjoint(PySet so, PyObject other)
    {
        if (ReferenceEquals(so, other)) return so.Count == 0;
        if (other is PySet set)
        {
            var (big, small) = set.Count > so.Count ? (set, so) : (so, set);
            var pos = 0;
            while (small.Next(ref pos, out var key, out var hash))
                if (big.Contains(key, hash)) return false;
            return true;
        }
        var it = Ops.Iter(other);
        while (it.Next() is { } item)
            if (so.Contains(item, item.Hash())) return false;
        return true;
    }
}
