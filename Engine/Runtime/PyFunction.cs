using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>
/// A code object at run time: the compiled <see cref="CodeObject"/> with its co_consts turned
/// into runtime objects once (nested code objects too), so LOAD_CONST is an array read.
/// </summary>
public sealed class PyCode : PyObject
{
    public PyCode(CodeObject code)
    {
        Code = code;
        Consts = new PyObject[code.Consts.Length];
        for (var i = 0; i < Consts.Length; i++) Consts[i] = Constants.ToRuntime(code.Consts[i]);
        LocalsPlusNames = [.. code.VarNames, .. code.CellVars.Where(c => !code.VarNames.Contains(c)), .. code.FreeVars];
        CellCount = LocalsPlusNames.Length - code.VarNames.Length - code.FreeVars.Length;
        InlineCaches = new object?[code.Code.Length / 2];
        var context = RuntimeContext.Current;
        NameKeys = new PyStr[code.Names.Length];
        Names = new string[code.Names.Length];
        for (var i = 0; i < NameKeys.Length; i++)
        {
            NameKeys[i] = context.NameKey(code.Names[i]);
            Names[i] = NameKeys[i].Value;
        }
    }

    /// <summary>co_names as the run's str objects (one per name in the run), so name lookups
    /// allocate nothing, reuse cached hashes and meet the same key objects in every dict.</summary>
    public PyStr[] NameKeys { get; }

    /// <summary>co_names as the strings of <see cref="NameKeys"/> (the same instance for a name
    /// across the run's code objects, which identity-keyed lookup tables rely on).</summary>
    public string[] Names { get; }

    public CodeObject Code { get; }
    public PyObject[] Consts { get; }

    /// <summary>The interpreter's inline caches, one slot per code unit (what CPython keeps in the
    /// CACHE entries after an instruction); beside the bytes, so the bytecode stays as compiled.</summary>
    internal object?[] InlineCaches { get; }
    public byte[] Bytes => Code.Code;

    /// <summary>The VM's second tier for this code in this run: its compiled form once the code is
    /// hot, or a marker that it cannot be compiled (the VM's own type; null until decided).</summary>
    internal object? Tier2;

    /// <summary>How often the VM found this code at a point where compiled code could take over.</summary>
    internal int Tier2Warmup;
    public string QualName => Code.QualName;

    /// <summary>co_localsplusnames: the fast locals, then the cells that are not arguments, then the free variables.
    /// MAKE_CELL, LOAD_DEREF and friends index this array.</summary>
    public string[] LocalsPlusNames { get; }
    public int CellCount { get; }

    private string[]?[]? _kwNames;

    /// <summary>The keyword names a KW_NAMES instruction names (a tuple of str in co_consts), as strings, built once.</summary>
    public string[] KwNames(int constIndex)
    {
        _kwNames ??= new string[]?[Consts.Length];
        return _kwNames[constIndex] ??= ((PyTuple)Consts[constIndex]).Items.Select(i => ((PyStr)i).Value).ToArray();
    }

    /// <summary>The line of the instruction at byte <paramref name="offset"/>, or null.</summary>
    public int? LineAt(int offset)
    {
        var unit = offset / 2;
        return unit < Code.Positions.Length ? Code.Positions[unit].Line : null;
    }

    public override PyType Type => PyTypes.Code;

    public override void WriteRepr(ReprWriter w) =>
        w.Append($"<code object {Code.Name} at 0x?, file \"{Code.Filename}\", line {Code.FirstLineNo}>");
}

/// <summary>A Python function: code, globals, defaults, closure, and its (qual)name.</summary>
public sealed class PyFunction(PyCode code, PyDict globals) : PyObject
{
    public PyCode Code { get; set; } = code;
    public PyDict Globals { get; } = globals;

    /// <summary>Frames of this function's finished calls, kept by the VM for its next calls (a VM
    /// Frame; typed object here, as the runtime comes before the VM). A function belongs to one run.</summary>
    internal object? SpareFrames;
    public PyObject[] Defaults { get; set; } = [];
    public PyDict? KwDefaults { get; set; }
    public PyCell[] Closure { get; set; } = [];

    /// <summary>MAKE_FUNCTION's annotations: 3.11 pushes a flat (name, value, ...) tuple that
    /// __annotations__ turns into a dict on first access (func_get_annotation_dict).</summary>
    public PyObject? Annotations { get; set; }
    /// <summary>__name__ and __qualname__: the code's, until a program assigns them (functools.wraps does).</summary>
    public string Name { get => _name ?? Code.Code.Name; set => _name = value; }
    public string QualName { get => _qualName ?? Code.Code.QualName; set => _qualName = value; }
    private string? _name, _qualName;

    /// <summary>__module__ and __doc__ once assigned; null: the globals' __name__, the docstring.</summary>
    public PyObject? Module { get; set; }
    public PyObject? Doc { get; set; }

    /// <summary>The function's __dict__ (f.cache = {}, __wrapped__), made on first use.</summary>
    public PyDict Dict => _dict ??= new PyDict();
    private PyDict? _dict;
    public override PyDict? InstanceDict => _dict;

    /// <summary>Set on a function of a library module that stands for an object CPython writes in C
    /// (functools.lru_cache's wrapper): it prints as &lt;ReprAs object at 0x?&gt;.</summary>
    public string? ReprAs { get; set; }

    /// <summary>Set on the functions of a library module written in Python that CPython writes in C
    /// (bisect.bisect_left, heapq.heappush): they print as CPython's builtins print.</summary>
    public bool ShowsAsBuiltin { get; set; }

    /// <summary>The C type CPython has in its place, with <see cref="ReprAs"/> (type(f) is
    /// functools._lru_cache_wrapper); null for a plain function.</summary>
    public PyType? TypeAs { get; set; }

