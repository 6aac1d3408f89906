namespace Engine.Runtime;

/// <summary>
/// The rest of 3.11's builtin exception hierarchy (Objects/exceptions.c): OSError and its errno
/// subclasses, the Warning classes, the Unicode errors, SyntaxError, BaseExceptionGroup and
/// ExceptionGroup, and the attributes these carry in C fields (SystemExit.code, OSError.errno, ...).
/// </summary>
public static class ExceptionTypes
{
    public static readonly PyType BaseExceptionGroup = new("BaseExceptionGroup", PyTypes.BaseException);
    public static readonly PyType ExceptionGroup = new("ExceptionGroup", [BaseExceptionGroup, PyTypes.Exception], PyTypes.Type);
    public static readonly PyType BufferError = new("BufferError", PyTypes.Exception);
    public static readonly PyType ReferenceError = new("ReferenceError", PyTypes.Exception);
    public static readonly PyType StopAsyncIteration = new("StopAsyncIteration", PyTypes.Exception);
    public static readonly PyType SyntaxError = new("SyntaxError", PyTypes.Exception);
    public static readonly PyType IndentationError = new("IndentationError", SyntaxError);
    public static readonly PyType TabError = new("TabError", IndentationError);
    public static readonly PyType UnicodeDecodeError = new("UnicodeDecodeError", PyTypes.UnicodeError);
    public static readonly PyType UnicodeEncodeError = new("UnicodeEncodeError", PyTypes.UnicodeError);
    public static readonly PyType UnicodeTranslateError = new("UnicodeTranslateError", PyTypes.UnicodeError);

