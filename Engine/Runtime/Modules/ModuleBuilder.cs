namespace Engine.Runtime.Modules;

/// <summary>
/// Declares a module's contents, one line per function or constant, e.g.
/// <c>m.Function("sqrt", ...)</c>. Functions are builtin functions (repr
/// <c>&lt;built-in function sqrt&gt;</c>), as in CPython's C modules.
/// </summary>
public sealed class ModuleBuilder(string name, string? file)
{
    public PyModule Module { get; } = new(name, file);

    public ModuleBuilder Function(string name, BuiltinImpl impl)
    {
        Module.Set(name, new PyBuiltinFunction(name, impl));
        return this;
    }

    public ModuleBuilder Value(string name, PyObject value)
    {
        Module.Set(name, value);
        return this;
    }

    public ModuleBuilder Value(string name, double value) => Value(name, new PyFloat(value));

    public ModuleBuilder Value(string name, string value) => Value(name, PyStr.From(value));

    public ModuleBuilder Value(string name, long value) => Value(name, PyInt.From(value));
}

/// <summary>Where the oracle's CPython 3.11 finds each module: the origin its repr shows.</summary>
public static class ModuleOrigins
{
    private const string Lib = "/root/.pyenv/versions/3.11.7/lib/python3.11/";

    public static string Extension(string name) => Lib + "lib-dynload/" + name + ".cpython-311-x86_64-linux-gnu.so";

    public static string Source(string name) => Lib + name + ".py";
}
