namespace Engine.Bytecode;

/// <summary>FORMAT_VALUE's argval: the conversion applied first (null, "str", "repr" or "ascii";
/// dis gives the builtin function itself) and whether a format spec is on the stack.</summary>
public readonly record struct FormatValueArg(string? Converter, bool WithFormat);

/// <summary>
/// What an instruction's argument means, as dis._get_instructions_bytes works it out from the
/// opcode table's facts: the argval (the dereferenced value) and the argrepr (what dis prints in
/// parentheses). An index out of range gives no argval and an empty argrepr rather than failing.
/// </summary>
public static class ArgRepr
{
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];
    private static readonly string?[] FormatConverters = [null, "str", "repr", "ascii"];

    /// <summary>The argrepr alone (the VM's trace shows it).</summary>
    public static string For(CodeObject code, int offset, Opcode op, int arg) => Resolve(code, offset, op, arg).Argrepr;

    /// <summary>(argval, argrepr) for the instruction <paramref name="op"/> at <paramref name="offset"/>
    /// with its full argument <paramref name="arg"/> (EXTENDED_ARG prefixes folded in).</summary>
    public static (object? Argval, string Argrepr) Resolve(CodeObject code, int offset, Opcode op, int arg)
    {
        var info = OpcodeTable.Get((int)op);
        if (info is null || !info.HasArg) return (arg, "");
        if ((info.Uses & OperandKind.Const) != 0)
        {
            // _get_const_value resolves LOAD_CONST only: KW_NAMES is in hasconst, but dis gives it
            // the UNKNOWN argval (null here) and no argrepr.
            if (op != Opcode.LOAD_CONST || At(code.Consts, arg) is not { } constant) return (null, "");
            return (constant, constant.Repr());
        }
        if ((info.Uses & OperandKind.Name) != 0)
        {
            // LOAD_GLOBAL's low bit asks for a NULL pushed before the global (for a call).
            if (op != Opcode.LOAD_GLOBAL) return Name(At(code.Names, arg));
            var (name, repr) = Name(At(code.Names, arg >> 1));
            return (name, (arg & 1) != 0 && repr.Length > 0 ? "NULL + " + repr : repr);
        }
        if (info.Jump != JumpKind.None)
        {
            var target = JumpTarget(info, offset, arg);
            return (target, "to " + target);
        }
        if ((info.Uses & (OperandKind.Local | OperandKind.Free)) != 0)
            return Name(At(code.LocalsPlusNames, arg));
        if ((info.Uses & OperandKind.Compare) != 0)
            return Name(At(OpcodeTable.CompareOps, arg));
        switch (op)
        {
            case Opcode.FORMAT_VALUE:
            {
                var converter = FormatConverters[arg & 3];
                var withFormat = (arg & 4) != 0;
                var repr = converter ?? "";
                if (withFormat) repr += (repr.Length > 0 ? ", " : "") + "with format";
                return (new FormatValueArg(converter, withFormat), repr);
            }
            case Opcode.MAKE_FUNCTION:
                return (arg, string.Join(", ", MakeFunctionFlags.Where((_, i) => (arg & (1 << i)) != 0)));
            case Opcode.BINARY_OP:
                return (arg, At(OpcodeTable.BinaryOps, arg) ?? "");
        }
        return (arg, "");
    }

    /// <summary>The byte offset a jump at <paramref name="offset"/> goes to (3.11: relative to the next
    /// code unit, backwards for the *_BACKWARD_* opcodes; absolute jumps count code units).</summary>
    public static int JumpTarget(OpcodeInfo info, int offset, int arg) => info.Jump == JumpKind.Absolute
        ? arg * 2
        : offset + 2 + (info.Jump == JumpKind.Backward ? -arg : arg) * 2;

    private static (object? Argval, string Argrepr) Name(string? name) => (name, name ?? "");

    private static T? At<T>(T[] items, int index) where T : class => (uint)index < (uint)items.Length ? items[index] : null;
}
