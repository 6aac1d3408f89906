using System.Collections.Concurrent;
using Engine.Bytecode;
using Engine.Compiler;
using Engine.Parser;

namespace Engine.Runtime.Modules;

/// <summary>
/// The library modules written in Python: Runtime/Modules/Lib/NAME.py (a package as
/// NAME/__init__.py), embedded in the assembly. Each is compiled by this project's own compiler
/// once per process, and run afresh in every run that imports it, by the run's VM, inside the
/// run's limits. Their filename is the one CPython's module has, so the trace and the traceback
/// leave their frames out as the oracle does (they are not the program's file).
/// </summary>
public static class PythonModules
{
    private const string Prefix = "Engine.Lib/";

    /// <summary>A development switch, never set in production: with ENGINE_LIB_DIR naming a
    /// checkout's Engine/Runtime/Modules/Lib, the modules are read and compiled from there at every
    /// import, so a library module can be edited without rebuilding the service.</summary>
    private static readonly string? DevDirectory = Environment.GetEnvironmentVariable("ENGINE_LIB_DIR");

    /// <summary>Module name to (resource name, whether it is a package).</summary>
    private static readonly Dictionary<string, (string Resource, bool Package)> Sources = Discover();

    private static readonly ConcurrentDictionary<string, CodeObject> Compiled = new(StringComparer.Ordinal);


    public static bool Has(string name) => Sources.ContainsKey(name);

    /// <summary>
    /// The modules the oracle's CPython has imported before the program starts (its own imports).
    /// Importing one of them runs nothing there, so code compiled from text during their import
    /// (a namedtuple's __new__, under the filename "&lt;string&gt;", the program's own) is not
    /// traced; here their first import runs untraced for the same answer. Other modules' imports
    /// run traced, and such code shows in the trace as it does in the oracle's.
    /// </summary>
    private static readonly HashSet<string> ImportedByTheOracle = new(StringComparer.Ordinal)
    {
        "abc", "ast", "bisect", "codecs", "collections", "collections.abc", "contextlib", "copyreg", "dis",
        "enum", "errno", "fnmatch", "functools", "io", "itertools", "json", "json.decoder", "json.encoder",
        "json.scanner", "keyword", "linecache", "opcode", "operator", "random", "re", "reprlib", "struct",
        "textwrap", "token", "tokenize", "traceback", "types", "typing", "warnings", "weakref",
    };

    public static bool IsPackage(string name) => Sources.TryGetValue(name, out var s) && s.Package;

    private static Dictionary<string, (string, bool)> Discover()
    {
        var found = new Dictionary<string, (string, bool)>(StringComparer.Ordinal);
        foreach (var resource in typeof(PythonModules).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(Prefix, StringComparison.Ordinal) || !resource.EndsWith(".py", StringComparison.Ordinal)) continue;
            var path = resource[Prefix.Length..^3].Replace('\\', '/');
            var package = path.EndsWith("/__init__", StringComparison.Ordinal);
            if (package) path = path[..^"/__init__".Length];
            found[path.Replace('/', '.')] = (resource, package);
        }
        // Under the development switch, modules added to the folder since the build import too.
        if (DevDirectory is not null && Directory.Exists(DevDirectory))
            foreach (var file in Directory.EnumerateFiles(DevDirectory, "*.py", SearchOption.AllDirectories))
            {
                var path = Path.GetRelativePath(DevDirectory, file).Replace('\\', '/')[..^3];
                var package = path.EndsWith("/__init__", StringComparison.Ordinal);
                var name = (package ? path[..^"/__init__".Length] : path).Replace('/', '.');
                found.TryAdd(name, (Prefix + path + ".py", package));
            }
        return found;
    }

    /// <summary>The file CPython 3.11 loads the module from (its __file__, the frames' filename).</summary>
    public static string FileOf(string name)
    {
        var path = name.Replace('.', '/');
        return IsPackage(name) ? ModuleOrigins.Source(path + "/__init__") : ModuleOrigins.Source(path);
    }

    /// <summary>The modules CPython compiles into the interpreter (written in C, no __file__): their
    /// repr says (built-in), though this project writes them in Python.</summary>
    private static readonly HashSet<string> BuiltIn = new(StringComparer.Ordinal) { "itertools" };

    /// <summary>The modules CPython 3.11 imports from its frozen copies: their repr says (frozen).</summary>
    private static readonly HashSet<string> Frozen = new(StringComparer.Ordinal) { "io", "abc", "codecs", "os", "stat", "_collections_abc" };

    /// <summary>A fresh module object for this run, its body run by the run's VM.</summary>
    public static PyModule Create(string name)
    {
        var code = DevDirectory is null ? Compiled.GetOrAdd(name, Compile) : Compile(name);
        var module = new PyModule(name, BuiltIn.Contains(name) ? null : FileOf(name)) { Frozen = Frozen.Contains(name) };
        if (IsPackage(name)) module.Set("__path__", new PyList());
        var dot = name.LastIndexOf('.');
        module.Set("__package__", PyStr.From(IsPackage(name) ? name : dot < 0 ? "" : name[..dot]));
        var context = RuntimeContext.Current;
        // Cached before the body runs, as CPython does, so circular imports find the module.
        context.Modules[name] = module;
        var run = context.RunModuleCode ?? throw PyException.Create(PyTypes.ImportError, $"No module named '{name}' (no VM to run it)");
        try
        {
            if (ImportedByTheOracle.Contains(name) && context.Untraced is { } untraced)
                untraced(() => run(new PyCode(code), module.Dict));
            else
                run(new PyCode(code), module.Dict);
        }
        catch
        {
            context.Modules.Remove(name);
            throw;
        }
        return module;
    }

    private static string ReadSource(string name)
    {
        var resource = Sources[name].Resource;
        if (DevDirectory is not null)
        {
            var path = Path.Combine(DevDirectory, resource[Prefix.Length..]);
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        using var stream = typeof(PythonModules).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CodeObject Compile(string name)
    {
        var source = ReadSource(name);
        var filename = FileOf(name);
        var parsed = PythonParser.Parse(source, filename);
        if (parsed.Error is { } parseError)
            throw new InvalidOperationException($"library module {name} does not parse: {parseError.Msg} (line {parseError.Lineno})");
        var compiled = PythonCompiler.Compile(parsed.Tree!, filename);
        if (compiled.Error is { } compileError)
            throw new InvalidOperationException($"library module {name} does not compile: {compileError.Msg} (line {compileError.Lineno})");
        return compiled.Code!;
    }
}
