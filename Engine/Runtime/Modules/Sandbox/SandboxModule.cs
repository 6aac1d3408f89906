using Engine.Compiler;
using Engine.Parser;

namespace Engine.Runtime.Modules;

/// <summary>
/// <c>_sandbox</c>: helpers for the library modules written in Python (Runtime/Modules/Lib), so
/// that they look like the C modules CPython has in their place.
/// </summary>
public static class SandboxModule
{
    private static readonly Dictionary<string, PyType> StandInTypes = new(StringComparer.Ordinal);

    /// <summary>The type named 'module.name' that a repr_as function reports as its type (one per
    /// name, shared by every such function, as CPython's C type is).</summary>
    private static PyType StandInType(string dotted)
    {
        lock (StandInTypes)
        {
            if (StandInTypes.TryGetValue(dotted, out var t)) return t;
            var dot = dotted.LastIndexOf('.');
            t = new PyType(dotted[(dot + 1)..], PyTypes.Object) { Module = dot < 0 ? "builtins" : dotted[..dot], HasInstanceDict = false, ShowsModuleInName = true };
            StandInTypes[dotted] = t;
            return t;
        }
    }

    public static PyModule Create()
    {
        var m = new ModuleBuilder("_sandbox", null);
        // @builtin: the function prints as <built-in function name>, as CPython's C function does.
        m.Function("builtin", (a, k) =>
        {
            ArgCheck.Exactly("builtin", a, k, 1);
            if (a[0] is PyFunction f) f.ShowsAsBuiltin = true;
            return a[0];
        });
        // repr_as(f, 'functools._lru_cache_wrapper'): the function prints as <that object at 0x?>,
        // the C object CPython has in its place (a Python wrapper function is called without
        // re-entering the VM's loop, so deep recursion through it stays within the recursion limit).
        m.Function("repr_as", (a, k) =>
        {
            ArgCheck.Exactly("repr_as", a, k, 2);
            if (a[0] is PyFunction f && a[1] is PyStr name)
            {
                f.ReprAs = name.Value;
                f.TypeAs = StandInType(name.Value);
            }
            return a[0];
        });
        // program_lambda('lambda ...: ...', globals): the lambda compiled as CPython's namedtuple
        // compiles its __new__ (eval of source text, so its file is "<string>"): its frames are
        // then traced as the program's own, as the oracle traces them. Nothing runs to make it.
        m.Function("program_lambda", (a, k) =>
        {
            ArgCheck.Exactly("program_lambda", a, k, 2);
            if (a[0] is not PyStr source || a[1] is not PyDict globals)
                throw PyException.TypeError("program_lambda(source, globals)");
            return ProgramLambda(source.Value, globals);
        });
        // exec_string(source, namespace, mode='exec'): what CPython's dataclasses and namedtuple do
        // with exec/eval: the text is compiled under the filename "<string>" and run with the
        // namespace as globals and locals. The oracle's program is "<string>" too, so CPython
        // traces that code and lists its frames; compiled here the same way, ours are the same.
        m.Function("exec_string", (a, k) =>
        {
            ArgCheck.Range("exec_string", a, k, 2, 3);
            if (a[0] is not PyStr source || a[1] is not PyDict ns)
                throw PyException.TypeError("exec_string() takes a str and a dict");
            var mode = a.Length > 2 && a[2] is PyStr { Value: "eval" } ? ParseMode.Eval : ParseMode.Exec;
            return RunString(source.Value, ns, mode);
        });
        // eval(source, namespace) for library modules that build code as CPython's library does
        // (namedtuple's __new__): compiled under "<string>", eval's filename, so the oracle's
        // tracer and ours both trace it as they trace the program.
        m.Function("eval", (a, k) =>
        {
            ArgCheck.Exactly("eval", a, k, 2);
            if (a[0] is not PyStr source || a[1] is not PyDict globals) throw PyException.TypeError("eval(source: str, globals: dict)");
            var parsed = PythonParser.Parse(source.Value, "<string>", ParseMode.Eval);
            if (parsed.Error is { } parseError) throw PyException.ValueError(parseError.Msg);
            var compiled = PythonCompiler.Compile(parsed.Tree!, "<string>");
            if (compiled.Error is { } compileError) throw PyException.ValueError(compileError.Msg);
            var run = RuntimeContext.Current.RunModuleCode ?? throw PyException.Create(PyTypes.RuntimeError, "no VM to run the code");
            return run(new PyCode(compiled.Code!), globals);
        });
        // @c_type: a class standing for a type CPython writes in C (decimal.Decimal): error
        // messages name it module.name, as they print the C type's tp_name.
        m.Function("c_type", (a, k) =>
        {
            ArgCheck.Exactly("c_type", a, k, 1);
            if (a[0] is PyType t) t.ShowsModuleInName = true;
            return a[0];
        });
        // caller_module(depth): the __name__ of the module whose code called the running Python
        // function depth levels up (namedtuple's sys._getframe(1).f_globals['__name__']).
        m.Function("caller_module", (a, k) =>
        {
            ArgCheck.Exactly("caller_module", a, k, 1);
            var globals = RuntimeContext.Current.FrameGlobals?.Invoke((int)ArgCheck.Index(a[0]));
            return globals?.Get("__name__") ?? PyNone.Instance;
        });
        return m.Module;
    }

    private static PyFunction ProgramLambda(string source, PyDict globals)
    {
        var parsed = Engine.Parser.PythonParser.Parse(source);
        if (parsed.Error is not null) throw PyException.ValueError("program_lambda: the source does not parse");
        var compiled = Engine.Compiler.PythonCompiler.Compile(parsed.Tree!);
        if (compiled.Error is not null) throw PyException.ValueError("program_lambda: the source does not compile");
        var module = new PyCode(compiled.Code!);
        var code = module.Consts.OfType<PyCode>().FirstOrDefault()
                   ?? throw PyException.ValueError("program_lambda: the source holds no lambda");
        return new PyFunction(code, globals);
    }

    private static PyObject RunString(string source, PyDict ns, ParseMode mode)
    {
        var parsed = PythonParser.Parse(source, "<string>", mode);
        if (parsed.Error is { } parseError)
            throw PyException.ValueError("exec_string: " + parseError.Msg);
        var compiled = PythonCompiler.Compile(parsed.Tree!, "<string>");
        if (compiled.Error is { } compileError)
            throw PyException.ValueError("exec_string: " + compileError.Msg);
        var run = RuntimeContext.Current.RunModuleCode ?? throw PyException.Create(PyTypes.RuntimeError, "no VM to run the code");
        return run(new PyCode(compiled.Code!), ns);
    }
}
