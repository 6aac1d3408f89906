using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Engine.Bytecode;
using Engine.Compiler;
using Engine.Runtime;

namespace Engine.VM.Tier2;

/// <summary>
/// Compiles a hot code object to IL (the second tier of issue 10). The compiled code is the
/// bytecode laid out: no dispatch, no operand decoding, each stack slot a constant offset into the
/// frame's localsplus array, each instruction's work the very helper the interpreter calls. What
/// it does not compile it hands back to the interpreter (an exit: the frame's pc and stack depth
/// are set and the method returns), so the interpreter keeps every rule it alone has: calls of
/// Python functions and returns (its frames), generators, exceptions' unwinding, tracing.
///
/// Steps stay exact: a block (straight-line instructions between jumps, jump targets, calls and
/// exits) counts its instructions as it begins, and exits to the interpreter before it begins if
/// they would pass the step limit; an exception gives back the steps of the block's instructions
/// that did not start (<see cref="Tier2Code.Settle"/>). The clock and memory are checked whenever
/// the count passes a multiple of 1024, as the interpreter checks them.
/// </summary>
internal static class Tier2Compiler
{
    private static readonly ConditionalWeakTable<CodeObject, object> Compiled = new();
    private static readonly object NotCompilable = new();

    /// <summary>The compiled form of <paramref name="code"/>, compiled once for every run that
    /// shares the code object (the compile cache's); null when it cannot be compiled.</summary>
    public static Tier2Code? For(CodeObject code) =>
        Compiled.GetValue(code, c => (object?)Compile(c) ?? NotCompilable) as Tier2Code;

    /// <summary>The instructions compiled code runs itself; any other is an exit to the interpreter.</summary>
    private static readonly HashSet<Opcode> Supported =
    [
        Opcode.NOP, Opcode.RESUME, Opcode.PRECALL, Opcode.KW_NAMES, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP,
        Opcode.LOAD_CONST, Opcode.LOAD_FAST, Opcode.STORE_FAST, Opcode.LOAD_CLOSURE, Opcode.LOAD_DEREF, Opcode.STORE_DEREF,
        Opcode.LOAD_GLOBAL, Opcode.LOAD_NAME, Opcode.STORE_NAME,
        Opcode.BINARY_OP, Opcode.COMPARE_OP, Opcode.IS_OP, Opcode.CONTAINS_OP,
        Opcode.UNARY_NEGATIVE, Opcode.UNARY_POSITIVE, Opcode.UNARY_NOT, Opcode.UNARY_INVERT,
        Opcode.BINARY_SUBSCR, Opcode.STORE_SUBSCR, Opcode.BUILD_TUPLE, Opcode.BUILD_LIST, Opcode.LIST_APPEND,
        Opcode.UNPACK_SEQUENCE, Opcode.GET_ITER, Opcode.FOR_ITER,
        Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
        Opcode.POP_JUMP_FORWARD_IF_FALSE, Opcode.POP_JUMP_FORWARD_IF_TRUE, Opcode.POP_JUMP_BACKWARD_IF_FALSE,
        Opcode.POP_JUMP_BACKWARD_IF_TRUE, Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_FORWARD_IF_NOT_NONE,
        Opcode.POP_JUMP_BACKWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE,
        Opcode.JUMP_IF_FALSE_OR_POP, Opcode.JUMP_IF_TRUE_OR_POP,
        Opcode.LOAD_ATTR, Opcode.STORE_ATTR, Opcode.LOAD_METHOD, Opcode.CALL, Opcode.RETURN_VALUE,
        Opcode.BUILD_SET, Opcode.BUILD_MAP, Opcode.BUILD_CONST_KEY_MAP, Opcode.BUILD_STRING, Opcode.BUILD_SLICE,
        Opcode.FORMAT_VALUE, Opcode.MAKE_FUNCTION, Opcode.SET_ADD, Opcode.MAP_ADD, Opcode.LIST_EXTEND,
        Opcode.DICT_UPDATE, Opcode.DICT_MERGE, Opcode.LIST_TO_TUPLE, Opcode.MAKE_CELL, Opcode.COPY_FREE_VARS,
        Opcode.DELETE_FAST, Opcode.DELETE_SUBSCR, Opcode.YIELD_VALUE,
    ];

    /// <summary>Instructions that cannot raise (nor run the program's code): they need not say where they are.</summary>
    private static readonly HashSet<Opcode> CannotRaise =
    [
        Opcode.NOP, Opcode.RESUME, Opcode.PRECALL, Opcode.KW_NAMES, Opcode.POP_TOP, Opcode.PUSH_NULL, Opcode.COPY, Opcode.SWAP,
        Opcode.LOAD_CONST, Opcode.STORE_FAST, Opcode.LOAD_CLOSURE, Opcode.IS_OP,
        Opcode.JUMP_FORWARD, Opcode.JUMP_BACKWARD, Opcode.JUMP_BACKWARD_NO_INTERRUPT,
        Opcode.POP_JUMP_FORWARD_IF_NONE, Opcode.POP_JUMP_FORWARD_IF_NOT_NONE,
        Opcode.POP_JUMP_BACKWARD_IF_NONE, Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE,
    ];

    /// <summary>One instruction: where it starts (its first EXTENDED_ARG, if any: where jumps land),
    /// its argument, where the next one starts (after its cache entries), where it jumps (-1:
    /// nowhere), and where its opcode is (the interpreter's lasti, which its inline caches follow).</summary>
    private readonly record struct Instr(int Offset, Opcode Op, int Arg, int Next, int Target, int At);

