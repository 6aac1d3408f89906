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
        // repr_as(f, 'functools._lru_cache_wrapper'): the function prints as <that object at 0x?>,
        // the C object CPython has in its place (a Python wrapper function is called without
        // re-entering the VM's loop, so deep recursion through it stays within the recursion limit).
        m.Function("repr_as", (a, k) =>
        {
            ArgCheck.Exactly("repr_as", a, k, 2);
            if (a[0] is PyFunction f && a[1] is PyStr name) f.ReprAs = name.Value;
            return a[0];
        });
        return m.Module;
    }
}
