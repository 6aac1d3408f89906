namespace Engine.Runtime.Modules;

/// <summary>
/// The sandbox's import system: only the modules written in C# under Runtime/Modules can be
/// imported; any other name fails as a missing module does in CPython. Nothing here touches
/// files, the network or processes. Each run has its own module cache (in its
/// <see cref="RuntimeContext"/>), so a module is created once per run and runs never share one.
/// </summary>
public static class Importer
{
    /// <summary>The importable modules: name to the function that builds a fresh one.</summary>
    private static readonly Dictionary<string, Func<PyModule>> Available = new(StringComparer.Ordinal)
    {
        ["math"] = MathModule.Create,
        ["cmath"] = CMathModule.Create,
        ["random"] = RandomModule.Create,
        ["time"] = TimeModule.Create,
        ["sys"] = SysModule.Create,
        ["_sandbox"] = SandboxModule.Create,
        ["_re"] = Re.ReModule.Create,
        ["_string"] = StringHelperModule.Create,
        ["_textwrap"] = TextWrapHelperModule.Create,
    };

    /// <summary>IMPORT_NAME: __import__(name, globals, locals, fromlist, level) as the VM calls it.
    /// <c>import a.b.c</c> imports a, a.b and a.b.c and answers a (or a.b.c with a fromlist).</summary>
    public static PyObject ImportName(string name, PyObject fromList, PyObject level)
    {
        if (level is PyInt { Sign: > 0 })
            throw PyException.Create(PyTypes.ImportError, "attempted relative import with no known parent package");
        if (name.Length == 0) throw PyException.ValueError("Empty module name");
        var parts = name.Split('.');
        var top = Load(parts[0]);
        var current = top;
        var path = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            if (!IsPackage(path))
                throw PyException.Create(PyTypes.ModuleNotFoundError, $"No module named '{path}.{parts[i]}'; '{path}' is not a package");
            var child = path + "." + parts[i];
            var module = Load(child);
            // A submodule becomes an attribute of its package once imported, as in CPython.
            current.Set(parts[i], module);
            current = module;
            path = child;
        }
        var hasFromList = fromList is not PyNone && fromList.IsTrue();
        if (!hasFromList) return top;
        // from package import submodule: the submodules named in the fromlist are imported too.
        if (IsPackage(path))
            foreach (var item in Ops.ToList(fromList))
                if (item is PyStr s && current.Get(s.Value) is null && Exists(path + "." + s.Value))
                    current.Set(s.Value, Load(path + "." + s.Value));
        return current;
    }

    private static bool Exists(string name) => Available.ContainsKey(name) || PythonModules.Has(name);

    private static bool IsPackage(string name) => PythonModules.IsPackage(name);

    /// <summary>The run's module <paramref name="name"/>, created on its first import.</summary>
    public static PyModule Load(string name)
    {
        var cache = RuntimeContext.Current.Modules;
        if (cache.TryGetValue(name, out var module)) return module;
        if (Available.TryGetValue(name, out var create))
        {
            module = create();
            cache[name] = module;
            SysModule.Imported(name, module);
            return module;
        }
        if (PythonModules.Has(name))
        {
            module = PythonModules.Create(name);
            SysModule.Imported(name, module);
            return module;
        }
        if (name == "builtins" && RuntimeContext.Current.BuiltinsDict is { } builtins)
        {
            // The builtins module is the run's builtins namespace itself, as in CPython.
            module = new PyModule("builtins", builtins);
            cache[name] = module;
            SysModule.Imported(name, module);
            return module;
        }
        throw PyException.Create(PyTypes.ModuleNotFoundError, $"No module named '{name}'");
    }

    /// <summary>IMPORT_FROM: one name of a from-import, with CPython's message when it is missing.</summary>
    public static PyObject ImportFrom(PyObject module, string name)
    {
        if (module is PyModule m)
        {
            if (m.Get(name) is { } value) return value;
            throw PyException.Create(PyTypes.ImportError,
                $"cannot import name '{name}' from '{m.Name}' ({m.File ?? "unknown location"})");
        }
        return Ops.GetAttr(module, name);
    }

    /// <summary>IMPORT_STAR: copies the module's public names (its __all__, or every name not
    /// starting with an underscore) into <paramref name="target"/>.</summary>
    public static void ImportStar(PyObject module, PyDict target)
    {
        if (module is not PyModule m) return;
        if (m.Get("__all__") is { } all)
        {
            foreach (var item in Ops.ToList(all))
            {
                if (item is not PyStr s)
                    throw PyException.TypeError($"Item in {m.Name}.__all__ must be str, not {item.Type.Name}");
                target.Set(s, m.Get(s.Value) ?? throw PyException.AttributeError($"module '{m.Name}' has no attribute '{s.Value}'"));
            }
            return;
        }
        foreach (var (key, value) in m.Dict.Items.ToList())
            if (key is PyStr s && !s.Value.StartsWith('_')) target.Set(s, value);
    }
}
