using Engine.Bytecode;
using Engine.Compiler;
using Engine.Parser;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// The builtins that need the running frame: globals(), locals(), vars(), dir(), and exec, eval
/// and compile on this project's own compiler. Code they compile is named "&lt;string&gt;" and runs
/// in this interpreter, so the run's step, time, memory and recursion limits hold inside it.
/// </summary>
internal sealed partial class Interpreter
{
    internal void AddEvalBuiltins(PyDict builtins)
    {
        builtins.Set("globals", new PyBuiltinFunction("globals", (a, k) => { ArgCheck.Exactly("globals", a, k, 0); return CallerGlobals(); }));
        builtins.Set("locals", new PyBuiltinFunction("locals", (a, k) => { ArgCheck.Exactly("locals", a, k, 0); return CallerLocals(); }));
        builtins.Set("vars", new PyBuiltinFunction("vars", (a, k) =>
        {
            ArgCheck.Range("vars", a, k, 0, 1);
            if (a.Length == 0) return CallerLocals();
            return Ops.GetAttrOrNull(a[0], "__dict__") ?? throw PyException.TypeError("vars() argument must have __dict__ attribute");
        }));
        builtins.Set("dir", new PyBuiltinFunction("dir", (a, k) =>
        {
            ArgCheck.Range("dir", a, k, 0, 1);
            if (a.Length == 0)
            {
                var names = new PyList(Ops.ToList(CallerLocals()));
                ListMethods.Sort(names, null, null);
                return names;
            }
            return DirListing.Of(a[0]);
        }));
        builtins.Set("compile", new PyBuiltinFunction("compile", CompileBuiltin));
        builtins.Set("exec", new PyBuiltinFunction("exec", (a, k) => { Execute("exec", a, k); return PyNone.Instance; }));
        builtins.Set("eval", new PyBuiltinFunction("eval", (a, k) => Execute("eval", a, k)));
    }

    private PyDict CallerGlobals() => Current?.Globals ?? throw PyException.RuntimeError("globals(): no current frame");

    /// <summary>locals(): the frame's namespace (module and class bodies), or a snapshot of a function's variables.</summary>
    private PyObject CallerLocals()
    {
        var frame = Current ?? throw PyException.RuntimeError("locals(): no current frame");
        if (frame.Locals is not null) return frame.Locals;
        var d = new PyDict();
        foreach (var (name, value) in frame.VisibleLocals()) d.Set(name, value);
        return d;
    }

    private static PyCode CompileSource(string source, string filename, string mode, string function)
    {
        var parseMode = mode switch
        {
            "exec" => ParseMode.Exec,
            "eval" => ParseMode.Eval,
            "single" => ParseMode.Single,
            _ => throw PyException.ValueError($"{function}() mode must be 'exec', 'eval' or 'single'"),
        };
        MemoryBudget.CheckString(source.Length);
        if (source.Contains('\0')) throw PyException.Create(Find("SyntaxError"), "source code string cannot contain null bytes");
        var parsed = PythonParser.Parse(source, filename, parseMode);
        var error = parsed.Error;
        CodeObject? code = null;
        if (error is null)
        {
            var compiled = PythonCompiler.Compile(parsed.Tree!, filename);
            error = compiled.Error;
            code = compiled.Code;
        }
        if (error is not null)
            throw PyException.Create(Find(error.Type), error.Lineno is { } line ? $"{error.Msg} ({filename}, line {line})" : error.Msg);
        return new PyCode(code!);
    }

    /// <summary>The exception class by name (SyntaxError and its kin when the runtime has them; else Exception's nearest kin).</summary>
    private static PyType Find(string name) => Array.Find(PyTypes.Exceptions, t => t.Name == name) ?? PyTypes.Exception;

    private static string SourceText(PyObject o, string function) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Codecs.Decode(b.Value, "utf-8", "strict"),
        _ => throw PyException.TypeError($"{function}() arg 1 must be a string, bytes or code object"),
    };

    private PyObject CompileBuiltin(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var p = ArgParse.Bind("compile", args, kwnames, ["source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"], 3);
        var filename = p[1] switch
        {
            PyStr s => s.Value,
            PyBytes b => Codecs.Decode(b.Value, "utf-8", "strict"),
            var o => throw PyException.TypeError($"compile() argument 'filename' must be str, bytes or os.PathLike, not {o!.Type.Name}"),
        };
        var mode = ArgCheck.Str("compile", p[2]!, "argument 'mode'").Value;
        return CompileSource(SourceText(p[0]!, "compile"), filename, mode, "compile");
    }

    /// <summary>exec/eval(source, globals=None, locals=None): the caller's namespaces by default; a
    /// globals dict without __builtins__ gets this run's builtins, as CPython inserts them.</summary>
    private PyObject Execute(string function, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var p = ArgParse.Bind(function, args, kwnames, ["source", "globals", "locals"], 1, 3);
        var code = p[0] switch
        {
            PyCode c => c,
            PyStr or PyBytes => CompileSource(SourceText(p[0]!, function).TrimStart(' ', '\t'), "<string>", function, function),
            var o => throw PyException.TypeError(function == "exec" ? $"exec() arg 1 must be a string, bytes or code object"
                : "eval() arg 1 must be a string, bytes or code object"),
        };
        PyDict globals;
        PyObject? locals = p[2] is PyNone ? null : p[2];
        if (p[1] is null or PyNone)
        {
            globals = CallerGlobals();
            locals ??= CallerLocals();
        }
        else
        {
            globals = p[1] as PyDict ?? throw PyException.TypeError(function == "exec" ? $"exec() globals must be a dict, not {p[1]!.Type.Name}"
                : "globals must be a dict");
            locals ??= globals;
        }
        if (locals is not PyDict localDict) throw PyException.TypeError("locals must be a mapping");
        if (globals.Get("__builtins__") is null) globals.Set("__builtins__", _builtins);
        return RunCode(code, globals, localDict);
    }

    /// <summary>Runs code whose namespace is a dict (a module body, exec/eval's code) in a nested
    /// loop, as deep in the recursion as a call.</summary>
    private PyObject RunCode(PyCode code, PyDict globals, PyDict locals)
    {
        if (_reentry >= MaxNativeReentry || _depth >= _maxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        var frame = new Frame(code, globals, _builtins, locals, null, Current);
        _depth++;
        return RunNested(frame);
    }
}
