using Engine.Bytecode;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// Records the trace the way the oracle's tracer does: a step is created when its instruction
/// starts, and its stack and locals are filled in ("settled") when the same frame reports its
/// next event, i.e. the next instruction of that frame or the frame's exit. So the locals of a
/// CALL step are the caller's locals after the callee returned, as CPython shows them.
/// The trace lives in the run's memory, so it keeps at most <paramref name="maxSteps"/> steps
/// and at most <paramref name="maxBytes"/> (an estimate of what its steps hold); past either,
/// the run goes on untraced and the trace says it was truncated. Only the program's own code
/// (<paramref name="filename"/>) is traced: library modules written in Python run untraced, as
/// the oracle's tracer skips frames of other files.
/// With a <paramref name="stream"/>, each step is written out once settled and not kept (the
/// streamed answer): the run's memory holds no trace, so only <paramref name="maxSteps"/> bounds it.
/// </summary>
public sealed class TraceRecorder(int maxSteps, long maxBytes = long.MaxValue, string? filename = null, TraceStreamWriter? stream = null) : IExecutionObserver
{
    public const int ReprLimit = 200;

    // What a step costs beyond its strings: the step object, its array and dictionary, and per
    // string and per entry the object headers (a rough figure; it only has to bound the trace).
    private const int StepBytes = 160, StringBytes = 24, EntryBytes = 48;
    private long _bytes;

    private readonly ChunkedList<TraceStep> _steps = new();

    /// <summary>The frames whose last step waits to be settled (the oracle's tracer.pending):
    /// those still waiting when the run ends are settled then, on the stack or not.</summary>
    private readonly HashSet<Frame> _pending = new(ReferenceEqualityComparer.Instance);
    /// <summary>What the steps of an instruction share: its name, argrepr and line (and, streamed,
    /// its fixed fields' UTF-8), made at its first step. Kept per code object, by offset.</summary>
    private sealed class Instruction(int opcode, int arg, OpcodeInfo info, string argrepr, int? line)
    {
        public readonly int Opcode = opcode, Arg = arg;
        public readonly string Name = info.Name;
        public readonly bool HasArg = info.HasArg;
        public readonly string Argrepr = argrepr;
        public readonly int? Line = line;
        public byte[]? Head;
    }

    private sealed class CodeInfo(PyCode code)
    {
        public readonly Instruction?[] At = new Instruction?[code.Bytes.Length / 2];
        /// <summary>The streamed lines' "name": of each fast local.</summary>
        public byte[][]? LocalNames;
    }

    private readonly Dictionary<PyCode, CodeInfo> _codes = new(ReferenceEqualityComparer.Instance);
    private PyCode? _lastCode;
    private CodeInfo? _lastInfo;

    private CodeInfo InfoOf(PyCode code)
    {
        if (ReferenceEquals(code, _lastCode)) return _lastInfo!;
        if (!_codes.TryGetValue(code, out var info)) _codes[code] = info = new CodeInfo(code);
        _lastCode = code;
        return _lastInfo = info;
    }

    /// <summary>Steps begun so far (each is in <see cref="Steps"/>, or written to the stream once settled).</summary>
    private long _begun;

    public IReadOnlyList<TraceStep> Steps => _steps;

    /// <summary>Steps written to the stream, whose objects the next steps reuse (as many as frames were pending at once).</summary>
    private readonly Stack<TraceStep> _free = new();

    private void Written(TraceStep step)
    {
        step.Stack = TraceStep.NoStack;
        step.Locals = TraceStep.NoLocals;
        _free.Push(step);
    }
    public bool Truncated { get; private set; }

    public void OnInstruction(Frame frame, int offset, int opcode, int arg)
    {
        if (!IsProgramCode(frame)) return;
        // The frame stays in _pending when its next step follows at once (no removal and adding
        // back per step); only when settling fails or no step follows does it leave.
        var wasPending = frame.PendingStep is not null;
        if (wasPending)
        {
            try { SettleStep(frame); }
            catch
            {
                _pending.Remove(frame);
                throw;
            }
        }
        if (_begun >= maxSteps || (stream is null && _bytes > maxBytes))
        {
            if (wasPending) _pending.Remove(frame);
            Truncated = true;
            return;
        }
        var code = InfoOf(frame.Code);
        var at = code.At[offset / 2];
        if (at is null || at.Opcode != opcode || at.Arg != arg)
        {
            code.At[offset / 2] = at = new Instruction(opcode, arg, OpcodeTable.Get(opcode)!,
                Cut(ArgRepr.For(frame.Code.Code, offset, (Opcode)opcode, arg)), frame.Code.LineAt(offset));
        }
        var step = _free.Count > 0 ? _free.Pop() : new TraceStep();
        step.Code = frame.QualName;
        step.Offset = offset;
        step.Opname = at.Name;
        step.Arg = at.HasArg ? arg : null;
        step.Argrepr = at.Argrepr;
        step.Line = at.Line;
        if (stream is not null) step.Head = at.Head ??= TraceStreamWriter.HeadOf(step);
        step.Index = _begun++;
        if (stream is null) _steps.Add(step);
        frame.PendingStep = step;
        if (!wasPending) _pending.Add(frame);
    }

