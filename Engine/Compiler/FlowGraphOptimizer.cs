using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// CPython 3.11's flow-graph passes (optimize_cfg and the location passes of assemble()), in
/// its order: peepholes per block, copying small exit blocks into jumps to them, dropping
/// unreachable and empty blocks and redundant jumps, duplicating exits that have no line
/// number, trimming unused trailing constants, then propagating locations.
/// </summary>
internal sealed class FlowGraphOptimizer(CodeUnit unit)
{
    private const int MaxCopySize = 4;

    private IEnumerable<BasicBlock> Layout()
    {
        for (var b = unit.Entry; b is not null; b = b.Next) yield return b;
    }

    /// <summary>CPython's u_blocks list: every block, the newest first.</summary>
    private IEnumerable<BasicBlock> NewestFirst() => Enumerable.Reverse(unit.Blocks.ToList());

    public void Run()
    {
        // assemble(): normalize_basic_block, then extend_block, before optimize_cfg extends once more
        foreach (var b in NewestFirst()) NormalizeBlock(b);
        foreach (var b in NewestFirst()) ExtendBlock(b);
        foreach (var b in Layout())
        {
            OptimizeBlock(b);
            CleanBlock(b);
        }
        // no cleaning after: a block grown by a copy keeps its NOPs, so that it counts at its
        // full size when another jump to it is considered for copying
        foreach (var b in NewestFirst()) ExtendBlock(b);
        MarkReachable();
        foreach (var b in Layout())
            if (b.Predecessors == 0) b.Instrs.Clear();
        EliminateEmptyBlocks();
        foreach (var b in Layout()) CleanBlock(b);
        var maybeEmpty = false;
        foreach (var b in Layout())
        {
            if (b.Last is { Op: VirtualOp.JUMP or VirtualOp.JUMP_NO_INTERRUPT } last && last.Target == b.Next)
            {
                last.Op = (int)Opcode.NOP;
                maybeEmpty = true;
            }
        }
        if (maybeEmpty) EliminateEmptyBlocks();
        DuplicateExitsWithoutLineno();
        TrimUnusedConsts();
        PropagateLineNumbers();
        GuaranteeLinenoForExits();
        // assemble() cleans every block once more: a jump to the next block turned into a NOP
        // above has taken its line by now and goes if the line is already there
        foreach (var b in Layout()) CleanBlock(b);
    }

    private static Instr FirstOf(BasicBlock target) => target.Instrs[0];

    /// <summary>normalize_basic_block: a jump (SEND aside) to an empty block goes to the next non-empty one.</summary>
    private static void NormalizeBlock(BasicBlock b)
    {
        if (b.Last is not { IsJump: true } last || last.Op == (int)Opcode.SEND) return;
        while (last.Target!.Instrs.Count == 0) last.Target = last.Target.Next!;
    }

