using Engine.Runtime;

namespace Engine.VM;

internal sealed partial class Interpreter
{
    /// <summary>The builtins that need the interpreter itself: __build_class__ and super.</summary>
    internal void AddInterpreterBuiltins(PyDict builtins)
    {
        builtins.Set("__build_class__", new PyBuiltinFunction("__build_class__", BuildClass));
        builtins.Set("super", new PyBuiltinFunction("super", Super));
    }

    /// <summary>
    /// __build_class__(body, name, *bases): runs the class body with a fresh namespace as its
    /// locals, then makes the class (single inheritance: the first base), and fills the
    /// __class__ cell that zero-argument super() reads.
    /// </summary>
    private PyObject BuildClass(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length < 2 || args[0] is not PyFunction body || args[1] is not PyStr name)
            throw PyException.TypeError("__build_class__: func and name are required");
        if (kwnames is { Length: > 0 }) throw PyException.TypeError("class keyword arguments (metaclass=...) are not supported");
        var bases = args[2..].ToArray();
        var @base = PyTypes.Object;
        if (bases.Length > 0)
        {
            @base = bases[0] as PyType ?? throw PyException.TypeError("bases must be types");
            if (bases.Length > 1) throw PyException.TypeError("multiple inheritance is not supported");
        }
        if (!@base.IsUserDefined && @base != PyTypes.Object && !@base.IsSubtypeOf(PyTypes.BaseException))
            throw PyException.TypeError($"subclassing the builtin type '{@base.Name}' is not supported");

        var ns = new PyDict();
        var cell = CallWithLocals(body, ns);
        var module = body.Globals.Get("__name__") is PyStr m ? m.Value : "__main__";
        var qualname = ns.Get("__qualname__") is PyStr q ? q.Value : name.Value;
        var type = new PyType(name.Value, @base) { IsUserDefined = true, Module = module, QualName = qualname };
        foreach (var (k, v) in ns.Items)
            if (k is PyStr key) type.Dict[key.Value] = v;
        type.Constructor = (a, k) => Instantiate(type, a, k);
        if (cell is PyCell classCell) classCell.Contents = type;
        return type;
    }

    /// <summary>Calling a class: a new instance (an exception instance for exception classes), then __init__.</summary>
    private PyObject Instantiate(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var isException = type.IsSubtypeOf(PyTypes.BaseException);
        PyObject self = isException ? new PyBaseException(type, args[..(args.Length - (kwnames?.Length ?? 0))].ToArray()) : new PyInstance(type);
        var init = type.Lookup("__init__");
        if (init is PyFunction function)
        {
            var result = CallObject(function, [self, .. args], kwnames);
            if (result is not PyNone) throw PyException.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        else if (!isException && args.Length > 0)
            throw PyException.TypeError($"{type.QualName}() takes no arguments");
        return self;
    }

    /// <summary>super() with no arguments reads the calling method's __class__ cell and first argument; super(C, obj) names them.</summary>
    private PyObject Super(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.NoKeywords("super", kwnames);
        if (args.Length == 2)
            return new PySuper(args[0] as PyType ?? throw PyException.TypeError("super() argument 1 must be a type"), args[1]);
        if (args.Length != 0) throw PyException.TypeError($"super() takes at most 2 arguments ({args.Length} given)");
        var frame = Current ?? throw PyException.RuntimeError("super(): no current frame");
        var names = frame.Code.LocalsPlusNames;
        var classIndex = Array.LastIndexOf(names, "__class__");
        if (classIndex < 0 || frame.Fast[classIndex] is not PyCell { Contents: PyType cls })
            throw PyException.RuntimeError("super(): __class__ cell not found");
        if (frame.Code.Code.ArgCount == 0 || frame.Fast[0] is not { } first)
            throw PyException.RuntimeError("super(): no arguments");
        return new PySuper(cls, first is PyCell c ? c.Contents! : first);
    }

    /// <summary>Runs a class body: a call of <paramref name="body"/> whose frame uses <paramref name="ns"/> for its names.</summary>
    private PyObject CallWithLocals(PyFunction body, PyDict ns)
    {
        if (_reentry >= MaxNativeReentry) throw PyException.RecursionError("maximum recursion depth exceeded");
        var caller = Current!;
        var frame = NewFrame(body, [], null, caller);
        frame.Locals = ns;
        _reentry++;
        try
        {
            return Run(frame);
        }
        finally
        {
            _reentry--;
            Current = caller;
        }
    }
}
