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
        ["__future__"] = FutureModule.Create,
    };

    /// <summary>IMPORT_NAME: __import__(name, globals, locals, fromlist, level) as the VM calls it.</summary>
    public static PyObject ImportName(string name, PyObject fromList, PyObject level)
    {
        if (level is PyInt { Sign: > 0 })
            throw PyException.Create(PyTypes.ImportError, "attempted relative import with no known parent package");
        var parts = name.Split('.');
        var top = Load(parts[0]);
        if (parts.Length > 1)
            // None of the sandbox's modules is a package, so a dotted name never resolves.
            throw PyException.Create(PyTypes.ModuleNotFoundError, $"No module named '{parts[0]}.{parts[1]}'; '{parts[0]}' is not a package");
        return top;
    }

    /// <summary>The run's module <paramref name="name"/>, created on its first import.</summary>
    public static PyModule Load(string name)
    {
        var cache = RuntimeContext.Current.Modules;
        if (cache.TryGetValue(name, out var module)) return module;
        if (!Available.TryGetValue(name, out var create))
            throw PyException.Create(PyTypes.ModuleNotFoundError, $"No module named '{name}'");
        module = create();
        cache[name] = module;
        return module;
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
