using Engine.Runtime;

namespace Engine.VM;

internal sealed partial class Interpreter
{
    /// <summary>The builtins that need the interpreter itself: __build_class__ and super.</summary>
    internal void AddInterpreterBuiltins(PyDict builtins)
    {
        builtins.Set("__build_class__", new PyBuiltinFunction("__build_class__", BuildClass));
        builtins.Set("super", new PyBuiltinFunction("super", Super));
        AddEvalBuiltins(builtins);
    }

    /// <summary>
    /// __build_class__(body, name, *bases, metaclass=..., **kwds), as bltinmodule.c does it: picks
    /// the most derived metaclass, asks its __prepare__ for the namespace, runs the class body
    /// with that namespace as its locals, calls the metaclass, and fills the __class__ cell that
    /// zero-argument super() reads.
    /// </summary>
    private PyObject BuildClass(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional < 2) throw PyException.TypeError("__build_class__: not enough arguments");
        if (args[0] is not PyFunction body) throw PyException.TypeError("__build_class__: func must be a function");
        if (args[1] is not PyStr name) throw PyException.TypeError("__build_class__: name is not a string");
        var bases = args[2..positional].ToArray();

        PyObject? meta = null;
        var keywordNames = new List<string>();
        var keywordValues = new List<PyObject>();
        for (var i = 0; i < kwCount; i++)
        {
            if (kwnames![i] == "metaclass") meta = args[positional + i];
            else
            {
                keywordNames.Add(kwnames[i]);
                keywordValues.Add(args[positional + i]);
            }
        }
        // PEP 560 (update_bases): a base that is not a class (typing.List[int], Generic[T],
        // NamedTuple) names the classes it stands for with __mro_entries__.
        var origBases = bases;
        bases = UpdateBases(bases);
        foreach (var b in bases)
            if (b is not PyType) throw PyException.TypeError("bases must be types");
        var typeBases = bases.Cast<PyType>().ToArray();
        meta ??= typeBases.Length > 0 ? typeBases[0].Type : PyTypes.Type;
        if (meta is PyType metaType) meta = TypeCall.CalculateMetaclass(metaType, typeBases);

        var basesTuple = PyTuple.Create(bases);
        string[]? kw = keywordNames.Count > 0 ? [.. keywordNames] : null;
        PyObject nsObject;
        var prepare = meta is PyType mt ? (mt.Lookup("__prepare__") is { } p ? Descriptors.Get(p, null, mt) : null) : Ops.GetAttr(meta, "__prepare__");
        nsObject = prepare is null ? new PyDict() : Builtins.CallKw(prepare, [name, basesTuple, .. keywordValues], kw);
        if (nsObject is not PyDict ns)
            throw PyException.TypeError($"{(meta is PyType m2 ? m2.Name : "<metaclass>")}.__prepare__() must return a mapping, not {nsObject.Type.Name}");

        var cell = CallWithLocals(body, ns);
        if (!ReferenceEquals(origBases, bases)) ns.Set("__orig_bases__", PyTuple.Create(origBases));
        var cls = Builtins.CallKw(meta, [name, basesTuple, ns, .. keywordValues], kw);
        if (cell is PyCell classCell)
        {
            classCell.Contents ??= cls;
            if (!ReferenceEquals(classCell.Contents, cls))
                throw PyException.TypeError($"__class__ set to {classCell.Contents.Repr()} defining '{name.Value}' as {cls.Repr()}");
        }
        return cls;
    }

    private static PyObject[] UpdateBases(PyObject[] bases)
    {
        if (Array.TrueForAll(bases, b => b is PyType)) return bases;
        var original = PyTuple.Create(bases);
        var result = new List<PyObject>();
        foreach (var b in bases)
        {
            if (b is PyType || Ops.GetAttrOrNull(b, "__mro_entries__") is not { } entries)
            {
                result.Add(b);
                continue;
            }
            if (Builtins.Call(entries, original) is not PyTuple replaced)
                throw PyException.TypeError("__mro_entries__ must return a tuple");
            result.AddRange(replaced.Items);
        }
        return [.. result];
    }

    /// <summary>super() with no arguments reads the calling method's __class__ cell and first argument; super(C, obj) names them.</summary>
    private PyObject Super(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        ArgCheck.NoKeywords("super", kwnames);
        if (args.Length == 2)
            return PySuper.Create(args[0] as PyType ?? throw PyException.TypeError($"super() argument 1 must be a type, not {args[0].Type.Name}"), args[1]);
        if (args.Length == 1) throw PyException.TypeError("super() with one argument is not supported");
        if (args.Length != 0) throw PyException.TypeError($"super() takes at most 2 arguments ({args.Length} given)");
        var frame = Current ?? throw PyException.RuntimeError("super(): no current frame");
        if (frame.Code.Code.ArgCount == 0 || frame.Fast.Length == 0 || frame.Fast[0] is not { } first)
            throw PyException.RuntimeError("super(): no arguments");
        var names = frame.Code.LocalsPlusNames;
        var classIndex = Array.LastIndexOf(names, "__class__");
        if (classIndex < 0) throw PyException.RuntimeError("super(): __class__ cell not found");
        if (frame.Fast[classIndex] is not PyCell { Contents: { } contents })
            throw PyException.RuntimeError("super(): empty __class__ cell");
        if (contents is not PyType cls) throw PyException.RuntimeError("super(): __class__ is not a type (" + contents.Type.Name + ")");
        return PySuper.Create(cls, first is PyCell c ? c.Contents! : first);
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