    public void OnFrameExit(Frame frame)
    {
        if (IsProgramCode(frame)) Settle(frame);
    }

    private bool IsProgramCode(Frame frame) => filename is null || frame.Code.Code.Filename == filename;

    public bool ReprsFail { private get; set; }

    public void Abandon(Frame frame)
    {
        if (frame.PendingStep is { } step)
        {
            step.Locals = null;
            if (stream is not null)
            {
                stream.Write(step);
                Written(step);
            }
        }
        frame.PendingStep = null;
        _pending.Remove(frame);
    }

    /// <summary>Settles the frames still running when the run stopped (the module frame at least).</summary>
    public void Finish(Frame? innermost)
    {
        for (var f = innermost; f is not null; f = f.Back) Settle(f);
        foreach (var f in _pending.ToList()) Settle(f);
    }

    /// <summary>Ends a streamed trace: steps still waiting (settling them failed) are written as they
    /// are, unsettled, as the buffered trace keeps them, and what is buffered is handed on.</summary>
    public void Close()
    {
        if (stream is null) return;
        foreach (var f in _pending.ToList())
        {
            if (f.PendingStep is { } step)
            {
                stream.Write(step);
                Written(step);
            }
            f.PendingStep = null;
        }
        _pending.Clear();
        stream.Flush();
    }

    private void Settle(Frame frame)
    {
        if (frame.PendingStep is null) return;
        _pending.Remove(frame);
        SettleStep(frame);
    }

    /// <summary>Settles the frame's pending step; the caller sees to <see cref="_pending"/>.</summary>
    private void SettleStep(Frame frame)
    {
        var step = frame.PendingStep!;
        frame.PendingStep = null;
        if (stream is not null)
        {
            SettleStreamed(frame, step);
            return;
        }
        long bytes = StepBytes;
        var stack = new string[frame.Sp];
        var previousStack = frame.SettledStack;
        for (var i = 0; i < stack.Length; i++)
        {
            stack[i] = frame.Stack[i] is { } item ? Repr(item) : "NULL";
            if (previousStack is not null && i < previousStack.Length && previousStack[i] == stack[i]) stack[i] = previousStack[i];
            else bytes += StringBytes + 2L * stack[i].Length;
        }
        frame.SettledStack = stack;
        step.Stack = stack;
        var locals = new Dictionary<string, string>();
        var previous = frame.SettledLocals;
        foreach (var (name, value) in frame.VisibleLocals())
        {
            var repr = ReprsFail ? ReprFailedDeep : Repr(value);
            if (previous is not null && previous.TryGetValue(name, out var before) && before == repr)
            {
                repr = before; // the same text as in the step before: held once
                bytes += EntryBytes;
            }
            else bytes += EntryBytes + StringBytes + 2L * repr.Length;
            locals[name] = repr;
        }
        frame.SettledLocals = locals;
        step.Locals = locals;
        _bytes += bytes;
    }

    private const string ReprFailedDeep = "<repr failed: RecursionError>";

    /// <summary>A streamed step's "after" state goes straight into its line: no arrays nor
    /// dictionaries kept. Should settling fail part way (a repr out of memory), the step is
    /// written unsettled instead, as the buffered trace keeps it, and the failure goes on.</summary>
    private void SettleStreamed(Frame frame, TraceStep step)
    {
        stream!.BeginSettled(step, step.Head!);
        try
        {
            for (var i = 0; i < frame.Sp; i++) WriteValue(frame.Stack[i]);
            stream.BeginLocals();
            if (frame.Locals is null)
            {
                // A function's fast locals, read in place (what VisibleLocals gives, without its enumerator).
                var code = InfoOf(frame.Code);
                var names = code.LocalNames ??= Array.ConvertAll(frame.Code.LocalsPlusNames, TraceStreamWriter.PropertyNameOf);
                for (var i = 0; i < names.Length; i++)
                    if (frame.VisibleFast(i) is { } value)
                    {
                        stream.LocalName(names[i]);
                        WriteLocal(value);
                    }
            }
            else
            {
                foreach (var (name, value) in frame.VisibleLocals())
                {
                    stream.LocalName(NameOf(name));
                    WriteLocal(value);
                }
            }
        }
        catch
        {
            stream.CancelStep();
            stream.Write(step);
            Written(step);
            throw;
        }
        stream.EndSettled();
        Written(step);
    }

