namespace Engine.Bytecode.Marshal;

/// <summary>
/// What the VM takes for granted about bytecode, checked on a code object read from a
/// <c>.pyc</c> (CPython trusts its .pyc files and can crash on a bad one; this service reads
/// them from anyone): every instruction is a 3.11 opcode whose inline CACHE entries fit, every
/// argument that indexes co_consts, co_names or the fast locals is in range, every jump lands
/// inside the code, and the exception table's targets are instruction starts.
/// </summary>
internal static class CodeCheck
{
    /// <summary>The largest co_stacksize a code object may ask for (each frame allocates its stack).</summary>
    public const int MaxStackSize = 1 << 16;

    public static void Check(CodeObject code)
    {
        var units = code.Code.Length / 2;
        var starts = new bool[units];
        var extended = 0;
        for (var unit = 0; unit < units;)
        {
            var op = code.Code[unit * 2];
            var arg = extended | code.Code[unit * 2 + 1];
            var info = OpcodeTable.Get(op);
            if (info is null || info.Code == Opcode.CACHE)
                throw Bad(code, $"byte {unit * 2} holds opcode {op}, which is no 3.11 instruction");
            if (extended == 0) starts[unit] = true;
            var next = unit + 1 + info.Caches;
            if (next > units) throw Bad(code, $"the {info.Name} at byte {unit * 2} has its CACHE entries cut off by the end of the code");
            if (info.Code == Opcode.EXTENDED_ARG)
            {
                extended = arg << 8;
                if (extended >= 1 << 30) throw Bad(code, $"too many EXTENDED_ARG prefixes before byte {unit * 2 + 2}");
                unit = next;
                continue;
            }
            extended = 0;
            CheckOperand(code, info, arg, unit);
            var target = info.Jump switch
            {
                JumpKind.Forward => (long)next + arg,
                JumpKind.Backward => (long)next - arg,
                JumpKind.Absolute => arg,
                _ => 0,
            };
            if (target < 0 || target >= units) throw Bad(code, $"the {info.Name} at byte {unit * 2} jumps outside the code");
            unit = next;
        }
        if (extended != 0) throw Bad(code, "the code ends in an EXTENDED_ARG");
        foreach (var e in code.ExceptionTable)
            if (e.Target / 2 >= units || !starts[e.Target / 2] || e.Start >= e.End)
                throw Bad(code, $"an exception table entry ({e.Start} to {e.End}, target {e.Target}) is malformed");
    }

    private static void CheckOperand(CodeObject code, OpcodeInfo info, int arg, int unit)
    {
        var (index, limit, table) = info.Uses switch
        {
            OperandKind.Const => (arg, code.Consts.Length, "co_consts"),
            OperandKind.Name => (info.Code == Opcode.LOAD_GLOBAL ? arg >> 1 : arg, code.Names.Length, "co_names"),
            OperandKind.Local or OperandKind.Free => (arg, code.LocalsPlusNames.Length, "the fast locals"),
            _ => (0, 1, ""),
        };
        if (index >= limit) throw Bad(code, $"the {info.Name} at byte {unit * 2} names item {index} of {table}, which has {limit}");
    }

    private static InvalidPycException Bad(CodeObject code, string why) => new($"bad bytecode in code object {code.QualName}: {why}.");
}
