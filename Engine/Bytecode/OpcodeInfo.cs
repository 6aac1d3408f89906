namespace Engine.Bytecode;

public enum JumpKind { None, Relative, Absolute }

/// <summary>What an instruction's argument indexes (opcode.hasconst, hasname, haslocal, hasfree, hascompare).</summary>
[Flags]
public enum OperandKind { None = 0, Const = 1, Name = 2, Local = 4, Free = 8, Compare = 16 }

/// <summary>One row of the opcode table: the facts the compiler, the VM and dis all read.</summary>
public sealed record OpcodeInfo(Opcode Code, string Name, bool HasArg, int Caches, JumpKind Jump, OperandKind Uses);

public static partial class OpcodeTable
{
    private static readonly OpcodeInfo?[] ByCode = BuildIndex();

    private static OpcodeInfo?[] BuildIndex()
    {
        var index = new OpcodeInfo?[256];
        foreach (var row in Rows) index[(int)row.Code] = row;
        return index;
    }

    public static IReadOnlyList<OpcodeInfo> All => Rows;

    /// <summary>The row for an opcode number, or null for a number 3.11 does not use.</summary>
    public static OpcodeInfo? Get(int code) => (uint)code < 256 ? ByCode[code] : null;

    public static OpcodeInfo Get(Opcode code) => ByCode[(int)code]!;
}
