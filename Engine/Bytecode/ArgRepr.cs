namespace Engine.Bytecode;

/// <summary>dis's argrepr: what an instruction's argument means, read from the opcode table's facts.</summary>
public static class ArgRepr
{
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];
    private static readonly string[] FormatConverters = ["", "str", "repr", "ascii"];

    public static string For(CodeObject code, int offset, Opcode op, int arg)
    {
        var info = OpcodeTable.Get(op);
        if (!info.HasArg) return "";
        if ((info.Uses & OperandKind.Const) != 0)
            // dis resolves LOAD_CONST only; KW_NAMES is in hasconst but shows no argrepr
            return op == Opcode.LOAD_CONST && arg < code.Consts.Length ? code.Consts[arg].Repr() : "";
        if ((info.Uses & OperandKind.Name) != 0)
        {
            if (op == Opcode.LOAD_GLOBAL)
                return arg / 2 < code.Names.Length ? ((arg & 1) != 0 ? "NULL + " : "") + code.Names[arg / 2] : "";
            return arg < code.Names.Length ? code.Names[arg] : "";
        }
        if (info.Jump != JumpKind.None) return "to " + JumpTarget(info, offset, arg);
        if ((info.Uses & (OperandKind.Local | OperandKind.Free)) != 0)
            return arg < code.LocalsPlusNames.Length ? code.LocalsPlusNames[arg] : "";
        if ((info.Uses & OperandKind.Compare) != 0)
            return arg < OpcodeTable.CompareOps.Length ? OpcodeTable.CompareOps[arg] : "";
        switch (op)
        {
            case Opcode.BINARY_OP:
                return arg < OpcodeTable.BinaryOps.Length ? OpcodeTable.BinaryOps[arg] : "";
            case Opcode.MAKE_FUNCTION:
                return string.Join(", ", MakeFunctionFlags.Where((_, i) => (arg & (1 << i)) != 0));
            case Opcode.FORMAT_VALUE:
                var text = FormatConverters[arg & 3];
                return (arg & 4) == 0 ? text : text + (text.Length > 0 ? ", " : "") + "with format";
        }
        return "";
    }

    /// <summary>The byte offset a jump at <paramref name="offset"/> goes to (3.11: relative to the next
    /// code unit, backwards for the *_BACKWARD_* opcodes; absolute jumps count code units).</summary>
    public static int JumpTarget(OpcodeInfo info, int offset, int arg) => info.Jump == JumpKind.Absolute
        ? arg * 2
        : offset + 2 + (info.Jump == JumpKind.Backward ? -arg : arg) * 2;
}
