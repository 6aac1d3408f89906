using Engine.Bytecode;

namespace Engine.Compiler;

/// <summary>
/// Lays a unit's optimized flow graph out as a code object (CPython's assemble()): the stack
/// depth, the handler of every instruction (the exception table), jumps turned forward or
/// backward by block order, jump arguments and EXTENDED_ARG prefixes sized to a fixed point,
/// inline CACHE entries, and one position per code unit.
/// </summary>
internal static class Assembler
{
    public static CodeObject Assemble(CodeUnit unit, string filename)
    {
        LocalsPlus.Lay(unit);
        new FlowGraphOptimizer(unit).Run();
        var stackSize = StackDepth(unit);
        var layout = new List<BasicBlock>();
        for (var b = unit.Entry; b is not null; b = b.Next) layout.Add(b);
        LabelExceptionTargets(unit.Entry, layout);
        ConvertExceptionHandlersToNops(layout);
        foreach (var b in layout) FlowGraphOptimizer.CleanBlock(b);
        NormalizeJumps(unit);
        ResolveJumpOffsets(layout);
        var (code, positions) = Emit(layout);
        return new CodeObject
        {
            Name = unit.Name,
            QualName = unit.QualName,
            Filename = filename,
            FirstLineNo = unit.FirstLineNo,
            ArgCount = unit.ArgCount + unit.PosOnlyArgCount,
            PosOnlyArgCount = unit.PosOnlyArgCount,
            KwOnlyArgCount = unit.KwOnlyArgCount,
            CellVars = LocalsPlus.CellVarNames(unit),
            FreeVars = LocalsPlus.FreeVarNames(unit),
            StackSize = stackSize,
            Flags = unit.Flags,
            Names = [.. unit.Names],
            VarNames = [.. unit.VarNames],
            Consts = [.. unit.Consts],
            Code = code,
            Positions = positions,
            ExceptionTable = ExceptionTable(layout),
        };
    }

    private static int StackEffect(Instr inst, bool jump) => StackEffects.OfVirtual(inst.Op, inst.Arg, jump);

    private static int StackDepth(CodeUnit unit)
    {
        foreach (var b in unit.Blocks) b.StartDepth = int.MinValue;
        var stack = new Stack<BasicBlock>();
        var max = 0;
        void Push(BasicBlock b, int depth)
        {
            if (b.StartDepth < depth && b.StartDepth < 100)
            {
                b.StartDepth = depth;
                stack.Push(b);
            }
        }
        // a generator starts with the value RETURN_GENERATOR leaves, which POP_TOP drops
        Push(unit.Entry, (unit.Flags & (CodeFlags.GENERATOR | CodeFlags.COROUTINE | CodeFlags.ASYNC_GENERATOR)) != 0 ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            var depth = b.StartDepth;
            var next = b.Next;
            foreach (var inst in b.Instrs)
            {
                var newDepth = depth + StackEffect(inst, false);
                max = Math.Max(max, newDepth);
                // a handler starts at the depth of its setup plus what the exception pushes
                if (inst.IsJump || inst.IsBlockPush)
                {
                    var targetDepth = depth + StackEffect(inst, true);
                    max = Math.Max(max, targetDepth);
                    Push(inst.Target!, targetDepth);
                }
                depth = newDepth;
                if (VirtualOp.IsUnconditionalJump(inst.Op) || VirtualOp.IsExit(inst.Op))
                {
                    next = null;
                    break;
                }
            }
            if (next is not null) Push(next, depth);
        }
        return max;
    }

