namespace Engine.Runtime;

/// <summary>The methods of dict (self is args[0]).</summary>
public static class DictMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("get", (a, k) =>
        {
            Check("get", a, k, 1, 2);
            return Self(a).Get(a[1]) ?? (a.Length > 2 ? a[2] : PyNone.Instance);
        });
        // The item dunders a dict subclass reaches by dict.__setitem__(self, ...) or super().
        // dict_subscript: a missing key goes to a subclass's __missing__, whichever way __getitem__ was reached.
        t.AddMethod("__getitem__", (a, k) =>
        {
            ArgCheck.Exactly("__getitem__", a, k, 2);
            var d = Self(a);
            if (d.Get(a[1]) is { } v) return v;
            if (d.Type.IsUserDefined && d.Type.Lookup("__missing__") is { } missing)
                return Builtins.Call(Descriptors.Get(missing, d, d.Type), a[1]);
            throw PyException.KeyError(a[1]);
        });
        t.AddMethod("__setitem__", (a, k) => { ArgCheck.Exactly("__setitem__", a, k, 3); Self(a).Set(a[1], a[2]); return PyNone.Instance; });
        t.AddMethod("__delitem__", (a, k) =>
        {
            ArgCheck.Exactly("__delitem__", a, k, 2);
            if (!Self(a).Remove(a[1])) throw PyException.KeyError(a[1]);
            return PyNone.Instance;
        });
        t.AddMethod("__contains__", (a, k) => { ArgCheck.Exactly("__contains__", a, k, 2); return PyBool.From(Self(a).Get(a[1]) is not null); });
        t.AddMethod("keys", (a, k) => { Check("keys", a, k, 0, 0); return new PyDictView(Self(a), DictIterator.Kind.Keys); });
        t.AddMethod("values", (a, k) => { Check("values", a, k, 0, 0); return new PyDictView(Self(a), DictIterator.Kind.Values); });
        t.AddMethod("items", (a, k) => { Check("items", a, k, 0, 0); return new PyDictView(Self(a), DictIterator.Kind.Items); });
        t.AddMethod("pop", (a, k) =>
        {
            Check("pop", a, k, 1, 2);
            return Self(a).Pop(a[1]) ?? (a.Length > 2 ? a[2] : throw PyException.KeyError(a[1]));
        });
        t.AddMethod("setdefault", (a, k) =>
        {
            Check("setdefault", a, k, 1, 2);
            return Self(a).SetDefault(a[1], a.Length > 2 ? a[2] : PyNone.Instance);
        });
        t.Dict["fromkeys"] = new PyClassMethod(new PyBuiltinFunction("fromkeys", (a, k) =>
        {
            ArgCheck.NoKeywords("fromkeys", k);
            if (a.Length is < 2 or > 3) throw PyException.TypeError(a.Length < 2 ? $"fromkeys expected at least 1 argument, got {a.Length - 1}" : $"fromkeys expected at most 2 arguments, got {a.Length - 1}");
            var value = a.Length > 2 ? a[2] : PyNone.Instance;
            var d = ReferenceEquals(a[0], PyTypes.Dict) ? new PyDict() : Builtins.Call(a[0]);
            var it = Ops.Iter(a[1]);
            for (var key = it.Next(); key is not null; key = it.Next())
            {
                if (d is PyDict plain && !plain.Type.IsUserDefined) plain.Set(key, value);
                else Ops.SetItem(d, key, value);
            }
            return d;
        }, t));
        t.AddMethod("update", (a, k) =>
        {
            var (positional, kw) = ArgCheck.Split(a, k);
            if (positional.Length > 2) throw PyException.TypeError($"update expected at most 1 argument, got {positional.Length - 1}");
            if (positional.Length == 2) Update((PyDict)positional[0], positional[1]);
            foreach (var (key, value) in kw) ((PyDict)positional[0]).Set(key, value);
            return PyNone.Instance;
        });
        t.AddMethod("copy", (a, k) =>
        {
            Check("copy", a, k, 0, 0);
            var copy = new PyDict();
            foreach (var (key, value) in Self(a).Items) copy.Set(key, value);
            return copy;
        });
        t.AddMethod("clear", (a, k) => { Check("clear", a, k, 0, 0); Self(a).Clear(); return PyNone.Instance; });
        t.AddMethod("popitem", (a, k) =>
        {
            Check("popitem", a, k, 0, 0);
            var d = Self(a);
            if (d.Count == 0) throw PyException.KeyError(PyStr.From("popitem(): dictionary is empty"));
            var last = d.Items.Last();
            d.Remove(last.Key);
            return new PyTuple([last.Key, last.Value]);
        });
    }

    private static PyDict Self(ReadOnlySpan<PyObject> a) => (PyDict)a[0];

    private static void Check(string name, ReadOnlySpan<PyObject> a, string[]? k, int min, int max)
    {
        ArgCheck.NoKeywords(name, k);
        var n = a.Length - 1;
        if (n >= min && n <= max) return;
        if (max == 0) throw PyException.TypeError($"dict.{name}() takes no arguments ({n} given)");
        throw PyException.TypeError(n < min ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}" : $"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>dict.update(other): a dict, or an iterable of key/value pairs.</summary>
    public static void Update(PyDict d, PyObject other)
    {
        if (other is PyDict o)
        {
            foreach (var (key, value) in o.Items.ToList()) d.Set(key, value);
            return;
        }
        // PyDict_Merge: any object with a keys() method is a mapping, read as other[key].
        if (Ops.GetAttrOrNull(other, "keys") is { } keys)
        {
            // The keys are listed first, by iterating what keys() returns (PyMapping_Keys), then read.
            var keyList = new List<PyObject>();
            var keyIterator = Ops.Iter(Builtins.Call(keys));
            for (var key = keyIterator.Next(); key is not null; key = keyIterator.Next()) keyList.Add(key);
            foreach (var key in keyList) d.Set(key, Ops.GetItem(other, key));
            return;
        }
        var it = Ops.Iter(other);
        var index = 0;
        for (var item = it.Next(); item is not null; item = it.Next(), index++)
        {
            var pair = Ops.ToList(item);
            if (pair.Count != 2)
                throw PyException.ValueError($"dictionary update sequence element #{index} has length {pair.Count}; 2 is required");
            d.Set(pair[0], pair[1]);
        }
    }
}
