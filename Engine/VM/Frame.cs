using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// One activation of a code object (CPython's _PyInterpreterFrame): its fast locals (co_varnames,
/// then cells, then free variables), its value stack, and where it is. Frames live on the heap
/// and are linked through <see cref="Back"/>, so Python recursion never deepens the C# stack.
/// </summary>
public sealed class Frame
{
    internal Frame(PyCode code, PyDict globals, PyDict builtins, PyDict? locals, PyFunction? function, Frame? back)
    {
        Code = code;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
        Back = back;
        // One array, the fast locals then the value stack, as CPython's localsplus: a call allocates it once.
        _stackBase = code.LocalsPlusNames.Length;
        _localsPlus = new PyObject?[_stackBase + Math.Max(1, code.Code.StackSize)];
    }

    public PyCode Code { get; }
    internal PyDict Globals { get; }
    internal PyDict Builtins { get; }

    /// <summary>The namespace dict of module-level code (the globals); null in a function, which uses <see cref="Fast"/>.</summary>
    internal PyDict? Locals { get; set; }
    internal PyFunction? Function { get; }
    internal Frame? Back { get; set; }

    /// <summary>Set once the frame was the one a run of the loop started with (a module, a call from
    /// the runtime, a resumed generator): returning from it leaves that run, so compiled code leaves
    /// its return to the loop. (Never cleared: a frame it was once set for is only left to the loop.)</summary>
    internal bool RunEntry;

    /// <summary>Set when the frame stopped at a YIELD_VALUE (a generator's frame), clear when it returned.</summary>
    internal bool Yielded;

    /// <summary>The generator this frame belongs to while the loop runs it in place for a FOR_ITER
    /// of <see cref="Back"/> (CPython 3.12's FOR_ITER_GEN).</summary>
    internal PyGenerator? InlineGenerator;

    /// <summary>An exception to raise at the yield the frame resumes from (generator.throw), instead of a sent value.</summary>
    internal PyBaseException? PendingThrow;

    /// <summary>Where <see cref="PendingThrow"/> is raised, when not at the yield: the instruction
    /// compiled code raised it at, for the loop to unwind from (-1: at the yield).</summary>
    internal int PendingThrowAt = -1;

    private readonly PyObject?[] _localsPlus;
    private readonly int _stackBase;

    /// <summary>The fast locals then the value stack, as one array (what compiled code indexes).</summary>
    internal PyObject?[] LocalsPlus => _localsPlus;

    /// <summary>The next spare frame of the same function (see <see cref="Interpreter"/>'s frame reuse), and how many follow.</summary>
    internal Frame? NextSpare;
    internal int SparesBelow;

    /// <summary>A spare frame made ready for another call of its function, as if new: its slots
    /// were cleared when it was put aside; <paramref name="back"/> is the new caller.</summary>
    internal void Reuse(Frame back)
    {
        Back = back;
        NextSpare = null;
        Locals = null;
        RunEntry = false;
        Yielded = false;
        InlineGenerator = null;
        PendingThrow = null;
        PendingThrowAt = -1;
        Sp = 0;
        Pc = 0;
        LastI = 0;
        PendingStep = null;
        SettledLocals = null;
        SettledStack = null;
    }

    /// <summary>The fast locals (co_varnames, then cells, then free variables).</summary>
    internal Span<PyObject?> Fast => _localsPlus.AsSpan(0, _stackBase);

    /// <summary>The value stack; <see cref="Sp"/> items are on it.</summary>
    internal Span<PyObject?> Stack => _localsPlus.AsSpan(_stackBase);
    internal int Sp;

    /// <summary>Pushes <paramref name="value"/> on the value stack (a callee's return value).</summary>
    internal void Push(PyObject? value) => _localsPlus.AsSpan()[_stackBase + Sp++] = value; // a span: no array-type check per store

    /// <summary>Byte offset of the next instruction to run when this frame resumes.</summary>
    internal int Pc;

    /// <summary>Keeps where the frame stands while another runs (a call, a generator resumed in place).</summary>
    internal void Suspend(int sp, int pc, int lasti)
    {
        Sp = sp;
        Pc = pc;
        LastI = lasti;
    }

    /// <summary>Byte offset of the instruction this frame last started (a caller's CALL while a callee runs).</summary>
    internal int LastI;

    /// <summary>The trace step of this frame whose "after" state is not recorded yet.</summary>
    internal TraceStep? PendingStep;

    /// <summary>The locals of this frame's last settled step: a repr equal to the one before is
    /// kept once, so a long trace of a frame whose variables rarely change stays small.</summary>
    internal Dictionary<string, string>? SettledLocals;
    internal string[]? SettledStack;

    public string QualName => Code.QualName;

    /// <summary>The value stack, bottom first (null is the NULL that PUSH_NULL and LOAD_GLOBAL push).</summary>
    public ReadOnlySpan<PyObject?> StackItems => Stack[..Sp];

    /// <summary>The variables the program sees, as frame.f_locals shows them: at module level the
    /// globals less dunder names, in a function the bound fast locals with cells read through.</summary>
    public IEnumerable<KeyValuePair<string, PyObject>> VisibleLocals()
    {
        if (Locals is not null)
        {
            // f_locals of a class body is its namespace, dunders included; only the module hides them.
            var moduleLevel = Code.Code.Name == "<module>";
            foreach (var (k, v) in Locals.Items)
            {
                if (moduleLevel && k is PyStr s && s.Value.Length >= 4 && s.Value.StartsWith("__", StringComparison.Ordinal) && s.Value.EndsWith("__", StringComparison.Ordinal)) continue;
                yield return new(k is PyStr name ? name.Value : k.Repr(), v);
            }
            yield break;
        }
        var names = Code.LocalsPlusNames;
        for (var i = 0; i < names.Length; i++)
            if (VisibleFast(i) is { } value) yield return new(names[i], value);
    }

    /// <summary>The value a function's fast local <paramref name="i"/> shows (null when unbound).</summary>
    internal PyObject? VisibleFast(int i)
    {
        var value = Fast[i];
        // Cells (MAKE_CELL has run) show their contents; the raw slot before that is a plain value.
        if (value is PyCell cell && (i >= Code.Code.VarNames.Length || Code.Code.CellVars.Contains(Code.LocalsPlusNames[i]))) value = cell.Contents;
        return value;
    }
}
