namespace Engine.Runtime.Modules;

/// <summary>
/// The harmless part of sys: version facts (those of the oracle's CPython 3.11.7), the
/// recursion limit (capped by the run's own), stdout/stdin bound to the run's streams, exit.
/// Nothing here reaches the host: no path, no environment, no real argv.
/// </summary>
public static class SysModule
{
    private static readonly StructSeqType VersionInfo = new("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"]);
    private static readonly StructSeqType HashInfo = new("sys", "hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);
    private static readonly StructSeqType FloatInfo = new("sys", "float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);
    private static readonly StructSeqType IntInfo = new("sys", "int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);

    private const string Prefix = "/root/.pyenv/versions/3.11.7";

    private static readonly string[] BuiltinModuleNames =
    [
        "_abc", "_ast", "_codecs", "_collections", "_functools", "_imp", "_io", "_locale", "_operator", "_signal", "_sre",
        "_stat", "_string", "_symtable", "_thread", "_tokenize", "_tracemalloc", "_warnings", "_weakref", "atexit",
        "builtins", "errno", "faulthandler", "gc", "itertools", "marshal", "posix", "pwd", "sys", "time", "xxsubtype",
    ];

    /// <summary>sys.modules: the modules this run has imported so far (kept up to date by the
    /// Importer); a program that edits it changes only this dict, never the import cache.</summary>
    private static PyDict RunModules()
    {
        var d = new PyDict();
        foreach (var (name, module) in RuntimeContext.Current.Modules) d.Set(PyStr.From(name), module);
        return d;
    }

    /// <summary>Records a module the run has just imported in sys.modules, when sys is imported.</summary>
    public static void Imported(string name, PyModule module)
    {
        var modules = RuntimeContext.Current.Modules;
        if (modules.TryGetValue("sys", out var sys) && sys.Get("modules") is PyDict d) d.Set(PyStr.From(name), module);
    }

    public static PyModule Create()
    {
        var m = new ModuleBuilder("sys", null);
        m.Value("maxsize", long.MaxValue)
         .Value("maxunicode", 0x10FFFF)
         .Value("byteorder", "little")
         .Value("platform", "linux")
         .Value("version", "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]")
         .Value("version_info", VersionInfo.Create(PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)))
         .Value("hash_info", HashInfo.Create(PyInt.From(64), PyInt.From((1L << 61) - 1), PyInt.From(314159), PyInt.From(0), PyInt.From(1000003),
             PyStr.From("siphash13"), PyInt.From(64), PyInt.From(128), PyInt.From(0)))
         .Value("float_info", FloatInfo.Create(new PyFloat(double.MaxValue), PyInt.From(1024), PyInt.From(308), new PyFloat(2.2250738585072014e-308),
             PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53), new PyFloat(2.220446049250313e-16), PyInt.From(2), PyInt.From(1)))
         .Value("int_info", IntInfo.Create(PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)))
         .Value("float_repr_style", "short")
         .Value("hexversion", 0x030B07F0)
         .Value("api_version", 1013)
         .Value("implementation_name", "cpython")
         .Value("argv", new PyList(new List<PyObject> { PyStr.From("") }))
         .Value("orig_argv", new PyList(new List<PyObject> { PyStr.From("python3") }))
         .Value("path", new PyList(new List<PyObject> { PyStr.From(""), PyStr.From(Prefix + "/lib/python311.zip"),
             PyStr.From(Prefix + "/lib/python3.11"), PyStr.From(Prefix + "/lib/python3.11/lib-dynload"), PyStr.From(Prefix + "/lib/python3.11/site-packages") }))
         .Value("prefix", Prefix)
         .Value("exec_prefix", Prefix)
         .Value("executable", Prefix + "/bin/python3")
         .Value("platlibdir", "lib")
         .Value("copyright", "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.")
         .Value("builtin_module_names", PyTuple.Create(BuiltinModuleNames.Select(n => (PyObject)PyStr.From(n)).ToArray()))
         .Value("stdout", SysStreams.NewStdout())
         .Value("stderr", SysStreams.NewStderr())
         .Value("stdin", SysStreams.NewStdin())
         .Value("__stdout__", SysStreams.NewConsoleStdout())
         .Function("getrecursionlimit", (a, k) =>
         {
             ArgCheck.Exactly("getrecursionlimit", a, k, 0);
             var c = RuntimeContext.Current;
             return PyInt.From(c.ProgramRecursionLimit ?? c.RecursionLimit);
         })
         .Function("setrecursionlimit", (a, k) =>
         {
             ArgCheck.Exactly("setrecursionlimit", a, k, 1);
             if (a[0] is PyFloat) throw PyException.TypeError("'float' object cannot be interpreted as an integer");
             var limit = ArgCheck.Index(a[0]);
             if (limit > int.MaxValue) throw PyException.OverflowError("Python int too large to convert to C int");
             if (limit < 1) throw PyException.ValueError("recursion limit must be greater or equal than 1");
             var c = RuntimeContext.Current;
             c.SetRecursionLimit?.Invoke((int)limit);
             c.ProgramRecursionLimit = (int)limit;
             return PyNone.Instance;
         })
         .Function("exception", (a, k) =>
         {
             ArgCheck.Exactly("exception", a, k, 0);
             return (PyObject?)RuntimeContext.Current.HandledException?.Invoke() ?? PyNone.Instance;
         })
         .Function("exc_info", (a, k) =>
         {
             ArgCheck.Exactly("exc_info", a, k, 0);
             if (RuntimeContext.Current.HandledException?.Invoke() is not { } e) return PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance]);
             return PyTuple.Create([e.Type, e, e.Traceback is { } tb ? new PyTraceback(tb) : PyNone.Instance]);
         })
         .Function("exit", (a, k) =>
         {
             ArgCheck.Range("exit", a, k, 0, 1);
             throw new PyException(new PyBaseException(PyTypes.SystemExit, a.ToArray()));
         })
         .Function("getdefaultencoding", (a, k) => { ArgCheck.Exactly("getdefaultencoding", a, k, 0); return PyStr.From("utf-8"); })
         .Function("getfilesystemencoding", (a, k) => { ArgCheck.Exactly("getfilesystemencoding", a, k, 0); return PyStr.From("utf-8"); })
         .Function("getsizeof", (a, k) =>
         {
             ArgCheck.Range("getsizeof", a, k, 1, 2);
             return SizeOf.Of(a[0]) is { } size ? PyInt.From(size)
                 : a.Length > 1 ? a[1] : throw PyException.TypeError($"Type {a[0].Type.Name} doesn't define __sizeof__");
         })
         .Function("exc_info", (a, k) =>
         {
             ArgCheck.Exactly("exc_info", a, k, 0);
             if (RuntimeContext.Current.HandledException?.Invoke() is not { } e)
                 return PyTuple.Create([PyNone.Instance, PyNone.Instance, PyNone.Instance]);
             return PyTuple.Create([e.Type, e, Ops.GetAttr(e, "__traceback__")]);
         })
         .Function("exception", (a, k) =>
         {
             ArgCheck.Exactly("exception", a, k, 0);
             return (PyObject?)RuntimeContext.Current.HandledException?.Invoke() ?? PyNone.Instance;
         })
         .Function("intern", (a, k) => { ArgCheck.Exactly("intern", a, k, 1); return ArgCheck.Str("intern", a[0]); });
        m.Module.Set("__stderr__", m.Module.Get("stderr")!);
        m.Module.Set("__stdin__", m.Module.Get("stdin")!);
        m.Module.Set("modules", RunModules());
        ((PyDict)m.Module.Get("modules")!).Set(PyStr.From("sys"), m.Module);
        return m.Module;
    }
}
