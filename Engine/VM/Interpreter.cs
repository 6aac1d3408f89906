using System.Diagnostics;
using System.Runtime.CompilerServices;
using Engine.Bytecode;
using Engine.Runtime;
using Engine.Runtime.Modules;

namespace Engine.VM;

/// <summary>
/// The evaluation loop (CPython's _PyEval_EvalFrameDefault): one switch over the opcodes, frames
/// pushed and popped inside the loop for Python-to-Python calls, exceptions unwound through each
/// code object's exception table.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Inline CACHE bytes after each opcode, from the opcode table.</summary>
    private static readonly byte[] CacheBytes = BuildCacheBytes();

    /// <summary>Frames CPython's count already holds when the oracle's harness starts the module
    /// (its own Python frames and exec), so RecursionError strikes at the same depth.</summary>
    private const int HostFrames = 5;

    /// <summary>Builtins calling back into Python (sorted(key=...)) nest a C# loop; this bounds that nesting.</summary>
    private const int MaxNativeReentry = 64;

    private readonly ExecutionOptions _options;
    private readonly IExecutionObserver? _observer;
    private readonly CancellationToken _cancel;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly PyDict _builtins;
    private int _maxDepth;
    private long _steps;

    // The program's file, and the instructions library code ran for the tracer (the repr of a
    // deque or Counter the trace shows at every step): CPython runs those in C, so they are not
    // held against the program's step limit; the time limit still bounds them.
    private string? _programFile;
    private long _observerLibrarySteps;
    private int _depth;
    private int _reentry;

    /// <summary>Above zero while the observer itself runs (it may call a program's __repr__):
    /// like CPython's tracing flag, code run on the observer's behalf is not traced.</summary>
    private int _observing;

    /// <summary>The exception being handled (sys.exc_info()), saved and restored by PUSH_EXC_INFO / POP_EXCEPT.</summary>
    private PyBaseException? _handled;

    /// <summary>sys.exception(): the exception an except clause is handling, or null.</summary>
    internal PyBaseException? HandledException() => _handled;
    internal PyBaseException? Handled => _handled;

    /// <summary>The innermost running frame, for settling the trace when a limit stops the run.</summary>
    internal Frame? Current { get; private set; }

    public Interpreter(ExecutionOptions options, IExecutionObserver? observer, PyDict builtins, CancellationToken cancel)
    {
        _options = options;
        _observer = observer;
        _builtins = builtins;
        _cancel = cancel;
        _maxDepth = Math.Max(1, options.RecursionLimit - HostFrames);
        _maxSteps = options.MaxSteps;
        _tier2Threshold = options.Tier2Threshold;
    }

    public long Steps => _steps;

    /// <summary>sys.setrecursionlimit: the program's limit applies, but never above the run's own.</summary>
    internal void SetRecursionLimit(int limit)
    {
        var depth = Math.Max(1, Math.Min(limit, _options.RecursionLimit) - HostFrames);
        if (depth <= _depth)
            throw PyException.RecursionError($"cannot set the recursion limit to {limit} at the recursion depth {_depth + 1}: the limit is too low");
        _maxDepth = depth;
    }

    /// <summary>Drops the running frames (and with them all the program holds), after the run ran out of memory.</summary>
    internal void Abandon()
    {
        Current = null;
        _handled = null;
    }

    /// <summary>Two floats, or a float and a small int (converted exactly as float(int) does, the
    /// int's conversion being exact below 2**53 and correctly rounded above, as in CPython).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool FloatOperands(PyObject left, PyObject right, out double x, out double y)
    {
        if (left.GetType() == typeof(PyFloat))
        {
            x = Unsafe.As<PyFloat>(left).Value;
            if (right.GetType() == typeof(PyFloat)) { y = Unsafe.As<PyFloat>(right).Value; return true; }
            if (right.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(right) is { IsBig: false } ri) { y = ri.Value; return true; }
        }
        else if (right.GetType() == typeof(PyFloat) && left.GetType() == typeof(PyInt) && Unsafe.As<PyInt>(left) is { IsBig: false } li)
        {
            x = li.Value;
            y = Unsafe.As<PyFloat>(right).Value;
            return true;
        }
        x = y = 0;
        return false;
    }

    private static byte[] BuildCacheBytes()
    {
        var table = new byte[256];
        foreach (var row in OpcodeTable.All) table[(int)row.Code] = (byte)(row.Caches * 2);
        return table;
    }

    public PyObject RunModule(PyCode code, PyDict globals)
    {
        var frame = new Frame(code, globals, _builtins, globals, null, null);
        _depth = 1;
        _programFile = code.Code.Filename;
        return Run(frame);
    }

    /// <summary>The running frame's parts the loop keeps in locals, loaded when it switches frames.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Enter(Frame f, out byte[] code, out Span<PyObject?> stack, out Span<PyObject?> fast,
        out PyObject[] consts, out string[] names, out PyStr[] nameKeys)
    {
        code = f.Code.Bytes;
        stack = f.Stack;
        fast = f.Fast;
        consts = f.Code.Consts;
        names = f.Code.Names;
        nameKeys = f.Code.NameKeys;
    }

    internal double SecondsLeft() => (_options.Timeout - _clock.Elapsed).TotalSeconds;

    private void CheckLimits()
    {
        if (_clock.Elapsed > _options.Timeout || _cancel.IsCancellationRequested)
            throw new ResourceLimitException(ResourceLimit.Time);
        RuntimeContext.Current.Memory.Poll();
    }

    /// <summary>Runs <paramref name="entry"/> (and every frame it calls) until it returns; from
    /// <paramref name="top"/>, a frame it called that is still running, when compiled code left it there.</summary>
    private PyObject Run(Frame entry, Frame? top = null)
    {
        var f = top ?? entry;
        Current = f;
        entry.RunEntry = true;
        // Spans, not the arrays: a store through a span skips the covariance check a store into a
        // PyObject?[] costs (PyObject is not sealed), which was a tenth of the loop's time.
        Enter(f, out var code, out var stack, out var fast, out var consts, out var names, out var nameKeys);
        var sp = f.Sp;
        var pc = f.Pc;
        string[]? kwnames = null;
        var restoredLasti = -1;
        var maxSteps = _options.MaxSteps;
        var observer = ActiveObserver;
        var tracerDied = false;
        // generator.throw(): the exception is raised at the yield, before any instruction runs (or
        // where compiled code that resumed the generator raised it).
        var pendingThrow = f.PendingThrow;
        var pendingThrowAt = f.PendingThrowAt;
        f.PendingThrow = null;
        f.PendingThrowAt = -1;
        var tier2Pending = pendingThrow is null;

        while (true)
        {
            var offset = pc;
            int op = code[pc], arg = code[pc + 1];
            if (pendingThrow is not null) op = (int)Opcode.CACHE;
            else
            {
                if (_observing > 0 && !ReferenceEquals(f.Code.Code.Filename, _programFile) && f.Code.Code.Filename != _programFile)
                {
                    // Library code the tracer runs (a repr written in Python) is not the program's
                    // work: it is bounded by the time limit, not counted as the program's steps.
                    if ((++_observerLibrarySteps & 1023) == 0)
                    {
                        f.Sp = sp;
                        CheckLimits();
                    }
                }
                else
                {
                    if (_steps >= maxSteps)
                    {
                        f.Sp = sp;
                        throw new ResourceLimitException(ResourceLimit.Steps);
                    }
                    if ((++_steps & 1023) == 0)
                    {
                        f.Sp = sp;
                        CheckLimits();
                    }
                }
                if (observer is not null)
                {
                    f.Sp = sp;
                    if (_tracerGone) observer = null;
                    else if (_depth + TracerDeathDepth > _maxDepth && SettlesAPendingStep(f, op)) // the cheap test first
                    {
                        // The oracle's tracer runs above the frame; this deep, settling the last step
                        // (visible_locals, a comprehension, short_repr) passes the recursion limit: the
                        // step stays unsettled, the RecursionError leaves the tracer into the program at
                        // this instruction, and CPython turns tracing off for the rest of the run.
                        observer.Abandon(f);
                        _tracerGone = true;
                        observer = null;
                        tracerDied = true;
                    }
                    else
                    {
                        observer.ReprsFail = _depth + TracerReprDepth > _maxDepth;
                        _observing++;
                        _depth += TracerReprDepth; // a __repr__ the tracer calls runs this much deeper
                        try { observer.OnInstruction(f, offset, op, arg); }
                        finally
                        {
                            _observing--;
                            _depth -= TracerReprDepth;
                            observer.ReprsFail = false;
                        }
                    }
                }
            }
            pc += 2;
            while (op == (int)Opcode.EXTENDED_ARG)
            {
                op = code[pc];
                arg = (arg << 8) | code[pc + 1];
                pc += 2;
            }
            var lasti = pc - 2;
            pc += CacheBytes[op];

            // A raise in the program's own code (RAISE_VARARGS, RERAISE) is handled below without
            // a .NET throw, which costs microseconds; what the runtime raises arrives through the catch.
            PyException? raisedHere = null;
            try
            {
                if (tracerDied)
                {
                    tracerDied = false;
                    throw PyException.RecursionError("maximum recursion depth exceeded");
                }
                switch ((Opcode)op)
                {
                    case Opcode.NOP:
                    case Opcode.RESUME:
                    case Opcode.PRECALL:
                        break;

                    case Opcode.POP_TOP:
                        stack[--sp] = null;
                        break;
                    case Opcode.PUSH_NULL:
                        stack[sp++] = null;
                        break;
                    case Opcode.COPY:
                        stack[sp] = stack[sp - arg];
                        sp++;
                        break;
                    case Opcode.SWAP:
                        (stack[sp - 1], stack[sp - arg]) = (stack[sp - arg], stack[sp - 1]);
                        break;

                    case Opcode.LOAD_CONST:
                        stack[sp++] = consts[arg];
                        break;
                    case Opcode.LOAD_FAST:
                        stack[sp++] = fast[arg] ?? throw UnboundLocal(f, arg);
                        break;
                    case Opcode.STORE_FAST:
                        fast[arg] = stack[--sp];
                        stack[sp] = null;
                        break;
                    case Opcode.DELETE_FAST:
                        if (fast[arg] is null) throw UnboundLocal(f, arg);
                        fast[arg] = null;
                        break;

                    case Opcode.LOAD_NAME:
                        stack[sp++] = LoadName(f, lasti, nameKeys[arg]);
                        break;
                    case Opcode.STORE_NAME:
                        StoreName(f, lasti, nameKeys[arg], stack[--sp]!);
                        stack[sp] = null;
                        break;
                    case Opcode.DELETE_NAME:
                        if (f.Locals is PyDictInstance customNs) Ops.DelItem(customNs, nameKeys[arg]);
                        else if (!(f.Locals ?? f.Globals).Remove(nameKeys[arg])) throw NameNotDefined(names[arg]);
                        break;
                    case Opcode.LOAD_GLOBAL:
                    {
                        var key = nameKeys[arg >> 1];
                        var value = LoadGlobal(f, lasti, key) ?? throw NameNotDefined(key.Value);
                        if ((arg & 1) != 0) stack[sp++] = null;
                        stack[sp++] = value;
                        break;
                    }
                    case Opcode.STORE_GLOBAL:
                        f.Globals.Set(nameKeys[arg], stack[--sp]!);
                        stack[sp] = null;
                        break;
                    case Opcode.DELETE_GLOBAL:
                        if (!f.Globals.Remove(nameKeys[arg])) throw NameNotDefined(names[arg]);
                        break;

                    case Opcode.MAKE_CELL:
                        fast[arg] = new PyCell(fast[arg]);
                        break;
                    case Opcode.COPY_FREE_VARS:
                        CopyFreeVars(f, arg);
                        break;
                    case Opcode.LOAD_CLOSURE:
                        stack[sp++] = fast[arg];
                        break;
                    case Opcode.LOAD_DEREF:
                        stack[sp++] = ((PyCell)fast[arg]!).Contents ?? throw UnboundDeref(f, arg);
                        break;
                    case Opcode.STORE_DEREF:
                        ((PyCell)fast[arg]!).Contents = stack[--sp];
                        stack[sp] = null;
                        break;
                    case Opcode.DELETE_DEREF:
                    {
                        var cell = (PyCell)fast[arg]!;
                        if (cell.Contents is null) throw UnboundDeref(f, arg);
                        cell.Contents = null;
                        break;
                    }

                    case Opcode.BINARY_OP:
                    {
                        var right = stack[--sp]!;
                        stack[sp - 1] = BinaryOpValue(arg, stack[sp - 1]!, right);
                        stack[sp] = null;
                        break;
                    }
                    case Opcode.COMPARE_OP:
                    {
                        var right = stack[--sp]!;
                        stack[sp - 1] = CompareValue(arg, stack[sp - 1]!, right);
                        stack[sp] = null;
                        break;
                    }
                    case Opcode.IS_OP:
                    {
                        var right = stack[--sp]!;
                        stack[sp] = null;
                        stack[sp - 1] = PyBool.From(ReferenceEquals(stack[sp - 1], right) ^ (arg == 1));
                        break;
                    }
                    case Opcode.CONTAINS_OP:
                    {
                        var container = stack[--sp]!;
                        stack[sp] = null;
                        stack[sp - 1] = PyBool.From(Ops.Contains(container, stack[sp - 1]!) ^ (arg == 1));
                        break;
                    }
                    case Opcode.UNARY_NEGATIVE:
                        stack[sp - 1] = Ops.Negative(stack[sp - 1]!);
                        break;
                    case Opcode.UNARY_POSITIVE:
                        stack[sp - 1] = Ops.Positive(stack[sp - 1]!);
                        break;
                    case Opcode.UNARY_NOT:
                        stack[sp - 1] = PyBool.From(!stack[sp - 1]!.IsTrue());
                        break;
                    case Opcode.UNARY_INVERT:
                        stack[sp - 1] = Ops.Invert(stack[sp - 1]!);
                        break;

                    case Opcode.BINARY_SUBSCR:
                    {
                        var key = stack[--sp]!;
                        stack[sp] = null;
                        stack[sp - 1] = SubscrValue(stack[sp - 1]!, key);
                        break;
                    }
                    case Opcode.STORE_SUBSCR:
                        // TOS1[TOS] = TOS2
                        StoreSubscrValue(stack[sp - 2]!, stack[sp - 1]!, stack[sp - 3]!);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        stack[--sp] = null;
                        break;
                    case Opcode.DELETE_SUBSCR:
                        Ops.DelItem(stack[sp - 2]!, stack[sp - 1]!);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        break;
                    case Opcode.BUILD_SLICE:
                    case Opcode.BUILD_LIST:
                    case Opcode.BUILD_TUPLE:
                    case Opcode.BUILD_SET:
                    case Opcode.BUILD_MAP:
                    case Opcode.BUILD_CONST_KEY_MAP:
                    case Opcode.BUILD_STRING:
                    case Opcode.FORMAT_VALUE:
                    case Opcode.MAKE_FUNCTION:
                    {
                        // One value made of the top items, which it replaces.
                        var count = ItemsBuiltFrom((Opcode)op, arg);
                        var built = Build((Opcode)op, arg, f, stack.Slice(sp - count, count));
                        sp = Pop(stack, sp, count);
                        stack[sp++] = built;
                        break;
                    }
                    case Opcode.LIST_APPEND:
                    {
                        var item = stack[--sp]!;
                        stack[sp] = null;
                        ((PyList)stack[sp - arg]!).Append(item);
                        break;
                    }
                    case Opcode.SET_ADD:
                    {
                        var item = stack[--sp]!;
                        stack[sp] = null;
                        ((PySet)stack[sp - arg]!).Add(item);
                        break;
                    }
                    case Opcode.MAP_ADD:
                    {
                        var value = stack[--sp]!;
                        var key = stack[--sp]!;
                        stack[sp] = stack[sp + 1] = null;
                        ((PyDict)stack[sp - arg]!).Set(key, value);
                        break;
                    }
                    case Opcode.LIST_EXTEND:
                    {
                        var iterable = stack[--sp]!;
                        stack[sp] = null;
                        ListExtend(stack[sp - arg], iterable);
                        break;
                    }
                    case Opcode.SET_UPDATE:
                    {
                        var iterable = stack[--sp]!;
                        stack[sp] = null;
                        ((PySet)stack[sp - arg]!).Update(iterable);
                        break;
                    }
                    case Opcode.DICT_UPDATE:
                    case Opcode.DICT_MERGE:
                    {
                        var other = stack[--sp]!;
                        stack[sp] = null;
                        DictUpdate(stack[sp - arg], other);
                        break;
                    }
                    case Opcode.LIST_TO_TUPLE:
                        stack[sp - 1] = PyTuple.Create([.. ((PyList)stack[sp - 1]!).Items]);
                        break;
                    case Opcode.UNPACK_SEQUENCE:
                    {
                        var seq = stack[--sp]!;
                        UnpackInto(stack.Slice(sp, arg), seq, arg);
                        sp += arg;
                        break;
                    }
                    case Opcode.UNPACK_EX:
                    {
                        int before = arg & 0xFF, after = arg >> 8;
                        var seq = stack[--sp]!;
                        var items = Ops.Collect(Ops.IterOrNull(seq)
                            ?? throw PyException.TypeError($"cannot unpack non-iterable {seq.Type.Name} object"));
                        if (items.Count < before + after)
                            throw PyException.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
                        for (var i = 0; i < after; i++) stack[sp++] = items[items.Count - 1 - i];
                        stack[sp++] = new PyList(items.GetRange(before, items.Count - before - after));
                        for (var i = before - 1; i >= 0; i--) stack[sp++] = items[i];
                        break;
                    }

                    case Opcode.GET_ITER:
                        stack[sp - 1] = Ops.Iter(stack[sp - 1]!);
                        break;
                    case Opcode.GET_YIELD_FROM_ITER:
                        stack[sp - 1] = Ops.Iter(stack[sp - 1]!);
                        break;
                    case Opcode.FOR_ITER:
                    {
                        if (stack[sp - 1] is PyGenerator generator && _depth < _maxDepth && generator.TryResumeInline())
                        {
                            // The generator's frame runs in this loop, as a call would (no nested loop per item):
                            // its yield comes back here with the item, its return jumps out of the for.
                            var resumed = generator.Frame;
                            resumed.Back = f;
                            resumed.InlineGenerator = generator;
                            generator.InlineExit = pc + arg * 2;
                            resumed.Stack[resumed.Sp++] = PyNone.Instance;
                            _depth++;
                            EnterGenerator(generator);
                            f.Suspend(sp, pc, lasti);
                            f = resumed;
                            Current = f;
                            Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            tier2Pending = true;
                            sp = f.Sp;
                            pc = f.Pc;
                            break;
                        }
                        var next = ((PyIterator)stack[sp - 1]!).Next();
                        if (next is not null) stack[sp++] = next;
                        else
                        {
                            stack[--sp] = null;
                            pc += arg * 2;
                        }
                        break;
                    }
                    case Opcode.GET_LEN:
                        stack[sp] = PyInt.From(Ops.Length(stack[sp - 1]!));
                        sp++;
                        break;
                    case Opcode.MATCH_MAPPING:
                        stack[sp] = PyBool.From(IsMatchMapping(stack[sp - 1]!));
                        sp++;
                        break;
                    case Opcode.MATCH_SEQUENCE:
                        stack[sp] = PyBool.From(IsMatchSequence(stack[sp - 1]!));
                        sp++;
                        break;
                    case Opcode.MATCH_KEYS:
                        stack[sp] = MatchKeys(stack[sp - 2]!, (PyTuple)stack[sp - 1]!);
                        sp++;
                        break;
                    case Opcode.MATCH_CLASS:
                    {
                        var attrs = MatchClass(stack[sp - 3]!, stack[sp - 2]!, arg, (PyTuple)stack[sp - 1]!);
                        stack[--sp] = null;
                        stack[--sp] = null;
                        stack[sp - 1] = attrs;
                        break;
                    }

                    case Opcode.JUMP_FORWARD:
                        pc += arg * 2;
                        break;
                    case Opcode.JUMP_BACKWARD:
                    case Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                        pc -= arg * 2;
                        tier2Pending = true;
                        break;
                    case Opcode.POP_JUMP_FORWARD_IF_FALSE:
                        if (!Truth(stack[--sp]!)) pc += arg * 2;
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_FORWARD_IF_TRUE:
                        if (Truth(stack[--sp]!)) pc += arg * 2;
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_BACKWARD_IF_FALSE:
                        if (!Truth(stack[--sp]!))
                        {
                            pc -= arg * 2;
                            tier2Pending = true;
                        }
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_BACKWARD_IF_TRUE:
                        if (Truth(stack[--sp]!))
                        {
                            pc -= arg * 2;
                            tier2Pending = true;
                        }
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_FORWARD_IF_NONE:
                        if (stack[--sp] is PyNone) pc += arg * 2;
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_FORWARD_IF_NOT_NONE:
                        if (stack[--sp] is not PyNone) pc += arg * 2;
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_BACKWARD_IF_NONE:
                        if (stack[--sp] is PyNone)
                        {
                            pc -= arg * 2;
                            tier2Pending = true;
                        }
                        stack[sp] = null;
                        break;
                    case Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                        if (stack[--sp] is not PyNone)
                        {
                            pc -= arg * 2;
                            tier2Pending = true;
                        }
                        stack[sp] = null;
                        break;
                    case Opcode.JUMP_IF_FALSE_OR_POP:
                        if (!Truth(stack[sp - 1]!)) pc += arg * 2;
                        else stack[--sp] = null;
                        break;
                    case Opcode.JUMP_IF_TRUE_OR_POP:
                        if (Truth(stack[sp - 1]!)) pc += arg * 2;
                        else stack[--sp] = null;
                        break;

                    case Opcode.KW_NAMES:
                        kwnames = f.Code.KwNames(arg);
                        break;
                    case Opcode.CALL:
                    {
                        var names2 = kwnames;
                        kwnames = null;
                        var callable = stack[sp - arg - 2];
                        var selfOrCallable = stack[sp - arg - 1]!;
                        if (callable is null && selfOrCallable is PyBoundMethod bound)
                        {
                            // Unpack a bound method into function + self, as CPython's PRECALL does.
                            stack[sp - arg - 2] = callable = bound.Function;
                            stack[sp - arg - 1] = selfOrCallable = bound.Self;
                        }
                        int argStart = callable is null ? sp - arg : sp - arg - 1;
                        var target = callable ?? selfOrCallable;
                        if (target is PyFunction function)
                        {
                            var callee = NewFrame(function, stack.Slice(argStart, sp - argStart)!, names2, f);
                            sp = Pop(stack, sp, arg + 2);
                            f.Suspend(sp, pc, lasti);
                            f = callee;
                            Current = f;
                            Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            tier2Pending = true;
                            sp = 0;
                            pc = 0;
                            break;
                        }
                        f.LastI = lasti;
                        var result = CallNative(target, stack.Slice(argStart, sp - argStart)!, names2);
                        sp = Pop(stack, sp, arg + 2);
                        stack[sp++] = result;
                        break;
                    }
                    case Opcode.CALL_FUNCTION_EX:
                    {
                        // Stack: NULL, callable, args tuple[, kwargs dict]
                        var count = 3 + (arg & 1);
                        var bottom = sp - count;
                        var function = stack[bottom + 1]!;
                        var callArgs = stack[bottom + 2]!;
                        var kwargs = (arg & 1) != 0 ? stack[bottom + 3] as PyDict : null;
                        sp = Pop(stack, sp, count);
                        var positional = callArgs is PyTuple t ? t.Items : [.. Ops.ToList(callArgs)];
                        string[]? kwn = null;
                        var all = positional;
                        if (kwargs is { Count: > 0 })
                        {
                            kwn = kwargs.Keys.Select(k => k is PyStr s ? s.Value : throw PyException.TypeError("keywords must be strings")).ToArray();
                            all = [.. positional, .. kwargs.Values];
                        }
                        if (function is PyBoundMethod { Function: PyFunction bf } bm)
                        {
                            function = bf;
                            all = [bm.Self, .. all];
                        }
                        if (function is PyFunction pf)
                        {
                            var callee = NewFrame(pf, all, kwn, f);
                            f.Suspend(sp, pc, lasti);
                            f = callee;
                            Current = f;
                            Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            tier2Pending = true;
                            sp = 0;
                            pc = 0;
                            break;
                        }
                        f.LastI = lasti;
                        stack[sp++] = CallNative(function, all, kwn);
                        break;
                    }
                    case Opcode.LOAD_METHOD:
                        LoadMethodAt(ref stack[sp - 1], f.Code, lasti, arg);
                        sp++;
                        break;
                    case Opcode.LOAD_ATTR:
                        stack[sp - 1] = LoadAttr(stack[sp - 1]!, f.Code, lasti, arg);
                        break;
                    case Opcode.STORE_ATTR:
                        // TOS.name = TOS1
                        StoreAttr(stack[sp - 1]!, f.Code, lasti, arg, stack[sp - 2]!);
                        sp = Pop(stack, sp, 2);
                        break;
                    case Opcode.DELETE_ATTR:
                        Ops.SetAttr(stack[sp - 1]!, names[arg], null);
                        sp = Pop(stack, sp, 1);
                        break;
                    case Opcode.LOAD_BUILD_CLASS:
                        stack[sp++] = f.Builtins.Get("__build_class__") ?? throw PyException.NameError("__build_class__ not found");
                        break;
                    case Opcode.LOAD_CLASSDEREF:
                        stack[sp++] = f.Locals?.Get(f.Code.LocalsPlusNames[arg]) ?? ((PyCell)fast[arg]!).Contents ?? throw UnboundDeref(f, arg);
                        break;

                    case Opcode.RETURN_VALUE:
                    {
                        var value = stack[--sp]!;
                        stack[sp] = null;
                        f.Sp = sp;
                        Observe(observer, f);
                        _depth--;
                        if (ReferenceEquals(f, entry))
                        {
                            Current = f.Back;
                            return value;
                        }
                        if (f.InlineGenerator is { } exhausted)
                        {
                            // A generator run for a FOR_ITER returned: the for loop ends (the iterator is popped).
                            f.InlineGenerator = null;
                            exhausted.InlineReturned(value);
                            LeaveGenerator(exhausted);
                            var exit = exhausted.InlineExit;
                            f = f.Back!;
                            Current = f;
                            Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            tier2Pending = true;
                            sp = f.Sp;
                            stack[--sp] = null;
                            pc = exit;
                            break;
                        }
                        var returned = f;
                        f = f.Back!;
                        Current = f;
                        KeepSpare(returned);
                        Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                        sp = f.Sp;
                        pc = f.Pc;
                        stack[sp++] = value;
                        tier2Pending = true;
                        break;
                    }

                    case Opcode.RETURN_GENERATOR:
                    {
                        var flags = f.Code.Code.Flags;
                        var kind = (flags & CodeFlags.COROUTINE) != 0 ? GeneratorKind.Coroutine
                            : (flags & CodeFlags.ASYNC_GENERATOR) != 0 ? GeneratorKind.AsyncGenerator
                            : GeneratorKind.Generator;
                        // The generator owns this frame from here; the call returns the generator.
                        var generator = new PyGenerator(this, f, kind);
                        f.Sp = sp;
                        f.Pc = pc;
                        Observe(observer, f);
                        _depth--;
                        if (ReferenceEquals(f, entry))
                        {
                            Current = f.Back;
                            return generator;
                        }
                        f = f.Back!;
                        Current = f;
                        Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                        sp = f.Sp;
                        pc = f.Pc;
                        stack[sp++] = generator;
                        break;
                    }
                    case Opcode.YIELD_VALUE:
                    {
                        var value = stack[--sp]!;
                        stack[sp] = null;
                        f.Sp = sp;
                        f.Pc = pc;
                        f.Yielded = true;
                        Observe(observer, f);
                        _depth--;
                        if (f.InlineGenerator is { } yielding)
                        {
                            // Back to the FOR_ITER that resumed it, with the item.
                            f.InlineGenerator = null;
                            f.Yielded = false;
                            yielding.InlineYielded();
                            LeaveGenerator(yielding);
                            f = f.Back!;
                            Current = f;
                            Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            tier2Pending = true;
                            sp = f.Sp;
                            pc = f.Pc;
                            stack[sp++] = value;
                            break;
                        }
                        if (!ReferenceEquals(f, entry)) throw PyException.SystemError("yield outside a resumed generator frame");
                        Current = f.Back;
                        return value;
                    }
                    case Opcode.SEND:
                    {
                        var sent = stack[sp - 1]!;
                        var receiver = stack[sp - 2]!;
                        f.LastI = lasti;
                        var (yielded, returned) = Awaitables.Send(receiver, sent);
                        if (yielded is not null) stack[sp - 1] = yielded;
                        else
                        {
                            // The sub-iterator is done: its return value replaces it, and the loop is left.
                            stack[--sp] = null;
                            stack[sp - 1] = returned;
                            pc += arg * 2;
                        }
                        break;
                    }
                    case Opcode.GET_AWAITABLE:
                        f.LastI = lasti;
                        stack[sp - 1] = Awaitables.GetAwaitable(stack[sp - 1]!, arg);
                        break;
                    case Opcode.GET_AITER:
                        f.LastI = lasti;
                        stack[sp - 1] = Awaitables.GetAIter(stack[sp - 1]!);
                        break;
                    case Opcode.GET_ANEXT:
                        f.LastI = lasti;
                        stack[sp] = Awaitables.GetANext(stack[sp - 1]!);
                        sp++;
                        break;
                    case Opcode.ASYNC_GEN_WRAP:
                        stack[sp - 1] = new AsyncGenWrapped(stack[sp - 1]!);
                        break;
                    case Opcode.END_ASYNC_FOR:
                    {
                        var value = (PyBaseException)stack[sp - 1]!;
                        if (!value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration)) throw new PyException(value) { IsReraise = true };
                        sp = Pop(stack, sp, 2);
                        break;
                    }
                    case Opcode.BEFORE_ASYNC_WITH:
                    {
                        var manager = stack[sp - 1]!;
                        var exit = manager.Type.IsUserDefined ? manager.Type.Lookup("__aexit__") : null;
                        var enter = manager.Type.IsUserDefined ? manager.Type.Lookup("__aenter__") : null;
                        if (enter is null)
                            throw PyException.TypeError($"'{manager.Type.Name}' object does not support the asynchronous context manager protocol");
                        if (exit is null)
                            throw PyException.TypeError($"'{manager.Type.Name}' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
                        stack[sp - 1] = new PyBoundMethod(manager, exit);
                        f.LastI = lasti;
                        stack[sp++] = CallObject(enter, [manager]);
                        break;
                    }
                    case Opcode.BEFORE_WITH:
                    {
                        // TOS (the manager) becomes its bound __exit__, then __enter__()'s result is pushed.
                        var manager = stack[sp - 1]!;
                        // Builtin types that are context managers (memoryview) declare the two methods as builtins.
                        var exit = manager.Type.Lookup("__exit__");
                        var enter = manager.Type.Lookup("__enter__");
                        if (enter is null)
                            throw PyException.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol");
                        if (exit is null)
                            throw PyException.TypeError($"'{manager.Type.Name}' object does not support the context manager protocol (missed __exit__ method)");
                        stack[sp - 1] = new PyBoundMethod(manager, exit);
                        f.LastI = lasti;
                        stack[sp++] = CallObject(enter, [manager]);
                        break;
                    }
                    case Opcode.WITH_EXCEPT_START:
                    {
                        // Stack: __exit__, lasti, previous exception, exception: push __exit__(type, value, traceback).
                        var value = (PyBaseException)stack[sp - 1]!;
                        f.LastI = lasti;
                        var traceback = value.Traceback is { } tb ? new PyTraceback(tb) : (PyObject)PyNone.Instance;
                        stack[sp] = CallObject(stack[sp - 4]!, [value.Type, value, traceback]);
                        sp++;
                        break;
                    }
                    case Opcode.SETUP_ANNOTATIONS:
                    {
                        var ns = f.Locals ?? f.Globals;
                        if (!ns.ContainsKey(PyStr.From("__annotations__"))) ns.Set("__annotations__", new PyDict());
                        break;
                    }
                    case Opcode.IMPORT_NAME:
                    {
                        // Stack: level, fromlist -> the module (only the sandbox's own modules import).
                        f.LastI = lasti;
                        var module = Importer.ImportName(names[arg], stack[sp - 1]!, stack[sp - 2]!);
                        sp = Pop(stack, sp, 1);
                        stack[sp - 1] = module;
                        break;
                    }
                    case Opcode.IMPORT_FROM:
                        stack[sp] = Importer.ImportFrom(stack[sp - 1]!, names[arg]);
                        sp++;
                        break;
                    case Opcode.IMPORT_STAR:
                        Importer.ImportStar(stack[sp - 1]!, f.Locals ?? f.Globals);
                        sp = Pop(stack, sp, 1);
                        break;
                    case Opcode.LOAD_ASSERTION_ERROR:
                        stack[sp++] = PyTypes.AssertionError;
                        break;
                    case Opcode.RAISE_VARARGS:
                    {
                        if (arg == 0)
                        {
                            if (_handled is null) throw PyException.RuntimeError("No active exception to reraise");
                            raisedHere = new PyException(_handled) { IsReraise = true };
                            break;
                        }
                        PyObject? cause = arg == 2 ? stack[--sp] : null;
                        var raised = stack[--sp]!;
                        stack[sp] = null;
                        var exception = ToException(raised);
                        if (cause is not null)
                        {
                            exception.Cause = cause is PyNone ? null : ToException(cause);
                            exception.SuppressContext = true;
                        }
                        raisedHere = new PyException(exception);
                        break;
                    }
                    case Opcode.PUSH_EXC_INFO:
                    {
                        var value = (PyBaseException)stack[sp - 1]!;
                        stack[sp - 1] = (PyObject?)_handled ?? PyNone.Instance;
                        stack[sp++] = value;
                        _handled = value;
                        break;
                    }
                    case Opcode.POP_EXCEPT:
                        _handled = stack[--sp] as PyBaseException;
                        stack[sp] = null;
                        break;
                    case Opcode.CHECK_EXC_MATCH:
                    {
                        var type = stack[sp - 1]!;
                        CheckExceptionClass(type);
                        stack[sp - 1] = PyBool.From(MatchesException(stack[sp - 2]!, type));
                        break;
                    }
                    case Opcode.CHECK_EG_MATCH:
                    {
                        // except*: [exc, type] -> [exc, None] when nothing matches, else [rest, match] (ceval.c).
                        var matchType = stack[--sp]!;
                        stack[sp] = null;
                        ExceptionGroups.CheckStarType(matchType);
                        var (match, rest) = ExceptionGroups.Match(stack[sp - 1]!, matchType);
                        if (match is null) stack[sp++] = PyNone.Instance;
                        else
                        {
                            stack[sp - 1] = (PyObject?)rest ?? PyNone.Instance;
                            stack[sp++] = match;
                            _handled = match;
                        }
                        break;
                    }
                    case Opcode.PREP_RERAISE_STAR:
                    {
                        var raisedList = (PyList)stack[--sp]!;
                        stack[sp] = null;
                        stack[sp - 1] = (PyObject?)ExceptionGroups.PrepReraiseStar(stack[sp - 1]!, raisedList) ?? PyNone.Instance;
                        break;
                    }
                    case Opcode.RERAISE:
                    {
                        var value = (PyBaseException)stack[--sp]!;
                        stack[sp] = null;
                        // The handler is still looked up at this instruction (CPython's exception_unwind uses
                        // the RERAISE's own offset); the restored lasti is what a lasti handler gets pushed.
                        if (arg != 0 && stack[sp - arg] is PyInt last) restoredLasti = (int)last.Value * 2;
                        raisedHere = new PyException(value) { IsReraise = true };
                        break;
                    }

                    case Opcode.CACHE when pendingThrow is not null:
                    {
                        // Raised where the frame stopped: at its YIELD_VALUE (or, not yet started, its first instruction).
                        var thrown = pendingThrow;
                        pendingThrow = null;
                        lasti = pendingThrowAt >= 0 ? pendingThrowAt : Math.Max(0, offset - 2);
                        throw new PyException(thrown);
                    }
                    case Opcode.CACHE:
                    default:
                        throw PyException.SystemError($"opcode {OpcodeTable.Get(op)?.Name ?? op.ToString()} is not supported yet");
                }
                // Where compiled code may take over (after a call, a return, a backward jump, or
                // an instruction compiled code handed back), it does, if the code is compiled.
                // Compiled code that calls or returns switches frames and hands back at once: the
                // callee's (or the caller's) compiled code then goes on, in this loop, not nested.
                if (tier2Pending && raisedHere is null && observer is null)
                {
                    tier2Pending = false;
                    while (TryTier2(f, pc, sp, out var thrown))
                    {
                        tier2Pending = true;
                        if (thrown is not null)
                        {
                            // Raised in the frame compiled code was running: a nested callee's, maybe.
                            if (!ReferenceEquals(Current, f))
                            {
                                f = Current!;
                                Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                            }
                            raisedHere = thrown;
                            lasti = f.LastI;
                            pc = f.Pc;
                            sp = f.Sp;
                            break;
                        }
                        if (ReferenceEquals(Current, f))
                        {
                            pc = f.Pc;
                            sp = f.Sp;
                            break;
                        }
                        f = Current!;
                        Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                        pc = f.Pc;
                        sp = f.Sp;
                    }
                }
            }
            catch (Exception error) when (error is not ResourceLimitException)
            {
                raisedHere = Translate(error);
            }
            catch (ResourceLimitException)
            {
                f.Sp = sp;
                throw;
            }
            if (raisedHere is not null)
            {
                var pyError = raisedHere;
                var exception = pyError.Value;
                if (_handled is not null && exception.Context is null && !ReferenceEquals(_handled, exception))
                    exception.Context = _handled;
                if (!pyError.IsReraise) AddTraceback(exception, f, lasti);
                kwnames = null;
                var restored = restoredLasti;
                restoredLasti = -1;
                // Find a handler in this frame or, frame by frame, in its callers.
                while (true)
                {
                    if (FindHandler(f.Code.Code, lasti) is { } handler)
                    {
                        sp = Pop(stack, sp, sp - handler.Depth);
                        if (handler.Lasti) stack[sp++] = PyInt.From((restored >= 0 ? restored : lasti) / 2);
                        stack[sp++] = exception;
                        pc = handler.Target;
                        break;
                    }
                    sp = Pop(stack, sp, sp);
                    f.Sp = 0;
                    Observe(observer, f);
                    _depth--;
                    if (ReferenceEquals(f, entry))
                    {
                        // Out of a nested run (a method called by the runtime, a generator): the
                        // frame that caused it adds its own entry when the exception reaches it.
                        Current = f.Back;
                        throw new PyException(exception);
                    }
                    if (f.InlineGenerator is { } failed)
                    {
                        f.InlineGenerator = null;
                        exception = failed.InlineRaised(exception);
                        LeaveGenerator(failed);
                    }
                    var unwound = f;
                    f = f.Back!;
                    Current = f;
                    KeepSpare(unwound);
                    Enter(f, out code, out stack, out fast, out consts, out names, out nameKeys);
                    sp = f.Sp;
                    lasti = f.LastI;
                    restored = -1;
                    AddTraceback(exception, f, lasti);
                }
            }
        }
    }

    /// <summary>How far above a frame the oracle's tracer settles a step (its __call__, settle,
    /// visible_locals, the dict comprehension, short_repr), and how far its repr() reaches:
    /// measured against CPython 3.11 (a program frame at depth d loses the tracer when
    /// d + 6 passes the limit, and its locals print "&lt;repr failed: RecursionError&gt;" when d + 8 does).</summary>
    private const int TracerDeathDepth = 6, TracerReprDepth = 8;

    /// <summary>The observer instructions are reported to now: none while the observer's own work
    /// runs, while an import the oracle would not see runs, or once the emulated tracer died.</summary>
    private IExecutionObserver? ActiveObserver => _observing > 0 || _untraced > 0 || _tracerGone ? null : _observer;

    /// <summary>Set once the emulated tracer died of a RecursionError: nothing more is traced.</summary>
    private bool _tracerGone;

    /// <summary>Whether the instruction's event makes the tracer settle the frame's previous step:
    /// not for RESUME nor for the first instruction after it (the oracle does not see RESUME and
    /// what comes before it, so nothing of the frame is pending then).</summary>
    private bool SettlesAPendingStep(Frame f, int op) =>
        op != (int)Opcode.RESUME
        && f.PendingStep is { Opname: not ("RESUME" or "MAKE_CELL" or "COPY_FREE_VARS" or "RETURN_GENERATOR") } pending
        && !(pending.Opname == "POP_TOP" && pending.Offset <= 4 && f.Code.Code.Code.Length > 0 && f.Code.Bytes[0] == (byte)Opcode.RETURN_GENERATOR)
        && (ReferenceEquals(f.Code.Code.Filename, _programFile) || f.Code.Code.Filename == _programFile);

    /// <summary>Above zero while code runs that the oracle's tracer would not see (the import of a
    /// module the oracle has imported before the program starts); unlike the observer's own work,
    /// its steps count.</summary>
    private int _untraced;

    /// <summary>Runs <paramref name="action"/> untraced, its steps counted as the program's.</summary>
    internal void Untraced(Action action)
    {
        _untraced++;
        try { action(); }
        finally { _untraced--; }
    }

    /// <summary>Runs <paramref name="action"/> (the observer's own work) with tracing suspended.</summary>
    internal void Quietly(Action action)
    {
        _observing++;
        try { action(); }
        finally { _observing--; }
    }

    private void Observe(IExecutionObserver? observer, Frame frame)
    {
        if (observer is null) return;
        _observing++;
        try { observer.OnFrameExit(frame); }
        finally { _observing--; }
    }

    private static bool Truth(PyObject o) => o is PyBool b ? b.Value != 0 : o.IsTrue();

    /// <summary>Pops <paramref name="count"/> items, clearing their slots so the values can be collected.</summary>
    private static int Pop(Span<PyObject?> stack, int sp, int count)
    {
        ClearSlots(ref stack[sp - count], count);
        return sp - count;
    }

    /// <summary>Clears <paramref name="count"/> slots from <paramref name="first"/> on: a call's few
    /// slots in a loop, not through Span.Clear's general (out-of-line) clearing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void ClearSlots(ref PyObject? first, int count)
    {
        for (var i = 0; i < count; i++) Unsafe.Add(ref first, i) = null;
    }

    private static void AddTraceback(PyBaseException exception, Frame frame, int lasti) =>
        exception.Traceback = new TracebackEntry(frame.QualName, frame.Code.LineAt(lasti), exception.Traceback)
        {
            Code = frame.Code.Code,
            Offset = lasti,
        };

    private static ExceptionTableEntry? FindHandler(CodeObject code, int lasti)
    {
        foreach (var entry in code.ExceptionTable)
            if (lasti >= entry.Start && lasti < entry.End) return entry;
        return null;
    }

    /// <summary>Any failure inside an instruction becomes a Python exception the program sees.</summary>
    private static PyException Translate(Exception error) => error switch
    {
        PyException p => p,
        InsufficientExecutionStackException => PyException.RecursionError("maximum recursion depth exceeded"),
        OutOfMemoryException => throw new ResourceLimitException(ResourceLimit.Memory),
        _ => PyException.SystemError(error.GetType().Name + ": " + error.Message),
    };

    private static PyBaseException ToException(PyObject raised) => raised switch
    {
        PyBaseException e => e,
        PyType t when t.IsSubtypeOf(PyTypes.BaseException) =>
            t.Constructor?.Invoke([], null) as PyBaseException ?? new PyBaseException(t, []),
        _ => throw PyException.TypeError("exceptions must derive from BaseException"),
    };

    private static void CheckExceptionClass(PyObject type)
    {
        if (type is PyType t && t.IsSubtypeOf(PyTypes.BaseException)) return;
        if (type is PyTuple tuple && tuple.Items.All(i => i is PyType it && it.IsSubtypeOf(PyTypes.BaseException))) return;
        throw PyException.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    private static bool MatchesException(PyObject exception, PyObject type) => type switch
    {
        PyType t => exception.Type.IsSubtypeOf(t),
        PyTuple tuple => MatchesAny(exception, tuple.Items),
        _ => false,
    };

    /// <summary>A loop, not Any() with a lambda: the lambda's closure over the exception was made
    /// at every entry of <see cref="MatchesException"/>, tuple or not.</summary>
    private static bool MatchesAny(PyObject exception, PyObject[] types)
    {
        foreach (var type in types)
            if (MatchesException(exception, type)) return true;
        return false;
    }

    private static PyException NameNotDefined(string name) => PyException.NameError($"name '{name}' is not defined");

    private static PyException UnboundLocal(Frame f, int index) =>
        PyException.Create(PyTypes.UnboundLocalError, $"cannot access local variable '{f.Code.LocalsPlusNames[index]}' where it is not associated with a value");

    private static PyException UnboundDeref(Frame f, int index)
    {
        var name = f.Code.LocalsPlusNames[index];
        return index >= f.Code.LocalsPlusNames.Length - f.Code.Code.FreeVars.Length
            ? PyException.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope")
            : PyException.Create(PyTypes.UnboundLocalError, $"cannot access local variable '{name}' where it is not associated with a value");
    }
}
