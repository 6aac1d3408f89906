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
        return m.Module;
    }
}
