using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Engine.Bytecode;
using Engine.Runtime;
using Engine.VM.Tier2;

namespace Engine.VM;

/// <summary>
/// The interpreter's side of the second tier (<see cref="Tier2Compiler"/>): when code becomes hot
/// it is compiled, and where the loop stands at the start of a compiled block (after a call, a
/// return, a backward jump, or what compiled code handed back) the compiled code takes the frame
/// over until it hands it back. Never while tracing: a traced run is the interpreter's alone.
/// Below, the helpers the compiled code calls that the loop has no method for.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>Entries at which a code object is compiled (0: at once; negative: never).</summary>
    private readonly int _tier2Threshold;

    /// <summary>The step limit, read by compiled code.</summary>
    private readonly long _maxSteps;

    private static readonly object NotCompiled = new();

    /// <summary>Runs <paramref name="f"/>'s compiled code from <paramref name="pc"/> if it has any and
    /// may start there; true when it ran (the frame's pc and sp are where it stopped). An exception
    /// it raised is returned in <paramref name="raised"/>, with the frame's lasti at its instruction.</summary>
    private bool TryTier2(Frame f, int pc, int sp, out PyException? raised)
    {
        raised = null;
        if (_observing > 0 || _tier2Threshold < 0) return false;
        var code = f.Code;
        if (code.Tier2 is not Tier2Code compiled)
        {
            if (code.Tier2 is not null || ++code.Tier2Warmup < _tier2Threshold) return false;
            compiled = CompileOnAnotherThread(code.Code)!;
            code.Tier2 = (object?)compiled ?? NotCompiled;
            if (compiled is null) return false;
        }
        if (!compiled.CanEnter(pc, sp)) return false;
        f.Sp = sp;
        var before = _steps;
        raised = RunCompiled(compiled, f, pc);
        // Entered only to run a few instructions each time (a generator's body between two
        // yields), compiled code costs more than it saves: this run leaves the code to the loop.
        if (raised is null && compiled.Ran(_steps - before) && code.Tier2 == compiled) code.Tier2 = NotCompiled;
        return true;
    }

    /// <summary>
    /// Compiles on another thread: what compiling does must leave the run's thread as it was, down
    /// to the identity hash codes .NET hands out per thread, which id() and the order of a set of
    /// objects follow (the compile cache and the IL emitter take some of their own). A method of its
    /// own, so that the lambda's closure is made only when compiling, not at every TryTier2.
    /// </summary>
    private static Tier2Code? CompileOnAnotherThread(CodeObject codeObject) =>
        Task.Run(() => Tier2Compiler.For(codeObject)).GetAwaiter().GetResult();

    /// <summary>Runs <paramref name="f"/>'s compiled code from <paramref name="pc"/>: null, or the
    /// exception it raised (the raising frame's steps settled, see <see cref="SettleRaiser"/>).</summary>
    private PyException? RunCompiled(Tier2Code compiled, Frame f, int pc)
    {
        try
        {
            compiled.Run(this, f, pc);
            return null;
        }
        catch (ResourceLimitException)
        {
            SettleRaiser();
            throw;
        }
        catch (Exception error)
        {
            SettleRaiser();
            return Translate(error);
        }
    }

    /// <summary>After an exception left compiled code: the frame it was raised in is the current one
    /// (a callee's, when compiled code ran it nested), each caller between stopped at its CALL.</summary>
    private void SettleRaiser()
    {
        var raiser = Current!;
        if (raiser.Code.Tier2 is Tier2Code compiled) _steps -= compiled.Settle(raiser);
    }

    /// <summary>
    /// Runs the frame a compiled CALL just pushed in compiled code at once, nested (a call of a
    /// small function then costs no trip through the loop): true when it returned, its value on
    /// the caller's stack. Anything else (it is not compiled yet, it stopped where the interpreter
    /// must go on, the stack is deep) leaves it as the current frame, and the caller's compiled code
    /// returns too: the loop goes on with the frames as they stand, as if each had handed back.
    /// </summary>
    internal bool Tier2CallNested(Frame caller)
    {
        var callee = Current!;
        if (callee.Code.Tier2 is not Tier2Code compiled || !compiled.IsEntry(0) || !StackRoom())
            return false;
        compiled.Run(this, callee, 0);
        return ReferenceEquals(Current, caller);
    }

    /// <summary>The lowest stack address at which <see cref="RuntimeHelpers.TryEnsureSufficientExecutionStack"/>
    /// answered yes on the run's thread (an interpreter runs on one thread, its stack growing down).</summary>
    private nuint _stackRoomAbove = nuint.MaxValue;

    /// <summary>Whether the stack has room for another nested run of compiled code. The runtime's
    /// own check reads thread-local state (a __tls_get_addr call, 3-4 % of a call-heavy program);
    /// any address above one where it said yes has room too, so it is asked only deeper than that.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private unsafe bool StackRoom()
    {
        byte probe = 0;
        var here = (nuint)(&probe);
        if (here >= _stackRoomAbove) return true;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        _stackRoomAbove = here;
        return true;
    }

    /// <summary>The generator frame compiled code is running for a resumption (next(), send(), a
    /// builtin iterating it): its YIELD_VALUE returns the value from there (see Tier2Yield).</summary>
    private Frame? _tier2Resumed;
    private PyObject? _tier2Yielded;

    /// <summary>
    /// Resumes a generator's frame in its compiled code, without a loop of the interpreter's, when it
    /// is compiled and may start where it stopped: true when it yielded again (the value in
    /// <paramref name="yielded"/>). Otherwise the frames stand where compiled code left them (an
    /// exception it raised pending at its instruction) and the interpreter goes on from there.
    /// </summary>
    private bool TryResumeCompiled(Frame frame, out PyObject yielded)
    {
        yielded = null!;
        if (_observing > 0 || _tier2Threshold < 0 || ActiveObserver is not null || frame.PendingThrow is not null) return false;
        if (frame.Code.Tier2 is not Tier2Code compiled || !compiled.CanEnter(frame.Pc, frame.Sp) || !StackRoom())
            return false;
        var resumer = frame.Back;
        Current = frame;
        var outer = _tier2Resumed;
        _tier2Resumed = frame;
        var before = _steps;
        try
        {
            if (RunCompiled(compiled, frame, frame.Pc) is { } raised)
            {
                var raiser = Current!;
                raiser.PendingThrow = raised.Value;
                raiser.PendingThrowAt = raiser.LastI;
                return false;
            }
        }
        finally
        {
            _tier2Resumed = outer;
        }
        // A resumption is an entry too: counted with the loop's (see TryTier2), or a generator
        // expression entered once by the loop at its start, for a step or two, then resumed here
        // for its items, would be left to the loop after 1024 of its generators had started.
        if (compiled.Ran(_steps - before) && frame.Code.Tier2 == compiled) frame.Code.Tier2 = NotCompiled;
        if (!frame.Yielded || !ReferenceEquals(Current, resumer)) return false;
        yielded = _tier2Yielded!;
        _tier2Yielded = null;
        return true;
    }

    /// <summary>Whether compiled code may yield from <paramref name="f"/> itself: when it runs the
    /// frame for a resumption (a FOR_ITER's in-loop resumption yields through the loop).</summary>
    internal bool Tier2CanYield(Frame f) => ReferenceEquals(f, _tier2Resumed) && f.InlineGenerator is null;

    /// <summary>YIELD_VALUE from compiled code, as the loop's YIELD_VALUE leaves its run: the frame
    /// stops after it, the value is handed to the resumption, the resumer is the current frame.</summary>
    internal void Tier2Yield(Frame f, PyObject? value, int resumePc, int depthAfter)
    {
        f.Sp = depthAfter;
        f.Pc = resumePc;
        f.Yielded = true;
        _depth--;
        Current = f.Back;
        _tier2Yielded = value;
    }

    internal void Tier2CheckLimits(Frame f, int offset)
    {
        f.LastI = offset;
        CheckLimits();
    }

    /// <summary>A CALL's callable and arguments from <paramref name="bottom"/> (its NULL-or-callable
    /// slot) on: a bound method in the callable's place is unpacked into function and self first,
    /// as CPython's PRECALL does, as the loop's CALL does.</summary>
    private static ReadOnlySpan<PyObject> CallArguments(ref PyObject? bottom, int argc, out PyObject target)
    {
        ref var second = ref Unsafe.Add(ref bottom, 1);
        var callable = bottom;
        if (callable is null && second is PyBoundMethod bound)
        {
            bottom = callable = bound.Function;
            second = bound.Self;
        }
        target = callable ?? second!;
        return callable is null
            ? MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref Unsafe.Add(ref bottom, 2)), argc)
            : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref second), argc + 1);
    }

    /// <summary>CALL of anything but a Python function (that one only when the call was entered
    /// in its middle: then in a nested loop): the callable and arguments are taken off the stack,
    /// and the result is returned for the callable's slot.</summary>
    internal PyObject Tier2Call(ref PyObject? bottom, int argc, string[]? kwnames)
    {
        var args = CallArguments(ref bottom, argc, out var target);
        var result = target is PyFunction function ? CallObject(function, args.ToArray(), kwnames) : CallNative(target, args, kwnames);
        ClearSlots(ref bottom, argc + 2);
        return result;
    }

    /// <summary>
    /// A CALL group's start in compiled code: 0 when the callable is not a Python function (the
    /// compiled code calls it); else the callee's frame is pushed as the loop's CALL pushes it, the
    /// caller left to resume at <paramref name="resumePc"/>, and the callee runs nested: 1 when it
    /// returned (its value on the caller's stack), 2 when it is left to the loop (<see cref="Tier2CallNested"/>).
    /// </summary>
    internal int Tier2CallPython(Frame f, ref PyObject? bottom, int argc, string[]? kwnames, int resumePc, int depthAfter)
    {
        // The callable and its arguments as CallArguments finds them, for a Python function only
        // (sealed classes: each test is one compare).
        ref var second = ref Unsafe.Add(ref bottom, 1);
        PyFunction function;
        ref var first = ref second; // the first argument: self, or the function's first
        var count = argc + 1;
        if (bottom is PyFunction called) function = called;
        else if (bottom is not null) return 0;
        else if (second is PyFunction plain)
        {
            function = plain;
            first = ref Unsafe.Add(ref bottom, 2);
            count = argc;
        }
        else if (second is PyBoundMethod { Function: PyFunction method } bound)
        {
            bottom = function = method;
            second = bound.Self;
        }
        else return 0;
        var args = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<PyObject?, PyObject>(ref first), count);
        var callee = NewFrame(function, args, kwnames, f);
        ClearSlots(ref bottom, argc + 2);
        f.Sp = depthAfter;
        f.Pc = resumePc;
        Current = callee;
        return Tier2CallNested(f) ? 1 : 2;
    }

    /// <summary>Whether compiled code may return from <paramref name="f"/> itself: not from a run's
    /// first frame (the run ends there) nor from a generator's (the loop ends its FOR_ITER).</summary>
    internal static bool Tier2CanReturn(Frame f) => !f.RunEntry && f.InlineGenerator is null && f.Back is not null;

    /// <summary>RETURN_VALUE from compiled code: the frame is popped and the value pushed on the
    /// caller's stack, as the loop's RETURN_VALUE does; the loop goes on with the caller.</summary>
    internal void Tier2Return(Frame f, PyObject? value)
    {
        _depth--;
        f.Sp = 0;
        var caller = f.Back!;
        Current = caller;
        caller.Push(value);
        KeepSpare(f);
    }

    private const int SparesKept = 8;

    /// <summary>The flags of code whose call makes a generator, a coroutine or an async generator
    /// (its frame belongs to that object).</summary>
    internal const CodeFlags GeneratorLike = CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR | CodeFlags.ITERABLE_COROUTINE;

    /// <summary>
    /// Keeps the frame of a call that just returned for the function's next call: a call then
    /// allocates no frame (a frame and its slots were most of a small call's cost). Nothing holds a
    /// returned frame: tracebacks keep code and offsets, not frames, and compiled code is never
    /// traced. Not kept: a generator's frame (its generator holds it), a frame with a locals dict (a
    /// class body), a frame of code since replaced (__code__ assigned), any frame of a traced run
    /// (compiled code runs there once the emulated tracer died, and the recorder may still hold a
    /// step of the frame to settle from its locals).
    /// </summary>
    private void KeepSpare(Frame f)
    {
        if (_observer is not null || f.Function is not { } function || f.Locals is not null || !ReferenceEquals(f.Code, function.Code)
            || (f.Code.Code.Flags & GeneratorLike) != 0)
            return;
        var next = function.SpareFrames as Frame;
        var below = next is null ? 0 : next.SparesBelow + 1;
        if (below >= SparesKept) return;
        // Unbound locals read as null, and what the call held is let go.
        ClearSlots(ref MemoryMarshal.GetArrayDataReference(f.LocalsPlus), f.LocalsPlus.Length);
        f.Back = null;
        f.NextSpare = next;
        f.SparesBelow = below;
        function.SpareFrames = f;
    }

    internal static void Tier2UnboundLocal(Frame f, int index) => throw UnboundLocal(f, index);

    internal static PyObject Tier2LoadDeref(Frame f, PyObject? cell, int index) =>
        ((PyCell)cell!).Contents ?? throw UnboundDeref(f, index);

    internal static void Tier2StoreDeref(PyObject? cell, PyObject? value) => ((PyCell)cell!).Contents = value;

    /// <summary>LOAD_GLOBAL from compiled code: a name the instruction found in the globals, while
    /// their keys are unchanged, is read here (inlined into the compiled code); anything else the
    /// long way.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyObject Tier2LoadGlobal(Frame f, int lasti, PyStr key) =>
        f.Code.InlineCaches[lasti >> 1] is GlobalSite { InGlobals: true } site && ReferenceEquals(site.Globals, f.Globals)
            && site.GlobalsKeys == site.Globals.KeysVersion
            ? site.Globals.ValueAt(site.Slot)
            : Tier2LoadGlobalSlow(f, lasti, key);

    private static PyObject Tier2LoadGlobalSlow(Frame f, int lasti, PyStr key) => LoadGlobal(f, lasti, key) ?? throw NameNotDefined(key.Value);

    internal static PyObject Tier2Not(PyObject value) => PyBool.From(!value.IsTrue());

    /// <summary>The truth of anything but True and False (which compiled code tells apart inline):
    /// an exact int's without a virtual call, as `while b:` asks it.</summary>
    internal static bool Tier2Truth(PyObject? value) =>
        value!.GetType() == typeof(PyInt) ? Unsafe.As<PyInt>(value).Value != 0 || Unsafe.As<PyInt>(value).IsBig : Truth(value);

    /// <summary>The slots from <paramref name="first"/> on, as the span a shared helper reads its items from.</summary>
    internal static ReadOnlySpan<PyObject?> Tier2Items(ref PyObject? first, int count) => SlotSpan(ref first, count);

    internal static void Tier2SetAdd(PyObject? set, PyObject? item) => ((PySet)set!).Add(item!);

    internal static void Tier2MapAdd(PyObject? dict, PyObject? key, PyObject? value) => ((PyDict)dict!).Set(key!, value!);

    internal static PyObject Tier2ListToTuple(PyObject? list) => PyTuple.Create([.. ((PyList)list!).Items]);

    internal static void Tier2MakeCell(ref PyObject? slot) => slot = new PyCell(slot);

    internal static void Tier2ListAppend(PyObject? list, PyObject? item) => ((PyList)list!).Append(item!);

    /// <summary>UNPACK_SEQUENCE: the sequence at <paramref name="at"/> gives way to its items.</summary>
    internal static void Tier2Unpack(ref PyObject? at, int count)
    {
        var seq = at!;
        UnpackInto(SlotSpan(ref at, count), seq, count);
        if (count == 0) at = null;
    }

    /// <summary>FOR_ITER's next item: the commonest iterators (sealed classes) told apart by one
    /// compare each and called directly, the rest through the cast and the virtual call.</summary>
    internal static PyObject? Tier2Next(PyObject? iterator) => iterator switch
    {
        PyGenerator generator => generator.Next(),
        RangeIterator range => range.Next(),
        SequenceIterator sequence => sequence.Next(),
        _ => ((PyIterator)iterator!).Next(),
    };

    /// <summary>Whether a FOR_ITER over <paramref name="iterator"/> is left to the loop: a generator
    /// nested too deep to be resumed from compiled code (a .NET call deeper each time), which the
    /// loop resumes in place however deep (FOR_ITER_GEN). Resumed from compiled code, it runs as the
    /// loop would run it when it cannot resume it in place (generator.__next__).</summary>
    internal bool Tier2IterNeedsLoop(PyObject? iterator) =>
        iterator is PyGenerator && (_reentry >= 8 || !StackRoom());
}
