using System.Text;

namespace Engine.Runtime;

/// <summary>
/// What the runtime's operations need from the run they belong to: the output and input
/// streams, the memory budget, the recursion limit, and a way to call back into Python code
/// (for builtins such as sorted(key=...)). One per run, current on the thread that runs it.
/// </summary>
public sealed class RuntimeContext
{
    [ThreadStatic] private static RuntimeContext? _current;
    private static readonly RuntimeContext Fallback = new(new OutputSink(long.MaxValue), "", MemoryBudget.Unlimited, 1000);

    public RuntimeContext(OutputSink stdout, string stdin, MemoryBudget memory, int recursionLimit)
    {
        Stdout = stdout;
        Stdin = new StdinReader(stdin);
        Memory = memory;
        RecursionLimit = recursionLimit;
    }

    /// <summary>The running program's context; outside a run, an unlimited one (tests of single operations).</summary>
    public static RuntimeContext Current => _current ?? Fallback;

    private long _identities;

    /// <summary>
    /// The id of <paramref name="o"/>, an object made in this run: numbered in the order the run
    /// first asks (from 2**36 on, apart from the ids .NET's hash codes give), so ids and the order
    /// of sets of objects do not change from one run of a program to the next. Asked outside its
    /// run (or outside any run), the object answers as any other.
    /// </summary>
    internal long IdentityOf(ref long id, PyObject o)
    {
        if (!ReferenceEquals(this, _current) || ReferenceEquals(this, Fallback)) return PyObject.AddressLike(o);
        return id != 0 ? id : id = ((1L << 32) + ++_identities) << 4;
    }

    public OutputSink Stdout { get; }
    public StdinReader Stdin { get; }
    public MemoryBudget Memory { get; }
    public int RecursionLimit { get; }

    /// <summary>Seconds the run has left before its time limit (the VM sets this; unlimited otherwise).</summary>
    public Func<double> SecondsLeft { get; set; } = () => double.PositiveInfinity;

    /// <summary>Calls a callable with positional arguments; set by the VM so builtins can run Python functions.</summary>
    public Func<PyObject, PyObject[], PyObject>? CallObject { get; set; }

    /// <summary>
    /// The run's one str object per name its code uses (co_names of every code object, as
    /// CPython interns identifiers): an attribute stored by one function and read by another is
    /// then the same key object, which a dict compares by identity and a class lookup finds in
    /// its identity-keyed table. Outside a run (the shared fallback) each call makes a new str.
    /// </summary>
    internal PyStr NameKey(string name)
    {
        if (ReferenceEquals(this, Fallback)) return new PyStr(name);
        if (!_names.TryGetValue(name, out var key)) _names[name] = key = new PyStr(name);
        return key;
    }

    private readonly Dictionary<string, PyStr> _names = new(StringComparer.Ordinal);

    /// <summary>The modules this run has imported (sys.modules), so each is created once per run.</summary>
    public Dictionary<string, PyModule> Modules { get; } = new(StringComparer.Ordinal);

    /// <summary>The run's builtins namespace (what `import builtins` gives); set by the VM.</summary>
    public PyDict? BuiltinsDict { get; set; }

    /// <summary>Runs a library module's code with the module's dict as its globals (the VM's
    /// import of a module written in Python, and _sandbox.exec_string); set by the VM for the run.
    /// Answers what the code returns (an eval-mode code's value).</summary>
    public Func<PyCode, PyDict, PyObject>? RunModuleCode { get; set; }

    /// <summary>The globals of the Python frame <c>depth</c> calls above the running one (0: the
    /// running frame), or null past the outermost; set by the VM for the run.</summary>
    public Func<int, PyDict?>? FrameGlobals { get; set; }

    /// <summary>Runs an action with the trace suspended (the VM's observer does not see it).</summary>
    public Action<Action>? Untraced { get; set; }

    /// <summary>The recursion limit the program set with sys.setrecursionlimit (what getrecursionlimit answers).</summary>
    public int? ProgramRecursionLimit { get; set; }

    /// <summary>Applies sys.setrecursionlimit to the VM (set by the VM; the run's own limit still caps it).</summary>
    public Action<int>? SetRecursionLimit { get; set; }

    /// <summary>The exception being handled (sys.exception(), sys.exc_info()); set by the VM.</summary>
    public Func<PyBaseException?>? HandledException { get; set; }

    /// <summary>Calls a callable with positional then keyword arguments (their names in the third argument).</summary>
    public Func<PyObject, PyObject[], string[]?, PyObject>? CallWithKeywords { get; set; }

    private long _nativeTicks;