    private static Tier2Code? Compile(CodeObject code)
    {
        try
        {
            var instrs = Decode(code);
            if (instrs is null) return null;
            var depth = Depths(code, instrs);
            if (depth is null) return null;
            return Emit(code, instrs, depth);
        }
        catch (Exception e) when (e is InvalidProgramException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The instructions, indexed by the code unit they start at (an EXTENDED_ARG prefix and
    /// its instruction are one, as the loop counts them); null when the code does not decode.</summary>
    private static Instr?[]? Decode(CodeObject code)
    {
        var bytes = code.Code;
        var units = new Instr?[bytes.Length / 2];
        for (var o = 0; o < bytes.Length;)
        {
            var start = o;
            var arg = 0;
            while (o + 1 < bytes.Length && bytes[o] == (byte)Opcode.EXTENDED_ARG)
            {
                arg = (arg << 8) | bytes[o + 1];
                o += 2;
            }
            if (o + 1 >= bytes.Length) return null;
            var info = OpcodeTable.Get(bytes[o]);
            if (info is null) return null;
            arg = (arg << 8) | bytes[o + 1];
            var next = o + 2 + info.Caches * 2;
            var target = info.Jump switch
            {
                JumpKind.Forward => next + arg * 2,
                JumpKind.Backward => next - arg * 2,
                JumpKind.Absolute => arg * 2,
                _ => -1,
            };
            if (target >= bytes.Length || (info.Jump != JumpKind.None && target < 0)) return null;
            units[start / 2] = new Instr(start, info.Code, arg, next, target, o);
            o = next;
        }
        return units;
    }

    private static bool FallsThrough(Opcode op) => op is not (Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD
        or Opcode.JUMP_BACKWARD_NO_INTERRUPT or Opcode.RETURN_VALUE or Opcode.RAISE_VARARGS or Opcode.RERAISE);

    /// <summary>The stack depth at the start of each reachable instruction (-1: unreachable), from
    /// the opcode table's stack effects, the exception handlers included; null when the depths do
    /// not agree or pass co_stacksize (a hand-made .pyc): the interpreter then runs it, checking.</summary>
    private static short[]? Depths(CodeObject code, Instr?[] units)
    {
        if (code.StackSize >= 1024) return null; // the exits' table keys hold a depth below 1024
        var depth = new short[units.Length];
        Array.Fill(depth, (short)-1);
        var work = new Stack<(int Unit, int Depth)>();
        work.Push((0, 0));
        foreach (var handler in code.ExceptionTable)
            work.Push((handler.Target / 2, handler.Depth + (handler.Lasti ? 1 : 0) + 1));
        while (work.Count > 0)
        {
            var (unit, d) = work.Pop();
            if ((uint)unit >= (uint)units.Length || units[unit] is not { } ins || d < 0 || d > code.StackSize) return null;
            if (depth[unit] >= 0)
            {
                if (depth[unit] != d) return null;
                continue;
            }
            // What the instruction reads must be on the stack (not so in a hand-made .pyc): else the
            // interpreter runs it, and raises as it reads below the stack.
            if (d < Reads(ins)) return null;
            depth[unit] = (short)d;
            if (ins.Target >= 0) work.Push((ins.Target / 2, d + RuntimeEffect(ins, jump: true)));
            if (FallsThrough(ins.Op))
            {
                if (ins.Next >= code.Code.Length) return null; // it would run off the end
                work.Push((ins.Next / 2, d + RuntimeEffect(ins, jump: false)));
            }
        }
        return depth;
    }

    /// <summary>How many stack items the compiled instruction reads (its net effect may say fewer: COPY
    /// reads n to push one, a CALL reads its callable's NULL slot too).</summary>
    private static int Reads(Instr ins) => ins.Op switch
    {
        Opcode.COPY or Opcode.SWAP => ins.Arg,
        Opcode.BUILD_TUPLE or Opcode.BUILD_LIST or Opcode.BUILD_SET or Opcode.BUILD_STRING or Opcode.BUILD_MAP
            or Opcode.BUILD_CONST_KEY_MAP or Opcode.BUILD_SLICE or Opcode.FORMAT_VALUE or Opcode.MAKE_FUNCTION
            => Interpreter.ItemsBuiltFrom(ins.Op, ins.Arg),
        Opcode.LIST_APPEND or Opcode.SET_ADD or Opcode.LIST_EXTEND or Opcode.DICT_UPDATE or Opcode.DICT_MERGE => ins.Arg + 1,
        Opcode.MAP_ADD or Opcode.CALL => ins.Arg + 2,
        Opcode.STORE_SUBSCR => 3,
        Opcode.BINARY_OP or Opcode.COMPARE_OP or Opcode.IS_OP or Opcode.CONTAINS_OP or Opcode.BINARY_SUBSCR
            or Opcode.STORE_ATTR or Opcode.DELETE_SUBSCR => 2,
        Opcode.POP_TOP or Opcode.STORE_FAST or Opcode.STORE_DEREF or Opcode.STORE_NAME or Opcode.UNARY_NEGATIVE
            or Opcode.UNARY_POSITIVE or Opcode.UNARY_NOT or Opcode.UNARY_INVERT or Opcode.GET_ITER or Opcode.FOR_ITER
            or Opcode.POP_JUMP_FORWARD_IF_FALSE or Opcode.POP_JUMP_FORWARD_IF_TRUE or Opcode.POP_JUMP_BACKWARD_IF_FALSE
            or Opcode.POP_JUMP_BACKWARD_IF_TRUE or Opcode.POP_JUMP_FORWARD_IF_NONE or Opcode.POP_JUMP_FORWARD_IF_NOT_NONE
            or Opcode.POP_JUMP_BACKWARD_IF_NONE or Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE or Opcode.JUMP_IF_FALSE_OR_POP
            or Opcode.JUMP_IF_TRUE_OR_POP or Opcode.LOAD_ATTR or Opcode.LOAD_METHOD or Opcode.UNPACK_SEQUENCE
            or Opcode.LIST_TO_TUPLE or Opcode.RETURN_VALUE or Opcode.YIELD_VALUE => 1,
        _ => 0,
    };

    /// <summary>The stack effect as the loop has it, where dis.stack_effect counts otherwise: it
    /// takes a call's arguments off at PRECALL (the stack loses them all at CALL).</summary>
    private static int RuntimeEffect(Instr ins, bool jump) => ins.Op switch
    {
        Opcode.PRECALL => 0,
        Opcode.CALL => -ins.Arg - 1,
        // The generator's frame resumes after it with the first value sent (None), which POP_TOP drops.
        Opcode.RETURN_GENERATOR => 1,
        _ => StackEffects.Of(ins.Op, ins.Arg, jump),
    };

    /// <summary>What every compiled method's delegate is closed over (its unused first argument).</summary>
    private static readonly object DelegateTarget = new();

    private static Tier2Code Emit(CodeObject code, Instr?[] units, short[] depth)
    {
        var reachable = units.Select((u, i) => u is not null && depth[i] >= 0).ToArray();
        // A generator's (or coroutine's) return ends it, which the loop does (its resumer learns of it).
        var generator = (code.Flags & Interpreter.GeneratorLike) != 0;
        bool IsExit(int unit) => !Supported.Contains(units[unit]!.Value.Op) || (generator && units[unit]!.Value.Op == Opcode.RETURN_VALUE);

        // Where blocks begin: the code's start, jump and handler targets, what follows a jump, an
        // exit or a call, an exit itself, a FOR_ITER (it exits for a generator) and a call's group
        // (KW_NAMES, PRECALL, CALL: a call of a Python function exits before the group begins, so
        // that the interpreter runs all of it, with its keyword names).
        var start = new bool[units.Length];
        var callCheck = new int[units.Length]; // unit of the CALL whose callee a block start checks, plus one
        var kwNames = new int[units.Length]; // a CALL's KW_NAMES constant, plus one
        start[0] = true;
        foreach (var handler in code.ExceptionTable) start[handler.Target / 2] = true;
        for (var i = 0; i < units.Length; i++)
        {
            if (!reachable[i]) continue;
            var ins = units[i]!.Value;
            if (ins.Target >= 0) start[ins.Target / 2] = true;
            if (ins.Target >= 0 || !FallsThrough(ins.Op) || IsExit(i) || ins.Op is Opcode.CALL or Opcode.YIELD_VALUE)
                if (ins.Next / 2 < units.Length) start[ins.Next / 2] = true;
            if (IsExit(i) || ins.Op is Opcode.FOR_ITER or Opcode.RETURN_VALUE or Opcode.YIELD_VALUE) start[i] = true;
            if (ins.Op == Opcode.CALL)
            {
                var group = i;
                if (Previous(units, reachable, group) is { } pre && units[pre]!.Value.Op == Opcode.PRECALL)
                {
                    group = pre;
                    if (Previous(units, reachable, group) is { } kw && units[kw]!.Value.Op == Opcode.KW_NAMES) group = kw;
                }
                start[group] = true;
                callCheck[group] = i + 1;
                if (units[group]!.Value.Op == Opcode.KW_NAMES) kwNames[i] = units[group]!.Value.Arg + 1;
            }
        }
        // A call whose group is entered in its middle (a jump into it) is checked no more: the CALL
        // then runs a Python callee in a nested loop, which is correct, only slower.
        for (var i = 0; i < units.Length; i++)
            if (callCheck[i] > 0)
                for (var j = i + 1; j < callCheck[i] - 1; j++)
                    if (start[j]) callCheck[i] = 0;

        // Each block's compiled instructions, and for each the number after it in its block.
        var remaining = new short[units.Length];
        var blockLength = new int[units.Length];
        for (var i = 0; i < units.Length;)
        {
            if (!reachable[i] || !start[i]) { i++; continue; }
            var members = new List<int>();
            var j = i;
            do
            {
                if (reachable[j] && !IsExit(j)) members.Add(j);
                if (IsExit(j)) break;
                j = units[j]!.Value.Next / 2;
            }
            while (j < units.Length && !start[j] && reachable[j]);
            for (var k = 0; k < members.Count; k++) remaining[members[k]] = (short)(members.Count - 1 - k);
            blockLength[i] = members.Count;
            i = units[i]!.Value.Next / 2;
        }

        // The instructions a handler covers (its stack under it must be in the frame when they raise).
        var inTry = new bool[units.Length];
        foreach (var handler in code.ExceptionTable)
            for (var u = handler.Start / 2; u < handler.End / 2 && u < units.Length; u++) inTry[u] = true;

        // A static method with a leading parameter the delegate is closed over: the delegate of an
        // open static method is called through a thunk that shifts its arguments (1-2 % of a call).
        var method = new DynamicMethod("tier2 " + code.QualName, typeof(void), [typeof(object), typeof(Interpreter), typeof(Frame), typeof(int)],
            typeof(Interpreter).Module, skipVisibility: true);
        var emitter = new Emitter(method.GetILGenerator(), code, units, depth, kwNames);
        emitter.Prologue(start, reachable);
        for (var i = 0; i < units.Length; i++)
        {
            if (!reachable[i]) continue;
            var ins = units[i]!.Value;
            if (start[i])
            {
                emitter.BlockStart(i, callCheck[i] > 0 ? units[callCheck[i] - 1] : null, blockLength[i]);
                if (IsExit(i))
                {
                    emitter.Exit(ins.Offset, depth[i]);
                    continue;
                }
            }
            emitter.Instruction(ins, depth[i], i, inTry[i] || inTry[ins.At / 2]);
            // Falling into the next block: IL falls through only to the next instruction emitted.
            if (FallsThrough(ins.Op) && ins.Target < 0 && ins.Next / 2 < units.Length && start[ins.Next / 2])
                emitter.Goto(ins.Next / 2);
        }
        emitter.Epilogue();
        var entry = new bool[units.Length];
        for (var i = 0; i < units.Length; i++) entry[i] = start[i] && reachable[i];
        // Settle reads these at the frame's lasti, the opcode's own unit after an EXTENDED_ARG.
        for (var i = 0; i < units.Length; i++)
            if (reachable[i] && units[i]!.Value.At / 2 != i)
            {
                depth[units[i]!.Value.At / 2] = depth[i];
                remaining[units[i]!.Value.At / 2] = remaining[i];
            }
        var compiled = (CompiledFrame)method.CreateDelegate(typeof(CompiledFrame), DelegateTarget);
        compiled(null!, null!, -1); // compiled by the JIT here, not in the middle of a run
        return new Tier2Code(compiled, entry, depth, remaining);
    }

    private static int? Previous(Instr?[] units, bool[] reachable, int unit)
    {
        for (var i = unit - 1; i >= 0; i--)
            if (units[i] is { } ins) return reachable[i] && ins.Next / 2 == unit ? i : null;
        return null;
    }

    /// <summary>The IL of one code object: its locals, its labels, and one method per instruction shape.</summary>
    private sealed class Emitter
    {
        private static readonly FieldInfo FramePc = Field<Frame>(nameof(Frame.Pc));
        private static readonly FieldInfo FrameSp = Field<Frame>(nameof(Frame.Sp));
        private static readonly FieldInfo FrameLastI = Field<Frame>(nameof(Frame.LastI));
        private static readonly MethodInfo FrameCode = typeof(Frame).GetProperty(nameof(Frame.Code))!.GetMethod!;
        private static readonly MethodInfo FrameLocalsPlus = typeof(Frame).GetProperty(nameof(Frame.LocalsPlus), BindingFlags.NonPublic | BindingFlags.Instance)!.GetMethod!;
        private static readonly MethodInfo CodeConsts = typeof(PyCode).GetProperty(nameof(PyCode.Consts))!.GetMethod!;
        private static readonly MethodInfo CodeNameKeys = typeof(PyCode).GetProperty(nameof(PyCode.NameKeys))!.GetMethod!;
        private static readonly MethodInfo CodeKwNames = typeof(PyCode).GetMethod(nameof(PyCode.KwNames))!;
        private static readonly MethodInfo ArrayData = typeof(MemoryMarshal).GetMethods()
            .Single(m => m.Name == nameof(MemoryMarshal.GetArrayDataReference) && m.IsGenericMethodDefinition)
            .MakeGenericMethod(typeof(PyObject));
        private static readonly FieldInfo Steps = Field<Interpreter>("_steps");
        private static readonly FieldInfo MaxSteps = Field<Interpreter>("_maxSteps");
        private static readonly MethodInfo PyBoolFrom = typeof(PyBool).GetMethod(nameof(PyBool.From), [typeof(bool)])!;

        private readonly ILGenerator _il;
        private readonly CodeObject _code;
        private readonly Instr?[] _units;
        private readonly short[] _depth;
        private readonly int _stackBase;
        private readonly Label[] _labels;
        private readonly Dictionary<int, Label> _exits = [];
        private readonly LocalBuilder _slots, _consts, _nameKeys, _pyCode, _count, _value, _flag, _truthOf;

        private readonly int[] _kwNames;

        public Emitter(ILGenerator il, CodeObject code, Instr?[] units, short[] depth, int[] kwNames)
        {
            _kwNames = kwNames;
            _il = il;
            _code = code;
            _units = units;
            _depth = depth;
            _stackBase = code.VarNames.Length + code.CellVars.Count(c => !code.VarNames.Contains(c)) + code.FreeVars.Length;
            _labels = new Label[units.Length];
            for (var i = 0; i < units.Length; i++) _labels[i] = il.DefineLabel();
            _slots = il.DeclareLocal(typeof(PyObject).MakeByRefType());
            _consts = il.DeclareLocal(typeof(PyObject[]));
            _nameKeys = il.DeclareLocal(typeof(PyStr[]));
            _pyCode = il.DeclareLocal(typeof(PyCode));
            _count = il.DeclareLocal(typeof(long));
            _value = il.DeclareLocal(typeof(PyObject));
            _flag = il.DeclareLocal(typeof(bool));
            _truthOf = il.DeclareLocal(typeof(PyObject));
        }

        private static FieldInfo Field<T>(string name) =>
            typeof(T).GetField(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new MissingFieldException(typeof(T).Name, name);

        private static MethodInfo Helper(string name) =>
            typeof(Interpreter).GetMethod(name, BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            ?? throw new MissingMethodException(nameof(Interpreter), name);

        private static MethodInfo Helper(Type type, string name, params Type[] parameters) =>
            type.GetMethod(name, BindingFlags.Static | BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, parameters)
            ?? throw new MissingMethodException(type.Name, name);

        /// <summary>Loads the frame's parts, then jumps to the block the interpreter enters at (any other offset exits at once).</summary>
        public void Prologue(bool[] start, bool[] reachable)
        {
            // A negative start returns at once: the call that has the JIT compile the method.
            var run = _il.DefineLabel();
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Ldc_I4_0);
            _il.Emit(OpCodes.Bge, run);
            _il.Emit(OpCodes.Ret);
            _il.MarkLabel(run);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Call, FrameCode);
            _il.Emit(OpCodes.Stloc, _pyCode);
            _il.Emit(OpCodes.Ldloc, _pyCode);
            _il.Emit(OpCodes.Call, CodeConsts);
            _il.Emit(OpCodes.Stloc, _consts);
            _il.Emit(OpCodes.Ldloc, _pyCode);
            _il.Emit(OpCodes.Call, CodeNameKeys);
            _il.Emit(OpCodes.Stloc, _nameKeys);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Call, FrameLocalsPlus);
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldlen);
            _il.Emit(OpCodes.Conv_I4);
            _il.Emit(OpCodes.Ldc_I4, _stackBase + Math.Max(1, _code.StackSize));
            var sized = _il.DefineLabel();
            _il.Emit(OpCodes.Bge, sized);
            _il.Emit(OpCodes.Pop);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Stfld, FramePc);
            _il.Emit(OpCodes.Ret);
            _il.MarkLabel(sized);
            _il.Emit(OpCodes.Call, ArrayData);
            _il.Emit(OpCodes.Stloc, _slots);

            var elsewhere = _il.DefineLabel();
            var table = new Label[_units.Length];
            for (var i = 0; i < table.Length; i++) table[i] = start[i] && reachable[i] ? _labels[i] : elsewhere;
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Ldc_I4_1);
            _il.Emit(OpCodes.Shr);
            _il.Emit(OpCodes.Switch, table);
            _il.MarkLabel(elsewhere);
            // Not an entry: the interpreter goes on where it is.
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldarg_3);
            _il.Emit(OpCodes.Stfld, FramePc);
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>A block's start: what sends it back to the interpreter (a FOR_ITER over a generator,
        /// a return the loop must make), then its steps counted ahead (or an exit when they would pass
        /// the limit), then for a call's group the call of a Python function, whose frame it pushes.</summary>
        public void BlockStart(int unit, Instr? checkedCall, int length)
        {
            _il.MarkLabel(_labels[unit]);
            var offset = unit * 2;
            var d = _depth[unit];
            _depthNow = _mat = d;
            if (_units[unit]!.Value.Op == Opcode.FOR_ITER)
            {
                // A generator is resumed from here while the nesting is shallow; deeper, by the loop.
                _il.Emit(OpCodes.Ldarg_1);
                LoadSlot(_stackBase + d - 1);
                Call(Helper(nameof(Interpreter.Tier2IterNeedsLoop)));
                _il.Emit(OpCodes.Brtrue, ExitLabel(offset, d));
            }
            else if (_units[unit]!.Value.Op == Opcode.YIELD_VALUE)
            {
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldarg_2);
                Call(Helper(nameof(Interpreter.Tier2CanYield)));
                _il.Emit(OpCodes.Brfalse, ExitLabel(offset, d));
            }
            else if (_units[unit]!.Value.Op == Opcode.RETURN_VALUE)
            {
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2CanReturn)));
                _il.Emit(OpCodes.Brfalse, ExitLabel(offset, d));
            }
            if (length == 0) return;
            CountSteps(offset, d, length);
            if (checkedCall is { } call)
            {
                // A Python callee: its frame is pushed here, and it runs nested or the loop goes on with it.
                var callDepth = _depth[call.Offset / 2];
                var bottom = _stackBase + callDepth - call.Arg - 2;
                var native = _il.DefineLabel();
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, call.At);
                _il.Emit(OpCodes.Stfld, FrameLastI);
                _il.Emit(OpCodes.Ldarg_1);
                _il.Emit(OpCodes.Ldarg_2);
                SlotAddress(bottom);
                _il.Emit(OpCodes.Ldc_I4, call.Arg);
                KeywordNames(call.Offset / 2);
                _il.Emit(OpCodes.Ldc_I4, call.Next);
                _il.Emit(OpCodes.Ldc_I4, callDepth - call.Arg - 2);
                Call(Helper(nameof(Interpreter.Tier2CallPython)));
                _il.Emit(OpCodes.Switch, new[] { native, _labels[call.Next / 2] });
                _il.Emit(OpCodes.Ret);
                _il.MarkLabel(native);
            }
        }

        /// <summary>count = vm._steps + length; past the limit: exit, the interpreter stops at the very step.</summary>
        private void CountSteps(int offset, int d, int length)
        {
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, Steps);
            _il.Emit(OpCodes.Ldc_I8, (long)length);
            _il.Emit(OpCodes.Add);
            _il.Emit(OpCodes.Stloc, _count);
            _il.Emit(OpCodes.Ldloc, _count);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldfld, MaxSteps);
            _il.Emit(OpCodes.Bgt, ExitLabel(offset, d));
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldloc, _count);
            _il.Emit(OpCodes.Stfld, Steps);
            // Passed a multiple of 1024: the clock, the memory, a cancelled request.
            var noCheck = _il.DefineLabel();
            _il.Emit(OpCodes.Ldloc, _count);
            _il.Emit(OpCodes.Ldc_I8, 1023L);
            _il.Emit(OpCodes.And);
            _il.Emit(OpCodes.Ldc_I8, (long)length);
            _il.Emit(OpCodes.Bge, noCheck);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldc_I4, offset);
            _il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2CheckLimits)));
            _il.MarkLabel(noCheck);
        }

        public void Goto(int unit)
        {
            Flush();
            _il.Emit(OpCodes.Br, _labels[unit]);
        }

        /// <summary>Hands the frame back to the interpreter at <paramref name="pc"/>.</summary>
        public void Exit(int pc, int depth) => _il.Emit(OpCodes.Br, ExitLabel(pc, depth));

        private Label ExitLabel(int pc, int depth)
        {
            if (!_exits.TryGetValue(pc * 1024 + depth, out var label)) _exits[pc * 1024 + depth] = label = _il.DefineLabel();
            return label;
        }

        public void Epilogue()
        {
            foreach (var (key, label) in _exits)
            {
                _il.MarkLabel(label);
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, key / 1024);
                _il.Emit(OpCodes.Stfld, FramePc);
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, key % 1024);
                _il.Emit(OpCodes.Stfld, FrameSp);
                _il.Emit(OpCodes.Ret);
            }
        }

        // The frame's slot i (a fast local below the stack base, a stack item above it).
        private void SlotAddress(int slot)
        {
            // Every address stays inside the array the prologue checked (a hand-made .pyc may name a
            // position below the stack or past co_stacksize: then the code is not compiled).
            if ((uint)slot >= (uint)(_stackBase + Math.Max(1, _code.StackSize)))
                throw new ArgumentException("stack position out of range");
            // An address computed from the array's start: no bounds check, no array-type check (the
            // prologue checked the length once; every slot index is below co_stacksize's end).
            _il.Emit(OpCodes.Ldloc, _slots);
            if (slot == 0) return;
            _il.Emit(OpCodes.Ldc_I4, slot * IntPtr.Size);
            _il.Emit(OpCodes.Add);
        }

        private void LoadSlot(int slot)
        {
            SlotAddress(slot);
            _il.Emit(OpCodes.Ldind_Ref);
        }

        private void ClearSlot(int slot)
        {
            SlotAddress(slot);
            _il.Emit(OpCodes.Ldnull);
            _il.Emit(OpCodes.Stind_Ref);
        }

        private void Call(MethodInfo method) => _il.Emit(method.IsStatic ? OpCodes.Call : OpCodes.Callvirt, method);

        // The value stack while a block is laid out: positions below _mat are in the frame's slots,
        // the ones from _mat to _depth in IL locals (a store to a local costs nothing; a store to a
        // slot is a heap store with its GC write barrier, which was a quarter of a float loop's time).
        // A block starts and ends with every position in its slot, where exits, calls, builders and
        // the interpreter (a handler's stack, an exit) read them.
        private int _depthNow, _mat;
        private readonly List<LocalBuilder> _positions = [];

        private LocalBuilder Position(int p)
        {
            if (p < 0 || p >= Math.Max(1, _code.StackSize)) throw new ArgumentException("stack position out of range");
            while (_positions.Count <= p) _positions.Add(_il.DeclareLocal(typeof(PyObject)));
            return _positions[p];
        }

        /// <summary>Loads stack position <paramref name="p"/> (without popping it).</summary>
        private void Load(int p)
        {
            if (p >= _mat) _il.Emit(OpCodes.Ldloc, Position(p));
            else LoadSlot(_stackBase + p);
        }

        /// <summary>The value on the IL stack becomes the top of the value stack.</summary>
        private void Push()
        {
            _il.Emit(OpCodes.Stloc, Position(_depthNow));
            _depthNow++;
        }

        /// <summary>Positions from <paramref name="depth"/> up are popped (their slots cleared, as the loop clears them).</summary>
        private void PopTo(int depth)
        {
            for (var p = depth; p < _mat; p++) ClearSlot(_stackBase + p);
            _mat = Math.Min(_mat, depth);
            _depthNow = depth;
        }

        /// <summary>Stores the positions held in IL locals into their slots.</summary>
        public void Flush()
        {
            for (var p = _mat; p < _depthNow; p++)
            {
                SlotAddress(_stackBase + p);
                _il.Emit(OpCodes.Ldloc, Position(p));
                _il.Emit(OpCodes.Stind_Ref);
            }
            _mat = _depthNow;
        }

        public void Instruction(Instr ins, int d, int unit, bool inTry)
        {
            if (_depthNow != d) throw new NotSupportedException("stack depths disagree");
            // In a try block a handler keeps the stack under it: it must be in the frame.
            if (inTry) Flush();
            if (!CannotRaise.Contains(ins.Op))
            {
                _il.Emit(OpCodes.Ldarg_2);
                _il.Emit(OpCodes.Ldc_I4, ins.At);
                _il.Emit(OpCodes.Stfld, FrameLastI);
            }
            if (Virtual(ins, d)) return;
            Flush();
            SlotInstruction(ins, d, unit);
            _depthNow = _mat = d + RuntimeEffect(ins, jump: false);
        }

        /// <summary>The instructions laid out over the IL locals; false for the others.</summary>
        private bool Virtual(Instr ins, int d)
        {
            var il = _il;
            var arg = ins.Arg;
            switch (ins.Op)
            {
                case Opcode.NOP or Opcode.RESUME or Opcode.PRECALL or Opcode.KW_NAMES:
                    return true;
                case Opcode.POP_TOP:
                    PopTo(d - 1);
                    return true;
                case Opcode.PUSH_NULL:
                    il.Emit(OpCodes.Ldnull);
                    Push();
                    return true;
                case Opcode.COPY:
                    Load(d - arg);
                    Push();
                    return true;
                case Opcode.SWAP when d - arg >= _mat:
                    il.Emit(OpCodes.Ldloc, Position(d - 1));
                    il.Emit(OpCodes.Ldloc, Position(d - arg));
                    il.Emit(OpCodes.Stloc, Position(d - 1));
                    il.Emit(OpCodes.Stloc, Position(d - arg));
                    return true;
                case Opcode.LOAD_CONST:
                    il.Emit(OpCodes.Ldloc, _consts);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Ldelem_Ref);
                    Push();
                    return true;
                case Opcode.LOAD_FAST:
                {
                    CheckLocal(arg);
                    var bound = il.DefineLabel();
                    LoadSlot(arg);
                    il.Emit(OpCodes.Dup);
                    il.Emit(OpCodes.Brtrue, bound);
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2UnboundLocal)));
                    il.MarkLabel(bound);
                    Push();
                    return true;
                }
                case Opcode.STORE_FAST:
                    CheckLocal(arg);
                    SlotAddress(arg);
                    Load(d - 1);
                    il.Emit(OpCodes.Stind_Ref);
                    PopTo(d - 1);
                    return true;
                case Opcode.LOAD_CLOSURE:
                    CheckLocal(arg);
                    LoadSlot(arg);
                    Push();
                    return true;
                case Opcode.LOAD_DEREF:
                    CheckLocal(arg);
                    il.Emit(OpCodes.Ldarg_2);
                    LoadSlot(arg);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2LoadDeref)));
                    Push();
                    return true;
                case Opcode.STORE_DEREF:
                    CheckLocal(arg);
                    LoadSlot(arg);
                    Load(d - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2StoreDeref)));
                    PopTo(d - 1);
                    return true;
                case Opcode.LOAD_GLOBAL:
                    if ((arg & 1) != 0)
                    {
                        il.Emit(OpCodes.Ldnull);
                        Push();
                    }
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, ins.At);
                    NameKey(arg >> 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2LoadGlobal)));
                    Push();
                    return true;
                case Opcode.LOAD_NAME:
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, ins.At);
                    NameKey(arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.LoadName)));
                    Push();
                    return true;
                case Opcode.STORE_NAME:
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, ins.At);
                    NameKey(arg);
                    Load(d - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.StoreName)));
                    PopTo(d - 1);
                    return true;
                case Opcode.BINARY_OP:
                    Operate(d, 2, Interpreter.Tier2BinaryHelper(arg), () => il.Emit(OpCodes.Ldc_I4, arg));
                    return true;
                case Opcode.COMPARE_OP:
                    Operate(d, 2, nameof(Interpreter.CompareValue), () => il.Emit(OpCodes.Ldc_I4, arg));
                    return true;
                case Opcode.IS_OP:
                    Load(d - 2);
                    Load(d - 1);
                    il.Emit(OpCodes.Ceq);
                    il.Emit(OpCodes.Ldc_I4, arg == 1 ? 1 : 0);
                    il.Emit(OpCodes.Xor);
                    il.Emit(OpCodes.Call, PyBoolFrom);
                    PopTo(d - 2);
                    Push();
                    return true;
                case Opcode.CONTAINS_OP:
                    Load(d - 1);
                    Load(d - 2);
                    il.Emit(OpCodes.Call, Helper(typeof(Ops), nameof(Ops.Contains), typeof(PyObject), typeof(PyObject)));
                    il.Emit(OpCodes.Ldc_I4, arg == 1 ? 1 : 0);
                    il.Emit(OpCodes.Xor);
                    il.Emit(OpCodes.Call, PyBoolFrom);
                    PopTo(d - 2);
                    Push();
                    return true;
                case Opcode.UNARY_NEGATIVE or Opcode.UNARY_POSITIVE or Opcode.UNARY_INVERT or Opcode.UNARY_NOT:
                    Load(d - 1);
                    il.Emit(OpCodes.Call, ins.Op switch
                    {
                        Opcode.UNARY_NEGATIVE => Helper(typeof(Ops), nameof(Ops.Negative), typeof(PyObject)),
                        Opcode.UNARY_POSITIVE => Helper(typeof(Ops), nameof(Ops.Positive), typeof(PyObject)),
                        Opcode.UNARY_INVERT => Helper(typeof(Ops), nameof(Ops.Invert), typeof(PyObject)),
                        _ => Helper(nameof(Interpreter.Tier2Not)),
                    });
                    PopTo(d - 1);
                    Push();
                    return true;
                case Opcode.BINARY_SUBSCR:
                    Operate(d, 2, nameof(Interpreter.SubscrValue));
                    return true;
                case Opcode.STORE_SUBSCR:
                    Load(d - 2);
                    Load(d - 1);
                    Load(d - 3);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.StoreSubscrValue)));
                    PopTo(d - 3);
                    return true;
                case Opcode.LIST_APPEND:
                    Load(d - 1 - arg);
                    Load(d - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2ListAppend)));
                    PopTo(d - 1);
                    return true;
                case Opcode.GET_ITER:
                    Load(d - 1);
                    il.Emit(OpCodes.Call, Helper(typeof(Ops), nameof(Ops.Iter), typeof(PyObject)));
                    PopTo(d - 1);
                    Push();
                    return true;
                case Opcode.LOAD_ATTR:
                    Load(d - 1);
                    Site(ins);
                    il.Emit(OpCodes.Call, Helper("LoadAttr"));
                    PopTo(d - 1);
                    Push();
                    return true;
                case Opcode.STORE_ATTR:
                    Load(d - 1);
                    Site(ins);
                    Load(d - 2);
                    il.Emit(OpCodes.Call, Helper("StoreAttr"));
                    PopTo(d - 2);
                    return true;
                case Opcode.POP_JUMP_FORWARD_IF_FALSE or Opcode.POP_JUMP_FORWARD_IF_TRUE
                    or Opcode.POP_JUMP_BACKWARD_IF_FALSE or Opcode.POP_JUMP_BACKWARD_IF_TRUE:
                {
                    Load(d - 1);
                    Truth();
                    il.Emit(OpCodes.Stloc, _flag);
                    PopTo(d - 1);
                    Flush();
                    il.Emit(OpCodes.Ldloc, _flag);
                    var onTrue = ins.Op is Opcode.POP_JUMP_FORWARD_IF_TRUE or Opcode.POP_JUMP_BACKWARD_IF_TRUE;
                    il.Emit(onTrue ? OpCodes.Brtrue : OpCodes.Brfalse, _labels[ins.Target / 2]);
                    il.Emit(OpCodes.Br, _labels[ins.Next / 2]);
                    return true;
                }
                default:
                    return false;
            }
        }

        /// <summary>The instructions laid out over the frame's slots (what is not in IL locals is there).</summary>
        private void SlotInstruction(Instr ins, int d, int unit)
        {
            var il = _il;
            var s = _stackBase + d; // the slot of the stack item the instruction would push first
            var arg = ins.Arg;
            switch (ins.Op)
            {
                case Opcode.SWAP:
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Stloc, _value);
                    SlotAddress(s - 1);
                    LoadSlot(s - arg);
                    il.Emit(OpCodes.Stind_Ref);
                    SlotAddress(s - arg);
                    il.Emit(OpCodes.Ldloc, _value);
                    il.Emit(OpCodes.Stind_Ref);
                    break;
                case Opcode.BUILD_TUPLE:
                    Build(s, ins, nameof(Interpreter.BuildTuple));
                    break;
                case Opcode.BUILD_LIST:
                    Build(s, ins, nameof(Interpreter.BuildList));
                    break;
                case Opcode.BUILD_SET:
                    Build(s, ins, nameof(Interpreter.BuildSet));
                    break;
                case Opcode.BUILD_MAP:
                    Build(s, ins, nameof(Interpreter.BuildMap));
                    break;
                case Opcode.BUILD_CONST_KEY_MAP:
                    Build(s, ins, nameof(Interpreter.BuildConstKeyMap));
                    break;
                case Opcode.BUILD_STRING:
                    Build(s, ins, nameof(Interpreter.BuildString));
                    break;
                case Opcode.BUILD_SLICE:
                    Build(s, ins, nameof(Interpreter.BuildSlice));
                    break;
                case Opcode.FORMAT_VALUE:
                    Build(s, ins, nameof(Interpreter.FormatValue), () =>
                    {
                        il.Emit(OpCodes.Ldarg_1);
                        il.Emit(OpCodes.Ldc_I4, arg);
                    });
                    break;
                case Opcode.MAKE_FUNCTION:
                    Build(s, ins, nameof(Interpreter.MakeFunction), () =>
                    {
                        il.Emit(OpCodes.Ldarg_2);
                        il.Emit(OpCodes.Ldc_I4, arg);
                    });
                    break;
                case Opcode.SET_ADD:
                    LoadSlot(s - 1 - arg);
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2SetAdd)));
                    ClearSlot(s - 1);
                    break;
                case Opcode.MAP_ADD:
                    LoadSlot(s - 2 - arg);
                    LoadSlot(s - 2);
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2MapAdd)));
                    ClearSlot(s - 1);
                    ClearSlot(s - 2);
                    break;
                case Opcode.LIST_EXTEND or Opcode.DICT_UPDATE or Opcode.DICT_MERGE:
                    LoadSlot(s - 1 - arg);
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(ins.Op == Opcode.LIST_EXTEND ? nameof(Interpreter.ListExtend) : nameof(Interpreter.DictUpdate)));
                    ClearSlot(s - 1);
                    break;
                case Opcode.LIST_TO_TUPLE:
                    SlotAddress(s - 1);
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2ListToTuple)));
                    il.Emit(OpCodes.Stind_Ref);
                    break;
                case Opcode.MAKE_CELL:
                    CheckLocal(arg);
                    SlotAddress(arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2MakeCell)));
                    break;
                case Opcode.COPY_FREE_VARS:
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.CopyFreeVars)));
                    break;
                case Opcode.DELETE_FAST:
                {
                    CheckLocal(arg);
                    var bound = il.DefineLabel();
                    LoadSlot(arg);
                    il.Emit(OpCodes.Brtrue, bound);
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2UnboundLocal)));
                    il.MarkLabel(bound);
                    ClearSlot(arg);
                    break;
                }
                case Opcode.DELETE_SUBSCR:
                    LoadSlot(s - 2);
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(typeof(Ops), nameof(Ops.DelItem), typeof(PyObject), typeof(PyObject)));
                    ClearSlot(s - 1);
                    ClearSlot(s - 2);
                    break;
                case Opcode.UNPACK_SEQUENCE:
                    SlotAddress(s - 1);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2Unpack)));
                    break;
                case Opcode.FOR_ITER:
                {
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2Next)));
                    il.Emit(OpCodes.Stloc, _value);
                    il.Emit(OpCodes.Ldloc, _value);
                    var exhausted = il.DefineLabel();
                    il.Emit(OpCodes.Brfalse, exhausted);
                    SlotAddress(s);
                    il.Emit(OpCodes.Ldloc, _value);
                    il.Emit(OpCodes.Stind_Ref);
                    il.Emit(OpCodes.Br, _labels[ins.Next / 2]);
                    il.MarkLabel(exhausted);
                    ClearSlot(s - 1);
                    il.Emit(OpCodes.Br, _labels[ins.Target / 2]);
                    break;
                }
                case Opcode.JUMP_FORWARD or Opcode.JUMP_BACKWARD or Opcode.JUMP_BACKWARD_NO_INTERRUPT:
                    il.Emit(OpCodes.Br, _labels[ins.Target / 2]);
                    break;
                case Opcode.POP_JUMP_FORWARD_IF_NONE or Opcode.POP_JUMP_FORWARD_IF_NOT_NONE
                    or Opcode.POP_JUMP_BACKWARD_IF_NONE or Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE:
                {
                    LoadSlot(s - 1);
                    il.Emit(OpCodes.Isinst, typeof(PyNone));
                    il.Emit(OpCodes.Stloc, _value);
                    ClearSlot(s - 1);
                    il.Emit(OpCodes.Ldloc, _value);
                    var onNone = ins.Op is Opcode.POP_JUMP_FORWARD_IF_NONE or Opcode.POP_JUMP_BACKWARD_IF_NONE;
                    il.Emit(onNone ? OpCodes.Brtrue : OpCodes.Brfalse, _labels[ins.Target / 2]);
                    il.Emit(OpCodes.Br, _labels[ins.Next / 2]);
                    break;
                }
                case Opcode.JUMP_IF_FALSE_OR_POP or Opcode.JUMP_IF_TRUE_OR_POP:
                    LoadSlot(s - 1);
                    Truth();
                    il.Emit(ins.Op == Opcode.JUMP_IF_TRUE_OR_POP ? OpCodes.Brtrue : OpCodes.Brfalse, _labels[ins.Target / 2]);
                    ClearSlot(s - 1);
                    il.Emit(OpCodes.Br, _labels[ins.Next / 2]);
                    break;
                case Opcode.LOAD_METHOD:
                    SlotAddress(s - 1);
                    Site(ins);
                    il.Emit(OpCodes.Call, Helper(nameof(Interpreter.LoadMethodAt)));
                    break;
                case Opcode.CALL:
                {
                    var bottom = s - arg - 2;
                    SlotAddress(bottom);
                    il.Emit(OpCodes.Ldarg_1);
                    SlotAddress(bottom);
                    il.Emit(OpCodes.Ldc_I4, arg);
                    KeywordNames(unit);
                    Call(Helper(nameof(Interpreter.Tier2Call)));
                    il.Emit(OpCodes.Stind_Ref);
                    break;
                }
                case Opcode.YIELD_VALUE:
                    // Tier2CanYield held at the block's start: the resumption ends here.
                    HandOff(s, nameof(Interpreter.Tier2Yield), () =>
                    {
                        il.Emit(OpCodes.Ldc_I4, ins.Next);
                        il.Emit(OpCodes.Ldc_I4, d - 1);
                    });
                    break;
                case Opcode.RETURN_VALUE:
                    // Tier2CanReturn held at the block's start: the frame is popped here.
                    HandOff(s, nameof(Interpreter.Tier2Return));
                    break;
                default:
                    throw new NotSupportedException(ins.Op.ToString());
            }
        }

        private static readonly FieldInfo PyTrue = typeof(PyBool).GetField(nameof(PyBool.True))!;
        private static readonly FieldInfo PyFalse = typeof(PyBool).GetField(nameof(PyBool.False))!;

        /// <summary>The truth of the object on the IL stack, as a bool in its place: True and False
        /// (what comparisons push, so nearly every jump's operand) are told apart inline, anything
        /// else asks <see cref="Interpreter.Tier2Truth"/>.</summary>
        private void Truth()
        {
            var il = _il;
            var isTrue = il.DefineLabel();
            var isFalse = il.DefineLabel();
            var done = il.DefineLabel();
            il.Emit(OpCodes.Stloc, _truthOf);
            il.Emit(OpCodes.Ldloc, _truthOf);
            il.Emit(OpCodes.Ldsfld, PyTrue);
            il.Emit(OpCodes.Beq, isTrue);
            il.Emit(OpCodes.Ldloc, _truthOf);
            il.Emit(OpCodes.Ldsfld, PyFalse);
            il.Emit(OpCodes.Beq, isFalse);
            il.Emit(OpCodes.Ldloc, _truthOf);
            il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2Truth)));
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(isTrue);
            il.Emit(OpCodes.Ldc_I4_1);
            il.Emit(OpCodes.Br, done);
            il.MarkLabel(isFalse);
            il.Emit(OpCodes.Ldc_I4_0);
            il.MarkLabel(done);
        }

        /// <summary>Ends the frame's run with the value on top (a yield, a return): the helper takes the
        /// frame and the value (and what <paramref name="more"/> loads), and the compiled code returns.</summary>
        private void HandOff(int s, string helper, Action? more = null)
        {
            LoadSlot(s - 1);
            _il.Emit(OpCodes.Stloc, _value);
            ClearSlot(s - 1);
            _il.Emit(OpCodes.Ldarg_1);
            _il.Emit(OpCodes.Ldarg_2);
            _il.Emit(OpCodes.Ldloc, _value);
            more?.Invoke();
            Call(Helper(helper));
            _il.Emit(OpCodes.Ret);
        }

        /// <summary>An instruction that replaces its items with what the helper builds of them (after
        /// the arguments <paramref name="leading"/> loads), as the loop's Build does.</summary>
        private void Build(int s, Instr ins, string helper, Action? leading = null)
        {
            var count = Interpreter.ItemsBuiltFrom(ins.Op, ins.Arg);
            SlotAddress(s - count);
            leading?.Invoke();
            SlotAddress(s - count);
            _il.Emit(OpCodes.Ldc_I4, count);
            _il.Emit(OpCodes.Call, Helper(nameof(Interpreter.Tier2Items)));
            Call(Helper(helper));
            _il.Emit(OpCodes.Stind_Ref);
            for (var i = s - count + 1; i < s; i++) ClearSlot(i);
        }

        /// <summary>An instruction that replaces its top <paramref name="count"/> items with what the
        /// Interpreter's helper makes of them (after what <paramref name="leading"/> loads; its result
        /// passed through <paramref name="after"/>).</summary>
        private void Operate(int d, int count, string helper, Action? leading = null, Action? after = null)
        {
            leading?.Invoke();
            for (var p = d - count; p < d; p++) Load(p);
            _il.Emit(OpCodes.Call, Helper(helper));
            after?.Invoke();
            PopTo(d - count);
            Push();
        }

        /// <summary>Loads the code, the instruction's offset and argument: where an attribute
        /// instruction's helper keeps its inline cache and finds its name.</summary>
        private void Site(Instr ins)
        {
            _il.Emit(OpCodes.Ldloc, _pyCode);
            _il.Emit(OpCodes.Ldc_I4, ins.At);
            _il.Emit(OpCodes.Ldc_I4, ins.Arg);
        }

        private void CheckLocal(int index)
        {
            if (index >= _stackBase) throw new ArgumentException("local index out of range");
        }

        private void NameKey(int index)
        {
            if (index >= _code.Names.Length) throw new ArgumentException("name index out of range");
            _il.Emit(OpCodes.Ldloc, _nameKeys);
            _il.Emit(OpCodes.Ldc_I4, index);
            _il.Emit(OpCodes.Ldelem_Ref);
        }

        /// <summary>The keyword names of the KW_NAMES before the CALL at <paramref name="unit"/>, or null.</summary>
        private void KeywordNames(int unit)
        {
            if (_kwNames[unit] == 0)
            {
                _il.Emit(OpCodes.Ldnull);
                return;
            }
            _il.Emit(OpCodes.Ldloc, _pyCode);
            _il.Emit(OpCodes.Ldc_I4, _kwNames[unit] - 1);
            _il.Emit(OpCodes.Call, CodeKwNames);
        }
    }
}