    public override PyType Type => TypeAs ?? PyTypes.Function;

    public override void WriteRepr(ReprWriter w)
    {
        if (ReprAs is not null) w.Append('<').Append(ReprAs).Append(" object at 0x?>");
        else if (ShowsAsBuiltin) w.Append("<built-in function ").Append(Name).Append('>');
        else w.Append("<function ").Append(QualName).Append(" at 0x?>");
    }
}

/// <summary>A cell holding a variable shared between a function and the closures made in it.</summary>
public sealed class PyCell(PyObject? contents = null) : PyObject
{
    public PyObject? Contents = contents;
    public override PyType Type => PyTypes.Cell;

    public override void WriteRepr(ReprWriter w)
    {
        if (Contents is null)
        {
            w.Append("<cell at 0x?: empty>");
            return;
        }
        w.Append("<cell at 0x?: ").Append(Contents.Type.Name).Append(" object at 0x?>");
    }
}

/// <summary>A function implemented in C#: a builtin, or a method of a builtin type (then <see cref="Owner"/> is that type).</summary>
public sealed class PyBuiltinFunction(string name, BuiltinImpl impl, PyType? owner = null) : PyObject
{
    public string Name { get; } = name;
    public BuiltinImpl Impl { get; } = impl;
    public PyType? Owner { get; } = owner;

    public override PyType Type => Owner is null ? PyTypes.BuiltinFunction : IsSlotWrapper ? PyTypes.WrapperDescriptor : PyTypes.MethodDescriptor;

    /// <summary>A type's __new__ (tp_new): CPython's is a builtin method bound to the type.</summary>
    public bool IsTypeNew { get; init; }

    /// <summary>Set on a method written here in C# that CPython writes in Python (Random.randint):
    /// bound, it prints as a Python method, &lt;bound method Random.randint of ...&gt;.</summary>
    public string? PythonQualName { get; init; }

    public override void WriteRepr(ReprWriter w)
    {
        if (IsTypeNew) w.Append("<built-in method __new__ of type object at 0x?>");
        else if (Owner is null) w.Append("<built-in function ").Append(Name).Append('>');
        else w.Append(IsSlotWrapper ? "<slot wrapper '" : "<method '").Append(Name).Append("' of '").Append(Owner.Name).Append("' objects>");
    }

    /// <summary>A type's dunder method that fills a C slot (object.__init__, list.__repr__): CPython's wrapper_descriptor.</summary>
    public bool IsSlotWrapper => Owner is not null && Name.Length > 4 && Name.StartsWith("__", StringComparison.Ordinal) && Name.EndsWith("__", StringComparison.Ordinal)
        && Name is not ("__init_subclass__" or "__prepare__" or "__format__" or "__reduce__" or "__reduce_ex__" or "__sizeof__" or "__dir__"
            or "__subclasshook__" or "__getstate__" or "__class_getitem__" or "__instancecheck__" or "__subclasscheck__" or "__set_name__");
}

/// <summary>A method bound to its object: obj.method without calling it.</summary>
public sealed class PyBoundMethod(PyObject self, PyObject function) : PyObject
{
    public PyObject Self { get; } = self;
    public PyObject Function { get; } = function;

    public override PyType Type => Function switch
    {
        PyBuiltinFunction { IsSlotWrapper: true } => PyTypes.MethodWrapper,
        PyBuiltinFunction => PyTypes.BuiltinMethod,
        _ => PyTypes.Method,
    };

    public override void WriteRepr(ReprWriter w)
    {
        if (Function is PyBuiltinFunction { IsSlotWrapper: true } slot)
        {
            w.Append("<method-wrapper '").Append(slot.Name).Append("' of ").Append(Self.Type.Name).Append(" object at 0x?>");
            return;
        }
        if (Function is PyBuiltinFunction { PythonQualName: { } qualName })
        {
            w.Append("<bound method ").Append(qualName).Append(" of ");
            Self.WriteRepr(w);
            w.Append('>');
            return;
        }
        if (Function is PyBuiltinFunction b)
        {
            w.Append("<built-in method ").Append(b.Name).Append(" of ").Append(Self.Type.Name).Append(" object at 0x?>");
            return;
        }
        if (Function is PyFunction { ShowsAsBuiltin: true } f)
        {
            w.Append("<built-in method ").Append(f.Name).Append(" of ").Append(Self.Type.Name).Append(" object at 0x?>");
            return;
        }
        w.Append("<bound method ").Append(((PyFunction)Function).QualName).Append(" of ");
        Self.WriteRepr(w);
        w.Append('>');
    }
}

/// <summary>co_consts items (the compiler's <see cref="PyConstant"/>s) as runtime objects.</summary>
public static class Constants
{
    public static PyObject ToRuntime(PyConstant c) => c switch
    {
        NoneConstant => PyNone.Instance,
        BoolConstant b => PyBool.From(b.Value),
        IntConstant i => PyInt.From(i.Value),
        FloatConstant f => new PyFloat(f.Value),
        ComplexConstant z => new PyComplex(z.Real, z.Imag),
        StrConstant s => PyStr.From(s.Value),
        BytesConstant b => new PyBytes(b.Value),
        EllipsisConstant => PySingleton.Ellipsis,
        TupleConstant t => PyTuple.Create(t.Items.Select(ToRuntime).ToArray()),
        // Filled in the order CPython's compiler filled it, so its table (and a set copied from it) is CPython's.
        FrozenSetConstant f => new PySet(f.BuiltFrom.Select(ToRuntime), frozen: true),
        CodeConstant code => new PyCode(code.Code),
        _ => throw new NotSupportedException("constant " + c.TypeName),
    };
}
