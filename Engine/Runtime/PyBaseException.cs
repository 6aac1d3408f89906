namespace Engine.Runtime;

/// <summary>One traceback entry (tb_frame's qualname, tb_lineno); <see cref="Next"/> is the deeper frame.
/// <see cref="Code"/> and <see cref="Offset"/> (tb_frame.f_code, tb_lasti) place it for the printed traceback.</summary>
public sealed record TracebackEntry(string Name, int? Line, TracebackEntry? Next)
{
    public Bytecode.CodeObject? Code { get; init; }
    public int Offset { get; init; } = -1;
}

/// <summary>A traceback object (exception.__traceback__), as __exit__ and except clauses see it.</summary>
public sealed class PyTraceback(TracebackEntry entry) : PyObject
{
    public TracebackEntry Entry { get; } = entry;
    public override PyType Type => PyTypes.Traceback;
    public override void WriteRepr(ReprWriter w) => w.Append("<traceback object at 0x?>");
}

/// <summary>An exception instance: its class, args, traceback and context (BaseException's fields).</summary>
public sealed class PyBaseException(PyType type, PyObject[] args) : PyObject
{
    public override PyType Type { get; } = type;
    public PyObject[] Args { get; set; } = args;
    public TracebackEntry? Traceback { get; set; }
    public PyBaseException? Context { get; set; }
    public PyBaseException? Cause { get; set; }

    /// <summary>__suppress_context__: set by `raise ... from ...`, so that the context is not printed.</summary>
    public bool SuppressContext { get; set; }

    /// <summary>Attributes a program sets on the exception (self.code = ...), created on first use.</summary>
    public PyDict Dict => _dict ??= new PyDict();
    private PyDict? _dict;
    public bool HasDict => _dict is not null;
    public override PyDict? InstanceDict => Dict;
    public override PyDict? InstanceDictIfAny => _dict;

    /// <summary>Fields CPython keeps in the C struct of a subclass (SystemExit.code, OSError.errno, ...),
    /// when they were set; <see cref="ExceptionAttributes"/> gives the defaults.</summary>
    private Dictionary<string, PyObject>? _members;
    public PyObject? Member(string name) => _members is not null && _members.TryGetValue(name, out var v) ? v : null;
    public void SetMember(string name, PyObject value) => (_members ??= new(StringComparer.Ordinal))[name] = value;

    /// <summary>StopIteration.value: its first argument, or None.</summary>
    public PyObject Value => Member("value") ?? (Args.Length > 0 ? Args[0] : PyNone.Instance);

    public override void WriteStr(ReprWriter w)
    {
        if (UserMethods.TryCall(this, "__str__", [], out var custom))
        {
            w.Append(UserMethods.ExpectStr(custom, "__str__"));
            return;
        }
        WriteBuiltinStr(w);
    }

    /// <summary>BaseException.__str__ itself (what super().__str__() reaches).</summary>
    public void WriteBuiltinStr(ReprWriter w)
    {
        if (ExceptionTypes.TryWriteStr(this, w)) return;
        // KeyError shows the repr of a lone key (so KeyError('a') prints 'a' quoted).
        if (Args.Length == 1 && Type.IsSubtypeOf(PyTypes.KeyError)) Args[0].WriteRepr(w);
        else if (Args.Length == 1) Args[0].WriteStr(w);
        else if (Args.Length > 1) PyTuple.Create(Args).WriteRepr(w);
    }

    public override void WriteRepr(ReprWriter w)
    {
        if (UserMethods.TryCall(this, "__repr__", [], out var custom))
        {
            w.Append(UserMethods.ExpectStr(custom, "__repr__"));
            return;
        }
        WriteBuiltinRepr(w);
    }

    /// <summary>BaseException.__repr__ itself.</summary>
    public void WriteBuiltinRepr(ReprWriter w)
    {
        w.Append(Type.Name);
        if (Args.Length == 1)
        {
            w.Append('(');
            Args[0].WriteRepr(w);
            w.Append(')');
        }
        else PyTuple.Create(Args).WriteRepr(w);
    }
}

/// <summary>
/// Carries a Python exception through C# code: runtime operations throw it, the interpreter
/// catches it and unwinds Python frames through the exception tables.
/// </summary>
public sealed class PyException(PyBaseException value) : Exception(value.Type.Name)
{
    public PyBaseException Value { get; } = value;

    /// <summary>Set for a re-raise (RERAISE, bare raise, leaving a frame): the traceback already
    /// holds the frame, so the interpreter adds no entry for it.</summary>
    public bool IsReraise { get; init; }

    public override string Message => Value.Type.Name + ": " + Value.Str();

    public static PyException Create(PyType type, string message) => new(new PyBaseException(type, [PyStr.From(message)]));

    public static PyException TypeError(string m) => Create(PyTypes.TypeError, m);
    public static PyException ValueError(string m) => Create(PyTypes.ValueError, m);
    public static PyException IndexError(string m) => Create(PyTypes.IndexError, m);
    public static PyException NameError(string m) => Create(PyTypes.NameError, m);
    public static PyException AttributeError(string m) => Create(PyTypes.AttributeError, m);
    public static PyException ZeroDivisionError(string m) => Create(PyTypes.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => Create(PyTypes.OverflowError, m);
    public static PyException RuntimeError(string m) => Create(PyTypes.RuntimeError, m);
    public static PyException RecursionError(string m) => Create(PyTypes.RecursionError, m);
    public static PyException SystemError(string m) => Create(PyTypes.SystemError, m);
    public static PyException KeyError(PyObject key) => new(new PyBaseException(PyTypes.KeyError, [key]));

    public static PyException Unhashable(PyObject o) => TypeError($"unhashable type: '{o.Type.TpName}'");
}