    /// <summary>
    /// label_exception_targets: walks the graph from the entry carrying the stack of handlers in
    /// force (pushed by SETUP_*, popped by POP_BLOCK) and records on every other instruction the
    /// handler that catches what it raises. A block reached by a jump or a fall-through inherits
    /// the stack of the first path that reaches it; a handler, the stack outside its setup.
    /// </summary>
    private static void LabelExceptionTargets(BasicBlock entry, List<BasicBlock> layout)
    {
        foreach (var b in layout)
        {
            b.Visited = false;
            foreach (var inst in b.Instrs) inst.Except = null;
        }
        var todo = new Stack<BasicBlock>();
        entry.Visited = true;
        entry.ExceptStack = new ExceptStack();
        todo.Push(entry);
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            var stack = b.ExceptStack;
            b.ExceptStack = null;
            var handler = stack!.Top;
            foreach (var inst in b.Instrs)
            {
                if (inst.IsBlockPush)
                {
                    if (!inst.Target!.Visited)
                    {
                        inst.Target.ExceptStack = stack!.Copy();
                        inst.Target.Visited = true;
                        todo.Push(inst.Target);
                    }
                    handler = stack!.Push(inst);
                }
                else if (inst.Op == VirtualOp.POP_BLOCK) handler = stack!.Pop();
                else if (inst.IsJump)
                {
                    inst.Except = handler;
                    if (!inst.Target!.Visited)
                    {
                        if (!b.NoFallthrough) inst.Target.ExceptStack = stack!.Copy();
                        else
                        {
                            inst.Target.ExceptStack = stack;
                            stack = null;
                        }
                        inst.Target.Visited = true;
                        todo.Push(inst.Target);
                    }
                }
                else inst.Except = handler;
            }
            if (!b.NoFallthrough && b.Next is { Visited: false } next)
            {
                next.ExceptStack = stack;
                next.Visited = true;
                todo.Push(next);
            }
        }
    }

    /// <summary>convert_exception_handlers_to_nops: the pseudo-instructions have done their work.</summary>
    private static void ConvertExceptionHandlersToNops(List<BasicBlock> layout)
    {
        foreach (var b in layout)
            foreach (var inst in b.Instrs)
                if (inst.IsBlockPush || inst.Op == VirtualOp.POP_BLOCK)
                {
                    inst.Op = (int)Opcode.NOP;
                    inst.Target = null;
                }
    }

    /// <summary>
    /// assemble_exception_table: one row per run of consecutive instructions with the same handler
    /// (instructions without one make gaps). A row's depth is the stack under what the handler finds
    /// pushed: the exception, and lasti too where the handler preserves it.
    /// </summary>
    private static ExceptionTableEntry[] ExceptionTable(List<BasicBlock> layout)
    {
        var rows = new List<ExceptionTableEntry>();
        BasicBlock? handler = null;
        var start = -1;
        var offset = 0;
        void Row(int end)
        {
            var depth = handler!.StartDepth - 1 - (handler.PreserveLasti ? 1 : 0);
            rows.Add(new ExceptionTableEntry(start * 2, end * 2, handler.Offset * 2, depth, handler.PreserveLasti));
        }
        foreach (var b in layout)
        {
            offset = b.Offset;
            foreach (var inst in b.Instrs)
            {
                if (inst.Except != handler)
                {
                    if (handler is not null) Row(offset);
                    start = offset;
                    handler = inst.Except;
                }
                offset += Size(inst);
            }
        }
        if (handler is not null) Row(offset);
        return [.. rows];
    }

    /// <summary>normalize_jumps: a virtual jump becomes forward or backward by where its target lies.</summary>
    private static void NormalizeJumps(CodeUnit unit)
    {
        foreach (var b in unit.Blocks) b.Visited = false;
        for (var b = unit.Entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            if (b.Last is not { IsJump: true } last) continue;
            var forward = !last.Target!.Visited;
            last.Op = last.Op switch
            {
                VirtualOp.JUMP => (int)(forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD),
                VirtualOp.JUMP_NO_INTERRUPT => (int)(forward ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD_NO_INTERRUPT),
                VirtualOp.POP_JUMP_IF_FALSE => (int)(forward ? Opcode.POP_JUMP_FORWARD_IF_FALSE : Opcode.POP_JUMP_BACKWARD_IF_FALSE),
                VirtualOp.POP_JUMP_IF_TRUE => (int)(forward ? Opcode.POP_JUMP_FORWARD_IF_TRUE : Opcode.POP_JUMP_BACKWARD_IF_TRUE),
                VirtualOp.POP_JUMP_IF_NONE => (int)(forward ? Opcode.POP_JUMP_FORWARD_IF_NONE : Opcode.POP_JUMP_BACKWARD_IF_NONE),
                VirtualOp.POP_JUMP_IF_NOT_NONE => (int)(forward ? Opcode.POP_JUMP_FORWARD_IF_NOT_NONE : Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE),
                _ => last.Op,
            };
        }
    }

    /// <summary>Code units an instruction takes: EXTENDED_ARG prefixes, itself, its inline caches.</summary>
    private static int Size(Instr inst)
    {
        var info = OpcodeTable.Get((Opcode)inst.Op);
        // an instruction without an argument (a NOP left by folding) keeps no EXTENDED_ARG
        var arg = info.HasArg ? inst.Arg : 0;
        var units = arg switch { > 0xFFFFFF => 4, > 0xFFFF => 3, > 0xFF => 2, _ => 1 };
        return units + info.Caches;
    }

    /// <summary>assemble_jump_offsets: relative jump arguments in code units, until no argument changes size.</summary>
    private static void ResolveJumpOffsets(List<BasicBlock> layout)
    {
        bool again;
        do
        {
            var total = 0;
            foreach (var b in layout)
            {
                b.Offset = total;
                total += b.Instrs.Sum(Size);
            }
            again = false;
            foreach (var b in layout)
            {
                var position = b.Offset;
                foreach (var inst in b.Instrs)
                {
                    var size = Size(inst);
                    position += size;
                    if (!inst.IsJump) continue;
                    var target = inst.Target!.Offset;
                    inst.Arg = target < position ? position - target : target - position;
                    if (Size(inst) != size) again = true;
                }
            }
        } while (again);
    }

    private static (byte[] Code, SourcePosition[] Positions) Emit(List<BasicBlock> layout)
    {
        var code = new List<byte>();
        var positions = new List<SourcePosition>();
        foreach (var b in layout)
        {
            foreach (var inst in b.Instrs)
            {
                var position = inst.Loc.ToPosition();
                var info = OpcodeTable.Get((Opcode)inst.Op);
                for (var shift = (Size(inst) - info.Caches - 1) * 8; shift > 0; shift -= 8)
                {
                    code.Add((byte)Opcode.EXTENDED_ARG);
                    code.Add((byte)(inst.Arg >> shift));
                    positions.Add(position);
                }
                code.Add((byte)inst.Op);
                code.Add(info.HasArg ? (byte)inst.Arg : (byte)0);
                positions.Add(position);
                for (var c = 0; c < info.Caches; c++)
                {
                    code.Add(0);
                    code.Add(0);
                    positions.Add(position);
                }
            }
        }
        return (code.ToArray(), positions.ToArray());
    }
}