    private void WriteLocal(PyObject value)
    {
        if (ReprsFail) stream!.ItemJson(ReprFailedDeepJson);
        else WriteValue(value);
    }

    private static readonly byte[] ReprFailedDeepJson = TraceStreamWriter.JsonStringOf(ReprFailedDeep);
    private static readonly byte[] NullJson = TraceStreamWriter.JsonStringOf("NULL");

    /// <summary>A stack item or locals value of a streamed line (null is NULL).</summary>
    private void WriteValue(PyObject? value)
    {
        if (value is null) stream!.ItemJson(NullJson);
        // an int (exactly int) that fits a long, the commonest value in a trace: its digits written in place, no string
        else if (value is PyInt { IsBig: false } i && ReferenceEquals(value.Type, PyTypes.Int)) stream!.ItemInt(i.Value);
        else if (IsImmutableBuiltin(value))
        {
            // As Repr's cache, but of the JSON string's bytes: a value that stays costs no encoding per step.
            var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value) & (ReprCacheSize - 1);
            if (!ReferenceEquals(_jsonCacheKeys[slot], value))
            {
                var repr = Repr(value);
                if (repr.Length >= ReprLimit)
                {
                    stream!.Item(repr);
                    return;
                }
                _jsonCacheKeys[slot] = value;
                _jsonCacheValues[slot] = TraceStreamWriter.JsonStringOf(repr);
            }
            stream!.ItemJson(_jsonCacheValues[slot]);
        }
        else stream!.Item(ShortRepr(value));
    }

    private readonly PyObject?[] _jsonCacheKeys = new PyObject?[ReprCacheSize];
    private readonly byte[][] _jsonCacheValues = new byte[ReprCacheSize][];

    /// <summary>The streamed lines' "name": of module and class level names, the last ones seen kept.</summary>
    private readonly Dictionary<string, byte[]> _names = new();
    private const int NamesKept = 4096;

    private byte[] NameOf(string name)
    {
        if (_names.TryGetValue(name, out var bytes)) return bytes;
        bytes = TraceStreamWriter.PropertyNameOf(name);
        if (_names.Count >= NamesKept) _names.Clear();
        _names[name] = bytes;
        return bytes;
    }

    // The reprs of the immutable builtin values (int, float, str, bool, None: exact types only,
    // a subclass may define __repr__) depend on the object alone: the last ones made are kept by
    // object, so a variable that keeps its value costs no repr per step.
    private const int ReprCacheSize = 1024;
    private readonly PyObject?[] _reprCacheKeys = new PyObject?[ReprCacheSize];
    private readonly string?[] _reprCacheValues = new string?[ReprCacheSize];

    private static bool IsImmutableBuiltin(PyObject value)
    {
        var type = value.Type;
        return ReferenceEquals(type, PyTypes.Int) || ReferenceEquals(type, PyTypes.Str) || ReferenceEquals(type, PyTypes.Float)
            || value is PyBool or PyNone;
    }

    private string Repr(PyObject value)
    {
        if (!IsImmutableBuiltin(value)) return ShortRepr(value);
        var slot = System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value) & (ReprCacheSize - 1);
        if (ReferenceEquals(_reprCacheKeys[slot], value)) return _reprCacheValues[slot]!;
        // A small int's repr needs no writer; a long one (past the 200 characters kept) is left to
        // ShortRepr and not kept: int's digit limit (sys.set_int_max_str_digits) could change it.
        var repr = value is PyInt { IsBig: false } i and not PyBool ? i.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : ShortRepr(value);
        if (repr.Length < ReprLimit)
        {
            _reprCacheKeys[slot] = value;
            _reprCacheValues[slot] = repr;
        }
        return repr;
    }

    /// <summary>repr(value) as the oracle writes it: cut to 197 characters and "..." past 200,
    /// "&lt;repr failed: T&gt;" when repr raises. Only about 200 characters are ever built.</summary>
    public static string ShortRepr(PyObject value)
    {
        try
        {
            // Room for 200 code points of two UTF-16 units each, so the cut below sees enough.
            var w = new ReprWriter(2 * ReprLimit);
            value.WriteRepr(w);
            return Cut(w.ToString());
        }
        catch (PyException e)
        {
            return "<repr failed: " + e.Value.Type.Name + ">";
        }
        catch (InsufficientExecutionStackException)
        {
            return "<repr failed: RecursionError>";
        }
        catch (ResourceLimitException)
        {
            // A program's __repr__ ran into a limit while the trace was being settled.
            return "<repr failed: " + value.Type.Name + ">";
        }
    }

    /// <summary>The oracle cuts Python's str, so code points count, not UTF-16 units.</summary>
    private static string Cut(string text) => Engine.Bytecode.CodeJson.ShortRepr(text);
}
