namespace Engine.Runtime.Modules.Re;

/// <summary>The methods and attributes of re.Match.</summary>
internal static class MatchMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("group", (a, k) =>
        {
            ArgCheck.NoKeywords("group", k);
            var m = Self(a, "group");
            if (a.Length == 1) return m.Group(0);
            if (a.Length == 2) return m.Group(m.GroupNumber(a[1]));
            var items = new PyObject[a.Length - 1];
            for (var i = 1; i < a.Length; i++) items[i - 1] = m.Group(m.GroupNumber(a[i]));
            return new PyTuple(items);
        });
        t.AddMethod("__getitem__", (a, k) =>
        {
            var m = Self(a, "__getitem__");
            return m.Group(m.GroupNumber(a[1]));
        });
        Method(t, "groups", ["default"], 0, (m, p) =>
        {
            var items = new PyObject[m.Pattern.Groups];
            for (var i = 0; i < items.Length; i++) items[i] = m.Group(i + 1, p[0]);
            return new PyTuple(items);
        });
        Method(t, "groupdict", ["default"], 0, (m, p) =>
        {
            var d = new PyDict();
            foreach (var (name, index) in m.Pattern.GroupIndex.OrderBy(kv => kv.Value)) d.Set(name, m.Group(index, p[0]));
            return d;
        });
        Method(t, "start", ["group"], 0, (m, p) => PyInt.From(m.Starts[p[0] is null ? 0 : m.GroupNumber(p[0]!)]));
        Method(t, "end", ["group"], 0, (m, p) => PyInt.From(m.Ends[p[0] is null ? 0 : m.GroupNumber(p[0]!)]));
        Method(t, "span", ["group"], 0, (m, p) =>
        {
            var g = p[0] is null ? 0 : m.GroupNumber(p[0]!);
            return new PyTuple([PyInt.From(m.Starts[g]), PyInt.From(m.Ends[g])]);
        });
        Method(t, "expand", ["template"], 1, (m, p) =>
        {
            var template = p[0]!;
            var text = template switch
            {
                PyStr s => s.Value,
                PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
                _ => throw PyException.TypeError($"expected str instance, {template.Type.Name} found"),
            };
            return ReSubject.Wrap(ReTemplate.Parse(m.Pattern, template, text).Expand(m), m.Subject.IsBytes);
        });
        Property(t, "string", m => m.Subject.Original);
        Property(t, "re", m => m.Pattern);
        Property(t, "pos", m => PyInt.From(m.Pos));
        Property(t, "endpos", m => PyInt.From(m.EndPos));
        Property(t, "lastindex", m => m.LastIndex < 0 ? PyNone.Instance : PyInt.From(m.LastIndex));
        Property(t, "lastgroup", m =>
        {
            if (m.LastIndex < 0) return PyNone.Instance;
            foreach (var (name, index) in m.Pattern.GroupIndex)
                if (index == m.LastIndex) return PyStr.From(name);
            return PyNone.Instance;
        });
        Property(t, "regs", m =>
        {
            var items = new PyObject[m.Starts.Length];
            for (var i = 0; i < items.Length; i++) items[i] = new PyTuple([PyInt.From(m.Starts[i]), PyInt.From(m.Ends[i])]);
            return new PyTuple(items);
        });
        t.AddMethod("__copy__", (a, k) => a[0]);
        t.AddMethod("__deepcopy__", (a, k) => a[0]);
    }

    private static PyReMatch Self(ReadOnlySpan<PyObject> a, string name) =>
        a.Length >= 1 && a[0] is PyReMatch m ? m
            : throw PyException.TypeError($"descriptor '{name}' for 're.Match' objects doesn't apply to a '{(a.Length < 1 ? "NoneType" : a[0].Type.Name)}' object");

    private static void Method(PyType t, string name, string[] parameters, int required, Func<PyReMatch, PyObject?[], PyObject> body) =>
        t.AddMethod(name, (args, kwnames) => body(Self(args, name), ReArgs.Parse(name, args, kwnames, parameters, required)));

    private static void Property(PyType t, string name, Func<PyReMatch, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, k) => get((PyReMatch)a[0])), null, null, null);
}
