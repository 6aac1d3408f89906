using Engine.Compiler;
using Engine.Parser;

namespace Engine.Runtime.Modules;

/// <summary>
/// <c>_sandbox</c>: helpers for the library modules written in Python (Runtime/Modules/Lib), so
/// that they look like the C modules CPython has in their place.
/// </summary>
public static class SandboxModule
{
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
        return m.Module;
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