    /// <summary>
    /// Counts one item of work done by C# code on the program's behalf (an iterator's next
    /// item), so that loops no instruction counts, like sum(range(10**12)), still meet the
    /// time and memory limits: both are read every 4096 items.
    /// </summary>
    public void Tick()
    {
        if ((++_nativeTicks & 0xFFF) != 0) return;
        if (SecondsLeft() < 0) throw new ResourceLimitException(ResourceLimit.Time);
        Memory.Poll();
    }

    /// <summary>
    /// Checks an allocation of <paramref name="bytes"/> against the memory budget before it
    /// happens, and, when it is large, the clock too: building a large object in one step (a
    /// string or int that grows each iteration) takes time the instruction count does not see.
    /// </summary>
    public void CheckAllocation(long bytes)
    {
        Memory.CheckSize(bytes);
        if (bytes >= MemoryBudget.Threshold && SecondsLeft() < 0) throw new ResourceLimitException(ResourceLimit.Time);
    }

    /// <summary>C#-level nesting of repr/==/hash on nested containers, bounded like CPython's C recursion.</summary>
    internal int NativeDepth;

    /// <summary>Makes this context current until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = _current;
        _current = this;
        return new Scope(previous);
    }

    public readonly struct Scope(RuntimeContext? previous) : IDisposable
    {
        public void Dispose() => _current = previous;
    }
}

/// <summary>Bounds the C# recursion of operations on nested objects (==, hash, repr), raising
/// RecursionError where CPython would, long before the .NET stack runs out.</summary>
public readonly struct RecursionGuard : IDisposable
{
    private readonly RuntimeContext _context;

    private RecursionGuard(RuntimeContext context) => _context = context;

    public static RecursionGuard Enter()
    {
        var c = RuntimeContext.Current;
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (++c.NativeDepth > c.RecursionLimit)
        {
            c.NativeDepth--;
            throw PyException.RecursionError("maximum recursion depth exceeded in comparison");
        }
        return new RecursionGuard(c);
    }

    public void Dispose() => _context.NativeDepth--;
}

/// <summary>A run stopped by one of its limits (not a Python exception: the program cannot catch it).</summary>
public sealed class ResourceLimitException(ResourceLimit limit) : Exception(limit.ToString())
{
    public ResourceLimit Limit { get; } = limit;
}

public enum ResourceLimit { Steps, Time, Memory, Output }

/// <summary>The program's stdout, capped at a number of characters.</summary>
public sealed class OutputSink(long maxChars)
{
    private readonly StringBuilder _text = new();

    public long MaxChars { get; } = maxChars;
    public int Length => _text.Length;

    /// <summary>Characters that can still be written before the cap.</summary>
    public long Remaining => MaxChars - _text.Length;

    /// <summary>Writes <paramref name="s"/>, which the real stdout would encode as UTF-8 first: a str
    /// holding a surrogate code point fails with CPython's UnicodeEncodeError and writes nothing.</summary>
    public void Write(string s)
    {
        if (Engine.Syntax.Surrogates.Contains(s)) Codecs.Encode(s, "utf-8", "strict");
        if (s.Length > Remaining)
        {
            _text.Append(s, 0, (int)Math.Max(0, Remaining));
            throw new ResourceLimitException(ResourceLimit.Output);
        }
        _text.Append(s);
    }

    public override string ToString() => _text.ToString();
}

/// <summary>The program's stdin (the request's text) as sys.stdin reads it: universal newlines,
/// so "\r\n" and "\r" read as "\n", as CPython's TextIOWrapper reads them.</summary>
public sealed class StdinReader(string text)
{
    private readonly string _text = text.Replace("\r\n", "\n").Replace('\r', '\n');
    private int _position;

    /// <summary>The next line without its newline, or null at the end of input (input()).</summary>
    public string? ReadLine()
    {
        if (_position >= _text.Length) return null;
        var line = ReadLineKeepingEnd(-1);
        return line.EndsWith('\n') ? line[..^1] : line;
    }

    /// <summary>readline(limit): the next line with its newline, at most <paramref name="limit"/>
    /// characters when it is not negative; "" at the end.</summary>
    public string ReadLineKeepingEnd(long limit)
    {
        var end = _text.IndexOf('\n', _position);
        end = end < 0 ? _text.Length : end + 1;
        if (limit >= 0 && limit < end - _position) end = _position + (int)limit;
        var line = _text[_position..end];
        _position = end;
        return line;
    }

    /// <summary>read(size): at most <paramref name="size"/> characters, or all that is left when negative.</summary>
    public string Read(long size)
    {
        var end = size < 0 || size > _text.Length - _position ? _text.Length : _position + (int)size;
        var chunk = _text[_position..end];
        _position = end;
        return chunk;
    }
}
