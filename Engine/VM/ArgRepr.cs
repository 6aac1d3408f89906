using Engine.Bytecode;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>dis's argrepr for an instruction (what `dis` prints in parentheses), from the opcode table's facts.</summary>
public static class ArgRepr
{
    private static readonly string[] MakeFunctionFlags = ["defaults", "kwdefaults", "annotations", "closure"];
    private static readonly string[] FormatConverters = ["", "str", "repr", "ascii"];

    public static string For(PyCode code, int offset, int opcode, int arg)
    {
        var info = OpcodeFacts.Get(opcode);
        if (info is null || !info.HasArg) return "";
        var op = (Opcode)opcode;
        if ((info.Uses & OperandKind.Const) != 0)
            return arg < code.Consts.Length ? code.Consts[arg].Repr() : "";
        if ((info.Uses & OperandKind.Name) != 0)
        {
            var names = code.Code.Names;
            if (op == Opcode.LOAD_GLOBAL)
                return arg / 2 < names.Length ? ((arg & 1) != 0 ? "NULL + " : "") + names[arg / 2] : "";
            return arg < names.Length ? names[arg] : "";
        }
        if (info.Jump == JumpKind.Relative)
            return "to " + (offset + 2 + (info.Name.Contains("JUMP_BACKWARD") ? -arg : arg) * 2);
        if (info.Jump == JumpKind.Absolute) return "to " + arg * 2;
        if ((info.Uses & (OperandKind.Local | OperandKind.Free)) != 0)
            return arg < code.LocalsPlusNames.Length ? code.LocalsPlusNames[arg] : "";
        if ((info.Uses & OperandKind.Compare) != 0)
            return arg < OpcodeFacts.CompareOps.Count ? OpcodeFacts.CompareOps[arg] : "";
        switch (op)
        {
            case Opcode.BINARY_OP: return arg < OpcodeFacts.BinaryOps.Count ? OpcodeFacts.BinaryOps[arg] : "";
            case Opcode.MAKE_FUNCTION:
                return string.Join(", ", MakeFunctionFlags.Where((_, i) => (arg & (1 << i)) != 0));
            case Opcode.FORMAT_VALUE:
            {
                var text = FormatConverters[arg & 3];
                if ((arg & 4) != 0) text += (text.Length > 0 ? ", " : "") + "with format";
                return text;
            }
        }
        return "";
    }
}
