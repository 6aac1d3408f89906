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
        return m.Module;
    }
}