    public static readonly PyType OSError = new("OSError", PyTypes.Exception);
    public static readonly PyType BlockingIOError = new("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = new("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = new("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = new("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = new("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = new("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = new("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = new("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = new("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = new("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = new("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = new("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = new("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = new("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = new("TimeoutError", OSError);

    public static readonly PyType Warning = new("Warning", PyTypes.Exception);
    public static readonly PyType BytesWarning = new("BytesWarning", Warning);
    public static readonly PyType DeprecationWarning = new("DeprecationWarning", Warning);
    public static readonly PyType EncodingWarning = new("EncodingWarning", Warning);
    public static readonly PyType FutureWarning = new("FutureWarning", Warning);
    public static readonly PyType ImportWarning = new("ImportWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = new("PendingDeprecationWarning", Warning);
    public static readonly PyType ResourceWarning = new("ResourceWarning", Warning);
    public static readonly PyType RuntimeWarning = new("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = new("SyntaxWarning", Warning);
    public static readonly PyType UnicodeWarning = new("UnicodeWarning", Warning);
    public static readonly PyType UserWarning = new("UserWarning", Warning);

    /// <summary>The classes added here, for the builtins namespace and the constructors.</summary>
    public static readonly PyType[] All =
    [
        BaseExceptionGroup, ExceptionGroup, BufferError, ReferenceError, StopAsyncIteration, SyntaxError,
        IndentationError, TabError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, OSError,
        BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
        ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
        IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError, Warning,
        BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning,
        ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning,
    ];

    /// <summary>Builtins' names for the classes (EnvironmentError and IOError are OSError's old names).</summary>
    public static IEnumerable<(string Name, PyType Type)> BuiltinNames()
    {
        foreach (var t in All) yield return (t.Name, t);
        yield return ("EnvironmentError", OSError);
        yield return ("IOError", OSError);
    }

    /// <summary>Constructors and __init__ methods; called once from TypeSetup after the base loop.</summary>
    internal static void Register()
    {
        foreach (var e in All)
        {
            var type = e;
            type.Constructor = (a, k) =>
            {
                ArgCheck.NoKeywords(type.Name, k);
                return New(type, a.ToArray());
            };
        }
        OSError.AddMethod("__init__", (a, k) =>
        {
            ArgCheck.NoKeywords("OSError.__init__", k);
            InitOSError((PyBaseException)a[0], a[1..].ToArray());
            return PyNone.Instance;
        });
        PyTypes.BaseException.AddMethod("with_traceback", (a, k) =>
        {
            ArgCheck.Exactly("with_traceback", a, k, 2);
            var e = (PyBaseException)a[0];
            e.Traceback = a[1] switch
            {
                PyTraceback tb => tb.Entry,
                PyNone => null,
                _ => throw PyException.TypeError("__traceback__ must be a traceback or None"),
            };
            return e;
        });
        // ImportError(msg, name=..., path=...): the only builtin exception taking keywords.
        foreach (var type in new[] { PyTypes.ImportError, PyTypes.ModuleNotFoundError })
        {
            var cls = type;
            cls.Constructor = (a, k) =>
            {
                var positional = a.Length - (k?.Length ?? 0);
                var e = new PyBaseException(cls, a[..positional].ToArray());
                for (var i = 0; i < (k?.Length ?? 0); i++)
                {
                    if (k![i] is not ("name" or "path"))
                        throw PyException.TypeError($"'{k[i]}' is an invalid keyword argument for {cls.Name}()");
                    e.SetMember(k[i], a[positional + i]);
                }
                return e;
            };
        }
        ExceptionGroups.Register();
    }

    /// <summary>A traceback object's tb_lineno, tb_next and tb_lasti.</summary>
    public static PyObject? TracebackAttr(PyTraceback tb, string name) => name switch
    {
        "tb_lineno" => tb.Entry.Line is { } line ? PyInt.From(line) : PyNone.Instance,
        "tb_next" => tb.Entry.Next is { } next ? new PyTraceback(next) : PyNone.Instance,
        "tb_lasti" => PyInt.From(tb.Entry.Offset),
        _ => null,
    };

    /// <summary>A new instance of a builtin exception class with these arguments (the class's __new__ and __init__).</summary>
    public static PyBaseException New(PyType type, PyObject[] args)
    {
        if (type.IsSubtypeOf(BaseExceptionGroup)) return ExceptionGroups.New(type, args);
        if (ReferenceEquals(type, OSError) && args.Length is >= 2 and <= 5 && args[0] is PyInt { IsBig: false } errno
            && ErrnoSubclass(errno.Value) is { } sub)
            type = sub;
        var e = new PyBaseException(type, args);
        if (type.IsSubtypeOf(OSError)) InitOSError(e, args);
        if (type.IsSubtypeOf(PyTypes.UnicodeError)) UnicodeErrors.Init(e);
        return e;
    }

    /// <summary>OSError(errno, strerror[, filename[, winerror[, filename2]]]): args keeps (errno, strerror).</summary>
    private static void InitOSError(PyBaseException e, PyObject[] args)
    {
        e.Args = args;
        if (args.Length is < 2 or > 5) return;
        e.SetMember("errno", args[0]);
        e.SetMember("strerror", args[1]);
        if (args.Length >= 3 && args[2] is not PyNone)
        {
            e.SetMember("filename", args[2]);
            if (args.Length == 5) e.SetMember("filename2", args[4]);
            e.Args = args[..2];
        }
    }

    /// <summary>The OSError subclass an errno value selects (exceptions.c's errnomap, Linux numbers).</summary>
    private static PyType? ErrnoSubclass(long errno) => errno switch
    {
        11 or 114 or 115 => BlockingIOError,
        10 => ChildProcessError,
        32 or 108 => BrokenPipeError,
        103 => ConnectionAbortedError,
        111 => ConnectionRefusedError,
        104 => ConnectionResetError,
        17 => FileExistsError,
        2 => FileNotFoundError,
        21 => IsADirectoryError,
        20 => NotADirectoryError,
        4 => InterruptedError,
        1 or 13 => PermissionError,
        3 => ProcessLookupError,
        110 => TimeoutError,
        _ => null,
    };

    /// <summary>BaseException_str's overrides: OSError's "[Errno 2] ...", a group's "msg (n sub-exceptions)".</summary>
    internal static bool TryWriteStr(PyBaseException e, ReprWriter w)
    {
        if (e.Type.IsSubtypeOf(OSError))
        {
            var errno = e.Member("errno");
            var strerror = e.Member("strerror");
            var filename = e.Member("filename");
            if (filename is not null)
            {
                w.Append("[Errno ").Append((errno ?? PyNone.Instance).Str()).Append("] ").Append((strerror ?? PyNone.Instance).Str()).Append(": ");
                filename.WriteRepr(w);
                if (e.Member("filename2") is { } filename2)
                {
                    w.Append(" -> ");
                    filename2.WriteRepr(w);
                }
                return true;
            }
            if (errno is not null && strerror is not null)
            {
                w.Append("[Errno ").Append(errno.Str()).Append("] ").Append(strerror.Str());
                return true;
            }
            return false;
        }
        if (e.Type.IsSubtypeOf(PyTypes.UnicodeError)) return UnicodeErrors.TryWriteStr(e, w);
        if (e.Type.IsSubtypeOf(BaseExceptionGroup))
        {
            var count = ExceptionGroups.Exceptions(e).Items.Length;
            w.Append(ExceptionGroups.Message(e).Str()).Append(" (").Append(count.ToString()).Append(count == 1 ? " sub-exception)" : " sub-exceptions)");
            return true;
        }
        return false;
    }
}

/// <summary>The attributes exceptions keep in C fields, read and written by name.</summary>
public static class ExceptionAttributes
{
    /// <summary>e.name for the fields of BaseException and its subclasses, or null.</summary>
    public static PyObject? Get(PyBaseException e, string name)
    {
        switch (name)
        {
            case "args": return PyTuple.Create(e.Args);
            case "__traceback__": return e.Traceback is { } tb ? new PyTraceback(tb) : PyNone.Instance;
            case "__cause__": return (PyObject?)e.Cause ?? PyNone.Instance;
            case "__context__": return (PyObject?)e.Context ?? PyNone.Instance;
            case "__suppress_context__": return PyBool.From(e.SuppressContext);
            case "__dict__": return e.Dict;
        }
        if (e.Member(name) is { } member) return member;
        var type = e.Type;
        switch (name)
        {
            case "value" when type.IsSubtypeOf(PyTypes.StopIteration): return e.Value;
            case "code" when type.IsSubtypeOf(PyTypes.SystemExit):
                return e.Args.Length switch { 0 => PyNone.Instance, 1 => e.Args[0], _ => PyTuple.Create(e.Args) };
            case "errno" or "strerror" or "filename" or "filename2" when type.IsSubtypeOf(ExceptionTypes.OSError):
                return PyNone.Instance;
            case "characters_written" when type.IsSubtypeOf(ExceptionTypes.BlockingIOError):
                return null;
            case "name" when type.IsSubtypeOf(PyTypes.NameError) || type.IsSubtypeOf(PyTypes.AttributeError) || type.IsSubtypeOf(PyTypes.ImportError):
                return PyNone.Instance;
            case "obj" when type.IsSubtypeOf(PyTypes.AttributeError):
            case "path" when type.IsSubtypeOf(PyTypes.ImportError):
                return PyNone.Instance;
            case "msg" when type.IsSubtypeOf(PyTypes.ImportError):
                return e.Args.Length == 1 ? e.Args[0] : PyNone.Instance;
            case "message" when type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup): return ExceptionGroups.Message(e);
            case "exceptions" when type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup): return ExceptionGroups.Exceptions(e);
        }
        return e.HasDict ? e.Dict.Get(name) : null;
    }

    /// <summary>Assigns (or deletes, value null) a field; false when <paramref name="name"/> is an ordinary attribute.</summary>
    public static bool TrySet(PyBaseException e, string name, PyObject? value)
    {
        switch (name)
        {
            case "args":
                e.Args = value is null ? throw PyException.TypeError("args may not be deleted") : [.. Ops.ToList(value)];
                return true;
            case "__traceback__":
                e.Traceback = value switch
                {
                    PyTraceback tb => tb.Entry,
                    PyNone => null,
                    _ => throw PyException.TypeError("__traceback__ must be a traceback or None"),
                };
                return true;
            case "__cause__" or "__context__":
                var exc = value switch
                {
                    PyBaseException b => b,
                    PyNone => null,
                    null => throw PyException.TypeError($"{name} may not be deleted"),
                    _ => throw PyException.TypeError($"exception {name.Trim('_')} must be None or derive from BaseException"),
                };
                if (name == "__cause__")
                {
                    e.Cause = exc;
                    e.SuppressContext = true;
                }
                else e.Context = exc;
                return true;
            case "__suppress_context__":
                e.SuppressContext = value is not null && value.IsTrue();
                return true;
            case "code" when e.Type.IsSubtypeOf(PyTypes.SystemExit):
            case "value" when e.Type.IsSubtypeOf(PyTypes.StopIteration):
            case "errno" or "strerror" or "filename" or "filename2" when e.Type.IsSubtypeOf(ExceptionTypes.OSError):
            case "name" when e.Type.IsSubtypeOf(PyTypes.NameError) || e.Type.IsSubtypeOf(PyTypes.AttributeError) || e.Type.IsSubtypeOf(PyTypes.ImportError):
                e.SetMember(name, value ?? PyNone.Instance);
                return true;
            case "message" or "exceptions" when e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup):
                throw PyException.AttributeError("readonly attribute");
        }
        if (e.Type.IsUserDefined) return false;
        // Builtin exceptions still have a __dict__ (e.note = ..., __notes__).
        if (value is not null) e.Dict.Set(name, value);
        else if (!e.HasDict || !e.Dict.Remove(PyStr.From(name)))
            throw PyException.AttributeError($"'{e.Type.TpName}' object has no attribute '{name}'");
        return true;
    }
}
