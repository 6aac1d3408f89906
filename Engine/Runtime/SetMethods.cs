namespace Engine.Runtime;

/// <summary>The non-mutating methods of set and frozenset, and set's mutating ones (self is args[0]).</summary>
public static class SetMethods
{
    public static void Register(PyType t)
    {
        var frozen = t == PyTypes.FrozenSet;
        PySet Make(IEnumerable<PyObject> items) => new(items, frozen);
        t.AddMethod("union", (a, k) => Make(Self(a).Items.Concat(Others(a).SelectMany(o => o))));
        t.AddMethod("intersection", (a, k) =>
        {
            var others = Others(a).Select(o => new PySet(o)).ToList();
            return Make(Self(a).Items.Where(x => others.All(o => o.Contains(x))));
        });
        t.AddMethod("difference", (a, k) =>
        {
            var others = Others(a).Select(o => new PySet(o)).ToList();
            return Make(Self(a).Items.Where(x => !others.Any(o => o.Contains(x))));
        });
        t.AddMethod("symmetric_difference", (a, k) =>
        {
            ArgCheck.Exactly("symmetric_difference", a, k, 2);
            var self = Self(a);
            var other = new PySet(Ops.ToList(a[1]));
            return Make(self.Items.Where(x => !other.Contains(x)).Concat(other.Items.Where(x => !self.Contains(x))));
        });
        t.AddMethod("issubset", (a, k) => { ArgCheck.Exactly("issubset", a, k, 2); var o = new PySet(Ops.ToList(a[1])); return PyBool.From(Self(a).Items.All(o.Contains)); });
        t.AddMethod("issuperset", (a, k) => { ArgCheck.Exactly("issuperset", a, k, 2); var s = Self(a); return PyBool.From(Ops.ToList(a[1]).All(s.Contains)); });
        t.AddMethod("isdisjoint", (a, k) => { ArgCheck.Exactly("isdisjoint", a, k, 2); var s = Self(a); return PyBool.From(!Ops.ToList(a[1]).Any(s.Contains)); });
        t.AddMethod("copy", (a, k) => { ArgCheck.Exactly("copy", a, k, 1); return Make(Self(a).Items); });
        if (frozen) return;
        t.AddMethod("update", (a, k) =>
        {
            var self = Self(a);
            foreach (var item in Others(a).SelectMany(o => o).ToList()) self.Add(item);
            return PyNone.Instance;
        });
        t.AddMethod("clear", (a, k) => { ArgCheck.Exactly("clear", a, k, 1); Self(a).Clear(); return PyNone.Instance; });
        t.AddMethod("pop", (a, k) =>
        {
            ArgCheck.Exactly("pop", a, k, 1);
            var self = Self(a);
            var first = self.Items.FirstOrDefault() ?? throw PyException.KeyError(PyStr.From("pop from an empty set"));
            self.Remove(first);
            return first;
        });
    }

    private static PySet Self(ReadOnlySpan<PyObject> a) => (PySet)a[0];

    private static List<List<PyObject>> Others(ReadOnlySpan<PyObject> a)
    {
        var others = new List<List<PyObject>>();
        foreach (var o in a[1..]) others.Add(Ops.ToList(o));
        return others;
    }
}
