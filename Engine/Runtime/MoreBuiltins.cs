using Engine.Runtime.Modules;

namespace Engine.Runtime;

/// <summary>
/// The rest of 3.11's builtins module: iter's two-argument form, __import__, and the sandbox's
/// answers for the names that would reach outside (open raises, help/exit/quit/copyright/credits/
/// license are harmless objects that print as CPython's do, breakpoint does nothing).
/// </summary>
public static class MoreBuiltins
{
    public static void Add(PyDict d)
    {
        void Function(string name, BuiltinImpl impl) => d.Set(name, new PyBuiltinFunction(name, impl));
        Function("iter", Iter);
        Function("open", (a, k) => throw PyException.Create(Find("OSError") ?? PyTypes.RuntimeError,
            "open() is not available: programs in this sandbox have no files (use io.StringIO for text in memory)"));
        Function("__import__", (a, k) =>
        {
            var p = ArgParse.Bind("__import__", a, k, ["name", "globals", "locals", "fromlist", "level"], 1);
            var name = ArgCheck.Str("__import__", p[0]!, "argument 1").Value;
            return Importer.ImportName(name, p[3] ?? PyNone.Instance, p[4] ?? PyInt.From(0));
        });
        Function("breakpoint", (a, k) => PyNone.Instance);
        Function("aiter", (a, k) =>
        {
            ArgCheck.Exactly("aiter", a, k, 1);
            var method = Ops.GetAttrOrNull(a[0], "__aiter__") ?? throw PyException.TypeError($"'{a[0].Type.Name}' object is not an async iterable");
            return Builtins.Call(method);
        });
        Function("anext", (a, k) =>
        {
            ArgCheck.Range("anext", a, k, 1, 2);
            var method = Ops.GetAttrOrNull(a[0], "__anext__") ?? throw PyException.TypeError($"'{a[0].Type.Name}' object is not an async iterator");
            return Builtins.Call(method);
        });
        d.Set("help", Helper("help", "Type help() for interactive help, or help(object) for help about object.", "help is not available in this sandbox"));
        d.Set("exit", Helper("exit", "Use exit() or Ctrl-D (i.e. EOF) to exit", null));
        d.Set("quit", Helper("quit", "Use quit() or Ctrl-D (i.e. EOF) to exit", null));
        d.Set("copyright", Helper("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.", ""));
        d.Set("credits", Helper("credits", "    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information.", ""));
        d.Set("license", Helper("license", "Type license() to see the full license text", ""));
    }

    private static PyType? Find(string name) => Array.Find(PyTypes.Exceptions, t => t.Name == name);

    /// <summary>The site module's helper objects: a repr that explains, a call that prints (or exits).</summary>
    private static PyObject Helper(string name, string repr, string? callText) =>
        new SiteHelper(name, repr, callText);

    /// <summary>iter(o), or iter(callable, sentinel): calls until the result equals the sentinel.</summary>
    private static PyObject Iter(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.Range("iter", a, k, 1, 2);
        if (a.Length == 1) return Ops.Iter(a[0]);
        var function = a[0];
        if (!Ops.IsCallable(function)) throw PyException.TypeError("iter(v, w): v must be callable");
        var sentinel = a[1];
        var done = false;
        return new NativeIterator(CallableIteratorType, () =>
        {
            if (done) return null;
            var value = Builtins.Call(function);
            if (Ops.Equal(value, sentinel))
            {
                done = true;
                return null;
            }
            return value;
        });
    }

    private static readonly PyType CallableIteratorType = new("callable_iterator", PyTypes.Object);
}

/// <summary>help, exit, quit, copyright, credits, license: site.py's _Printer/Quitter/_Helper objects.</summary>
public sealed class SiteHelper(string name, string repr, string? callText) : PyObject
{
    private static readonly Dictionary<string, PyType> Types = new()
    {
        ["help"] = new PyType("_Helper", PyTypes.Object) { Module = "_sitebuiltins", IsUserDefined = true },
        ["exit"] = new PyType("Quitter", PyTypes.Object) { Module = "_sitebuiltins", IsUserDefined = true },
        ["printer"] = new PyType("_Printer", PyTypes.Object) { Module = "_sitebuiltins", IsUserDefined = true },
    };

    static SiteHelper()
    {
        Types["quit"] = Types["exit"];
        foreach (var t in Types.Values) t.AddMethod("__call__", (a, k) => ((SiteHelper)a[0]).Call(a[1..]));
    }

    public override PyType Type => Types.GetValueOrDefault(name) ?? Types["printer"];
    public override void WriteRepr(ReprWriter w) => w.Append(repr);

    private PyObject Call(ReadOnlySpan<PyObject> args)
    {
        // exit()/quit() raise SystemExit as site's Quitter does; the others print their text.
        if (callText is null) throw new PyException(new PyBaseException(PyTypes.SystemExit, args.Length > 0 ? [args[0]] : []));
        RuntimeContext.Current.Stdout.Write((callText.Length > 0 ? callText : repr) + "\n");
        return PyNone.Instance;
    }
}
