namespace Engine.Bytecode;

/// <summary>How a jump's argument is read (opcode.hasjrel / hasjabs; dis._is_backward_jump):
/// relative jumps count code units from the next instruction, forwards or backwards.</summary>
public enum JumpKind { None, Forward, Backward, Absolute }

/// <summary>What an instruction's argument indexes (opcode.hasconst, hasname, haslocal, hasfree, hascompare).</summary>
[Flags]
public enum OperandKind { None = 0, Const = 1, Name = 2, Local = 4, Free = 8, Compare = 16 }

/// <summary>One row of the opcode table: the facts the compiler, the VM and dis all read.</summary>
public sealed record OpcodeInfo(Opcode Code, string Name, bool HasArg, int Caches, JumpKind Jump, OperandKind Uses);

public static partial class OpcodeTable
{
    public static IReadOnlyList<OpcodeInfo> All => Rows;

    /// <summary>The row for an opcode number, or null for a number 3.11 does not use.</summary>
    public static OpcodeInfo? Get(int code) => (uint)code < 256 ? Index.ByCode[code] : null;

    public static OpcodeInfo Get(Opcode code) => Index.ByCode[(int)code]!;

    /// <summary>The rows by number. A class of its own so that it is built after Rows (in the
    /// generated half of this partial class) is: field initializers in different files of one
    /// partial class run in no defined order.</summary>
    private static class Index
    {
        public static readonly OpcodeInfo?[] ByCode = Build();

        private static OpcodeInfo?[] Build()
        {
            var index = new OpcodeInfo?[256];
            foreach (var row in Rows) index[(int)row.Code] = row;
            return index;
        }
    }
}
