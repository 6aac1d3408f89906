namespace Engine.Runtime.Modules;

/// <summary>
/// sys.stdout, sys.stderr and sys.stdin as the oracle's CPython has them: the program runs under
/// contextlib.redirect_stdout(io.StringIO()), so sys.stdout is an _io.StringIO holding what was
/// printed; sys.stderr and sys.stdin are the process's own streams (stderr is not part of the
/// answer; stdin is the request's text). print() and input() go through the sys module's current
/// stdout/stdin, so a program that rebinds them (redirect_stdout, sys.stdin = io.StringIO(...))
/// reads and writes its own objects.
/// </summary>
public static class SysStreams
{
    private static readonly PyType StdoutType = new("StringIO", PyTypes.Object) { Module = "_io" };
    private static readonly PyType StderrType = new("TextIOWrapper", PyTypes.Object) { Module = "_io" };
    internal static readonly PyType StdinType = new("TextIOWrapper", PyTypes.Object) { Module = "_io" };

    static SysStreams()
    {
        StdoutType.AddMethod("write", (a, k) => WriteTo(a, k, text => RuntimeContext.Current.Stdout.Write(text)));
        StdoutType.AddMethod("writelines", (a, k) => WriteLines(a, k, text => RuntimeContext.Current.Stdout.Write(text)));
        StdoutType.AddMethod("getvalue", (a, k) => { ArgCheck.Exactly("getvalue", a, k, 1); return PyStr.From(RuntimeContext.Current.Stdout.ToString()); });
        StdoutType.AddMethod("tell", (a, k) => { ArgCheck.Exactly("tell", a, k, 1); return PyInt.From(RuntimeContext.Current.Stdout.Length); });
        AddCommon(StdoutType, readable: true, writable: true);

        StderrType.AddMethod("write", (a, k) => WriteTo(a, k, _ => { }));
        StderrType.AddMethod("writelines", (a, k) => WriteLines(a, k, _ => { }));
        AddCommon(StderrType, readable: false, writable: true);
        AddFileFacts(StderrType, "<stderr>", "w", 2);

        StdinType.AddMethod("readline", (a, k) =>
        {
            ArgCheck.Range("readline", a, k, 1, 2);
            return PyStr.From(Stdin(a[0]).ReadLineKeepingEnd(Size(a, 1)));
        });
        StdinType.AddMethod("read", (a, k) =>
        {
            ArgCheck.Range("read", a, k, 1, 2);
            return PyStr.From(Stdin(a[0]).Read(Size(a, 1)));
        });
        StdinType.AddMethod("readlines", (a, k) =>
        {
            ArgCheck.Range("readlines", a, k, 1, 2);
            var reader = Stdin(a[0]);
            var hint = Size(a, 1);
            var lines = new List<PyObject>();
            long total = 0;
            for (var line = reader.ReadLineKeepingEnd(-1); line.Length > 0; line = reader.ReadLineKeepingEnd(-1))
            {
                RuntimeContext.Current.Tick();
                lines.Add(PyStr.From(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return new PyList(lines);
        });
        StdinType.AddMethod("__iter__", (a, k) => { Stdin(a[0]); return a[0]; });
        StdinType.AddMethod("__next__", (a, k) =>
            ((SysStdin)a[0]).Next() ?? throw new PyException(new PyBaseException(PyTypes.StopIteration, [])));
        AddCommon(StdinType, readable: true, writable: false);
        AddFileFacts(StdinType, "<stdin>", "r", 0);
    }

    public static PyObject NewStdout() => new NativeObject(StdoutType);

    public static PyObject NewStderr() => new NativeObject(StderrType, "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>");

    /// <summary>sys.__stdout__: the process's own stdout, which the oracle's answer does not show
    /// (the program's output is what went to sys.stdout); written to, it discards.</summary>
    public static PyObject NewConsoleStdout() => new NativeObject(StderrType, "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>");

    public static PyObject NewStdin() => new SysStdin();

    /// <summary>The object print() writes to when given no file: the sys module's stdout when the
    /// program imported sys and rebound it, else null (the run's output itself).</summary>
    public static PyObject? ReboundStdout() => Rebound("stdout", StdoutType);

    /// <summary>The object input() reads from when the program rebound sys.stdin, else null.</summary>
    public static PyObject? ReboundStdin() => Rebound("stdin", StdinType);

    private static PyObject? Rebound(string name, PyType native)
    {
        if (!RuntimeContext.Current.Modules.TryGetValue("sys", out var sys)) return null;
        var stream = sys.Get(name);
        return stream is null || stream.Type == native ? null : stream;
    }

    /// <summary>input() when the program rebound sys.stdin or sys.stdout: the prompt through
    /// sys.stdout.write, then sys.stdin.readline(), as CPython's input() does off a terminal.</summary>
    public static PyObject InputThroughSys(PyObject? prompt)
    {
        var sys = RuntimeContext.Current.Modules["sys"];
        var stdin = sys.Get("stdin") ?? PyNone.Instance;
        var stdout = sys.Get("stdout") ?? PyNone.Instance;
        if (stdin is PyNone) throw PyException.RuntimeError("input(): lost sys.stdin");
        if (stdout is PyNone) throw PyException.RuntimeError("input(): lost sys.stdout");
        if (prompt is not null) Builtins.Call(Ops.GetAttr(stdout, "write"), PyStr.From(prompt.Str()));
        if (Ops.GetAttrOrNull(stdout, "flush") is { } flush) Builtins.Call(flush);
        var line = Builtins.Call(Ops.GetAttr(stdin, "readline"));
        if (line is not PyStr s) throw PyException.TypeError("object.readline() returned non-string");
        if (s.Value.Length == 0) throw PyException.Create(PyTypes.EOFError, "EOF when reading a line");
        return s.Value.EndsWith('\n') ? PyStr.From(s.Value[..^1]) : s;
    }

    /// <summary>Where print(file=f) writes: the run's output (null), nowhere (stderr), or f.write.</summary>
    public static bool IsRunOutput(PyObject file) => file.Type == StdoutType;

    public static bool IsDiscarded(PyObject file) => file.Type == StderrType;

    private static PyObject WriteTo(ReadOnlySpan<PyObject> a, string[]? k, Action<string> sink)
    {
        ArgCheck.Exactly("write", a, k, 2);
        if (a[1] is not PyStr s) throw PyException.TypeError($"string argument expected, got '{a[1].Type.Name}'");
        sink(s.Value);
        return PyInt.From(s.Length);
    }

    private static PyObject WriteLines(ReadOnlySpan<PyObject> a, string[]? k, Action<string> sink)
    {
        ArgCheck.Exactly("writelines", a, k, 2);
        var it = Ops.Iter(a[1]);
        for (var item = it.Next(); item is not null; item = it.Next())
        {
            if (item is not PyStr s) throw PyException.TypeError($"string argument expected, got '{item.Type.Name}'");
            sink(s.Value);
        }
        return PyNone.Instance;
    }

    private static void AddCommon(PyType type, bool readable, bool writable)
    {
        type.AddMethod("flush", (a, k) => { ArgCheck.Exactly("flush", a, k, 1); return PyNone.Instance; });
        type.AddMethod("isatty", (a, k) => { ArgCheck.Exactly("isatty", a, k, 1); return PyBool.False; });
        type.AddMethod("readable", (a, k) => { ArgCheck.Exactly("readable", a, k, 1); return PyBool.From(readable); });
        type.AddMethod("writable", (a, k) => { ArgCheck.Exactly("writable", a, k, 1); return PyBool.From(writable); });
        type.Dict["closed"] = PyBool.False;
    }

    private static void AddFileFacts(PyType type, string name, string mode, int fd)
    {
        type.Dict["name"] = PyStr.From(name);
        type.Dict["mode"] = PyStr.From(mode);
        type.Dict["encoding"] = PyStr.From("utf-8");
        type.Dict["errors"] = PyStr.From(fd == 2 ? "backslashreplace" : "strict");
        type.AddMethod("fileno", (a, k) => { ArgCheck.Exactly("fileno", a, k, 1); return PyInt.From(fd); });
    }

    private static StdinReader Stdin(PyObject self) => RuntimeContext.Current.Stdin;

    private static long Size(ReadOnlySpan<PyObject> a, int index)
    {
        if (a.Length <= index || a[index] is PyNone) return -1;
        if (a[index] is not PyInt) throw PyException.TypeError($"argument should be integer or None, not '{a[index].Type.Name}'");
        return ArgCheck.Index(a[index]);
    }
}

/// <summary>sys.stdin: an iterator over the request's stdin lines (for line in sys.stdin).</summary>
public sealed class SysStdin : PyIterator
{
    public override PyType Type => SysStreams.StdinType;

    public override PyObject? Next()
    {
        var line = Context.Stdin.ReadLineKeepingEnd(-1);
        return line.Length == 0 ? null : PyStr.From(line);
    }

    public override void WriteRepr(ReprWriter w) => w.Append("<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>");
}