    private void OptimizeBlock(BasicBlock b)
    {
        var nop = new Instr((int)Opcode.NOP, 0, Location.None);
        for (var i = 0; i < b.Instrs.Count; i++)
        {
            var inst = b.Instrs[i];
            var nextOp = i + 1 < b.Instrs.Count ? b.Instrs[i + 1].Op : -1;
            Instr target;
            if (inst.IsJump || inst.IsBlockPush)
            {
                while (inst.Target!.Instrs.Count == 0) inst.Target = inst.Target.Next!;
                target = FirstOf(inst.Target);
            }
            else target = nop;

            switch (inst.Op)
            {
                case (int)Opcode.LOAD_CONST:
                {
                    var value = unit.Consts[inst.Arg];
                    switch (nextOp)
                    {
                        case VirtualOp.POP_JUMP_IF_FALSE or VirtualOp.POP_JUMP_IF_TRUE:
                        {
                            inst.Op = (int)Opcode.NOP;
                            var jumpIfTrue = nextOp == VirtualOp.POP_JUMP_IF_TRUE;
                            b.Instrs[i + 1].Op = ConstantFolding.IsTrue(value) == jumpIfTrue ? VirtualOp.JUMP : (int)Opcode.NOP;
                            break;
                        }
                        case (int)Opcode.JUMP_IF_FALSE_OR_POP or (int)Opcode.JUMP_IF_TRUE_OR_POP:
                        {
                            var jumpIfTrue = nextOp == (int)Opcode.JUMP_IF_TRUE_OR_POP;
                            if (ConstantFolding.IsTrue(value) == jumpIfTrue) b.Instrs[i + 1].Op = VirtualOp.JUMP;
                            else
                            {
                                inst.Op = (int)Opcode.NOP;
                                b.Instrs[i + 1].Op = (int)Opcode.NOP;
                            }
                            break;
                        }
                        case (int)Opcode.IS_OP:
                        {
                            var jumpOp = i + 2 < b.Instrs.Count ? b.Instrs[i + 2].Op : -1;
                            if (value is NoneConstant && jumpOp is VirtualOp.POP_JUMP_IF_FALSE or VirtualOp.POP_JUMP_IF_TRUE)
                            {
                                var invert = b.Instrs[i + 1].Arg != 0;
                                inst.Op = (int)Opcode.NOP;
                                b.Instrs[i + 1].Op = (int)Opcode.NOP;
                                b.Instrs[i + 2].Op = invert ^ (jumpOp == VirtualOp.POP_JUMP_IF_FALSE)
                                    ? VirtualOp.POP_JUMP_IF_NOT_NONE : VirtualOp.POP_JUMP_IF_NONE;
                            }
                            break;
                        }
                    }
                    break;
                }
                case (int)Opcode.BUILD_TUPLE:
                    if (nextOp == (int)Opcode.UNPACK_SEQUENCE && inst.Arg == b.Instrs[i + 1].Arg && inst.Arg is >= 1 and <= 3)
                    {
                        inst.Op = (int)Opcode.NOP;
                        b.Instrs[i + 1].Op = inst.Arg == 1 ? (int)Opcode.NOP : (int)Opcode.SWAP;
                        continue;
                    }
                    if (i >= inst.Arg) FoldTupleOnConstants(b, i);
                    break;
                case (int)Opcode.JUMP_IF_FALSE_OR_POP:
                    switch (target.Op)
                    {
                        case VirtualOp.POP_JUMP_IF_FALSE: i -= JumpThread(inst, target, VirtualOp.POP_JUMP_IF_FALSE); break;
                        case VirtualOp.JUMP or (int)Opcode.JUMP_IF_FALSE_OR_POP:
                            i -= JumpThread(inst, target, (int)Opcode.JUMP_IF_FALSE_OR_POP);
                            break;
                        case (int)Opcode.JUMP_IF_TRUE_OR_POP or VirtualOp.POP_JUMP_IF_TRUE:
                            if (inst.Loc.Line == target.Loc.Line)
                            {
                                inst.Op = VirtualOp.POP_JUMP_IF_FALSE;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case (int)Opcode.JUMP_IF_TRUE_OR_POP:
                    switch (target.Op)
                    {
                        case VirtualOp.POP_JUMP_IF_TRUE: i -= JumpThread(inst, target, VirtualOp.POP_JUMP_IF_TRUE); break;
                        case VirtualOp.JUMP or (int)Opcode.JUMP_IF_TRUE_OR_POP:
                            i -= JumpThread(inst, target, (int)Opcode.JUMP_IF_TRUE_OR_POP);
                            break;
                        case (int)Opcode.JUMP_IF_FALSE_OR_POP or VirtualOp.POP_JUMP_IF_FALSE:
                            if (inst.Loc.Line == target.Loc.Line)
                            {
                                inst.Op = VirtualOp.POP_JUMP_IF_TRUE;
                                inst.Target = inst.Target!.Next;
                                i--;
                            }
                            break;
                    }
                    break;
                case VirtualOp.POP_JUMP_IF_NOT_NONE or VirtualOp.POP_JUMP_IF_NONE
                    or VirtualOp.POP_JUMP_IF_FALSE or VirtualOp.POP_JUMP_IF_TRUE or VirtualOp.JUMP:
                    if (target.Op == VirtualOp.JUMP) i -= JumpThread(inst, target, inst.Op);
                    break;
                case (int)Opcode.SWAP:
                    if (inst.Arg == 1)
                    {
                        inst.Op = (int)Opcode.NOP;
                        break;
                    }
                    i = Swaptimize(b, i);
                    ApplyStaticSwaps(b, i);
                    break;
                case (int)Opcode.PUSH_NULL:
                    if (nextOp == (int)Opcode.LOAD_GLOBAL && (b.Instrs[i + 1].Arg & 1) == 0)
                    {
                        inst.Op = (int)Opcode.NOP;
                        inst.Arg = 0;
                        b.Instrs[i + 1].Arg |= 1;
                    }
                    break;
            }
        }
    }

    /// <summary>
    /// swaptimize: a run of SWAPs (NOPs between) is replaced by the fewest SWAPs with the same
    /// effect, found by following the cycles of the permutation it makes. Returns the run's last index.
    /// </summary>
    private static int Swaptimize(BasicBlock b, int at)
    {
        var depth = b.Instrs[at].Arg;
        var len = 0;
        var more = false;
        var limit = b.Instrs.Count - at;
        while (++len < limit)
        {
            var op = b.Instrs[at + len].Op;
            if (op == (int)Opcode.SWAP)
            {
                depth = Math.Max(depth, b.Instrs[at + len].Arg);
                more = true;
            }
            else if (op != (int)Opcode.NOP) break;
        }
        if (!more) return at;
        const int Visited = -1;
        var stack = new int[depth];
        for (var k = 0; k < depth; k++) stack[k] = k;
        for (var k = 0; k < len; k++)
        {
            var inst = b.Instrs[at + k];
            if (inst.Op != (int)Opcode.SWAP) continue;
            (stack[0], stack[inst.Arg - 1]) = (stack[inst.Arg - 1], stack[0]);
        }
        var current = len - 1;
        for (var k = 0; k < depth; k++)
        {
            if (stack[k] == Visited || stack[k] == k) continue;
            var j = k;
            while (true)
            {
                if (j != 0)
                {
                    var inst = b.Instrs[at + current--];
                    inst.Op = (int)Opcode.SWAP;
                    inst.Arg = j + 1;
                }
                if (stack[j] == Visited) break;
                var next = stack[j];
                stack[j] = Visited;
                j = next;
            }
        }
        while (current >= 0) b.Instrs[at + current--].Op = (int)Opcode.NOP;
        return at + len - 1;
    }

    private static bool Swappable(int op) => op is (int)Opcode.STORE_FAST or (int)Opcode.POP_TOP;

    private static int StoresTo(Instr inst) => inst.Op == (int)Opcode.STORE_FAST ? inst.Arg : -1;

    private static int NextSwappable(BasicBlock b, int i, int line)
    {
        while (++i < b.Instrs.Count)
        {
            var inst = b.Instrs[i];
            if (line >= 0 && inst.Loc.Line != line) return -1;
            if (inst.Op == (int)Opcode.NOP) continue;
            return Swappable(inst.Op) ? i : -1;
        }
        return -1;
    }

    /// <summary>apply_static_swaps: SWAP then stores of the swapped items becomes the stores in the other order.</summary>
    private static void ApplyStaticSwaps(BasicBlock b, int i)
    {
        for (; i >= 0; i--)
        {
            var swap = b.Instrs[i];
            if (swap.Op != (int)Opcode.SWAP)
            {
                if (swap.Op == (int)Opcode.NOP || Swappable(swap.Op)) continue;
                return;
            }
            var j = NextSwappable(b, i, -1);
            if (j < 0) return;
            var k = j;
            var line = b.Instrs[j].Loc.Line;
            for (var count = swap.Arg - 1; count > 0; count--)
            {
                k = NextSwappable(b, k, line);
                if (k < 0) return;
            }
            // not when the two store to the same local, or a store between them does
            var storeJ = StoresTo(b.Instrs[j]);
            var storeK = StoresTo(b.Instrs[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (var idx = j + 1; idx < k; idx++)
                    if (StoresTo(b.Instrs[idx]) is var store && store >= 0 && (store == storeJ || store == storeK)) return;
            }
            swap.Op = (int)Opcode.NOP;
            (b.Instrs[j], b.Instrs[k]) = (b.Instrs[k], b.Instrs[j]);
        }
    }

    /// <summary>jump_thread: a jump to a jump goes straight to the second one's target (same line only).</summary>
    private static int JumpThread(Instr inst, Instr target, int op)
    {
        if (inst.Loc.Line == target.Loc.Line && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Op = op;
            return 1;
        }
        return 0;
    }

    /// <summary>fold_tuple_on_constants: BUILD_TUPLE over n LOAD_CONSTs becomes one LOAD_CONST of the tuple.</summary>
    private void FoldTupleOnConstants(BasicBlock b, int at)
    {
        var n = b.Instrs[at].Arg;
        for (var k = at - n; k < at; k++)
            if (b.Instrs[k].Op != (int)Opcode.LOAD_CONST) return;
        var items = new PyConstant[n];
        for (var k = 0; k < n; k++)
        {
            var load = b.Instrs[at - n + k];
            items[k] = unit.Consts[load.Arg];
            load.Op = (int)Opcode.NOP;
        }
        b.Instrs[at].Op = (int)Opcode.LOAD_CONST;
        b.Instrs[at].Arg = unit.AddConst(new TupleConstant(items));
    }

    /// <summary>clean_basic_block: drop NOPs that carry no line of their own.</summary>
    internal static void CleanBlock(BasicBlock b)
    {
        var kept = new List<Instr>(b.Instrs.Count);
        var prevLine = -1;
        for (var src = 0; src < b.Instrs.Count; src++)
        {
            var inst = b.Instrs[src];
            var line = inst.Loc.Line;
            if (inst.Op == (int)Opcode.NOP)
            {
                if (line < 0) continue;
                if (prevLine == line) continue;
                if (src < b.Instrs.Count - 1)
                {
                    var next = b.Instrs[src + 1];
                    if (next.Loc.Line < 0)
                    {
                        next.Loc = inst.Loc;
                        continue;
                    }
                    if (next.Loc.Line == line) continue;
                }
                else
                {
                    var nextBlock = b.Next;
                    while (nextBlock is not null && nextBlock.Instrs.Count == 0) nextBlock = nextBlock.Next;
                    if (nextBlock is not null && line == nextBlock.Instrs[0].Loc.Line) continue;
                }
            }
            kept.Add(inst);
            prevLine = line;
        }
        b.Instrs.Clear();
        b.Instrs.AddRange(kept);
    }

    /// <summary>extend_block: a jump to a small exit block without line numbers is replaced by a copy of it.</summary>
    private static bool ExtendBlock(BasicBlock b)
    {
        if (b.Last is not { } last || last.Op is not (VirtualOp.JUMP or (int)Opcode.JUMP_FORWARD or (int)Opcode.JUMP_BACKWARD)) return false;
        var target = last.Target!;
        if (!target.IsExit || target.Instrs.Count > MaxCopySize) return false;
        // only blocks without a line number (the implicit `return None`s) are copied
        if (target.Instrs.Any(i => i.Loc.Line >= 0)) return false;
        last.Op = (int)Opcode.NOP;
        last.Target = null;
        foreach (var inst in target.Instrs) b.Instrs.Add(inst.Copy());
        return true;
    }

    private void MarkReachable()
    {
        foreach (var b in unit.Blocks) b.Predecessors = 0;
        var stack = new Stack<BasicBlock>();
        unit.Entry.Predecessors = 1;
        stack.Push(unit.Entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is { } next && !b.NoFallthrough)
            {
                if (next.Predecessors == 0) stack.Push(next);
                next.Predecessors++;
            }
            foreach (var inst in b.Instrs)
            {
                if (!inst.IsJump && !inst.IsBlockPush) continue;
                if (inst.Target!.Predecessors == 0) stack.Push(inst.Target);
                inst.Target.Predecessors++;
            }
        }
    }

    private void EliminateEmptyBlocks()
    {
        foreach (var b in Layout())
        {
            var next = b.Next;
            if (next is null) continue;
            while (next.Instrs.Count == 0 && next.Next is not null) next = next.Next;
            b.Next = next;
        }
        foreach (var b in Layout())
        {
            if (b.Last is not { IsJump: true } last) continue;
            var target = last.Target!;
            while (target.Instrs.Count == 0) target = target.Next!;
            last.Target = target;
        }
    }

    private static bool IsExitWithoutLineno(BasicBlock b) => b.IsExit && b.Instrs.All(i => i.Loc.Line < 0);

    private void DuplicateExitsWithoutLineno()
    {
        foreach (var b in NewestFirst())
        {
            if (b.Last is not { IsJump: true } last) continue;
            var target = last.Target!;
            if (!IsExitWithoutLineno(target) || target.Predecessors <= 1) continue;
            var copy = unit.NewBlock();
            foreach (var inst in target.Instrs) copy.Instrs.Add(inst.Copy());
            copy.Instrs[0].Loc = last.Loc;
            last.Target = copy;
            target.Predecessors--;
            copy.Predecessors = 1;
            copy.Next = target.Next;
            target.Next = copy;
        }
        foreach (var b in NewestFirst())
            while (b.Next is { Instrs.Count: 0 } empty) b.Next = empty.Next;
        foreach (var b in NewestFirst())
            if (!b.NoFallthrough && b.Next is { } next && b.Instrs.Count > 0 && IsExitWithoutLineno(next))
                next.Instrs[0].Loc = b.Instrs[^1].Loc;
    }

    /// <summary>trim_unused_consts: constants after the last one used go (the first, a docstring's slot, stays).</summary>
    private void TrimUnusedConsts()
    {
        var max = 0;
        foreach (var b in Layout())
            foreach (var inst in b.Instrs)
                if (inst.Op is (int)Opcode.LOAD_CONST or (int)Opcode.KW_NAMES && inst.Arg > max) max = inst.Arg;
        if (max + 1 < unit.Consts.Count) unit.Consts.RemoveRange(max + 1, unit.Consts.Count - max - 1);
    }

    /// <summary>propagate_line_numbers: an instruction without a location takes the one before it.</summary>
    private void PropagateLineNumbers()
    {
        foreach (var b in Layout())
        {
            if (b.Instrs.Count == 0) continue;
            var prev = Location.None;
            foreach (var inst in b.Instrs)
            {
                if (inst.Loc.Line < 0) inst.Loc = prev;
                else prev = inst.Loc;
            }
            if (!b.NoFallthrough && b.Next is { Predecessors: 1 } next && next.Instrs.Count > 0 && next.Instrs[0].Loc.Line < 0)
                next.Instrs[0].Loc = prev;
            if (b.Last is { IsJump: true } last && last.Target is { Predecessors: 1 } target && target.Instrs.Count > 0
                && target.Instrs[0].Loc.Line < 0)
                target.Instrs[0].Loc = prev;
        }
    }

    private void GuaranteeLinenoForExits()
    {
        var line = unit.FirstLineNo;
        foreach (var b in Layout())
        {
            if (b.Last is not { } last) continue;
            if (last.Loc.Line < 0)
            {
                if (last.Op == (int)Opcode.RETURN_VALUE)
                    foreach (var inst in b.Instrs) inst.Loc = inst.Loc with { Line = line };
            }
            else line = last.Loc.Line;
        }
    }
}
