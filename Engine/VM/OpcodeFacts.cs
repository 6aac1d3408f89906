using Engine.Bytecode;

namespace Engine.VM;

/// <summary>
/// The opcode table as the VM reads it. It is <see cref="OpcodeTable"/>'s rows; but while
/// OpcodeTable's type initializer fails (its ByCode index is initialised before the generated
/// Rows in another part of the partial class, so Rows is still null), this falls back to the
/// same facts derived here from CPython 3.11's opcode module rules. Remove the fallback once
/// Engine/Bytecode/OpcodeInfo.cs builds its index lazily.
/// </summary>
public static class OpcodeFacts
{
    private static readonly OpcodeInfo?[] ByCode = Load(out _binaryOps, out _compareOps);
    private static readonly string[] _binaryOps;
    private static readonly string[] _compareOps;

    public static OpcodeInfo? Get(int code) => (uint)code < 256 ? ByCode[code] : null;

    public static IEnumerable<OpcodeInfo> All => ByCode.Where(r => r is not null)!;

    /// <summary>BINARY_OP's argument symbols (opcode._nb_ops).</summary>
    public static IReadOnlyList<string> BinaryOps => _binaryOps;

    /// <summary>COMPARE_OP's argument (opcode.cmp_op).</summary>
    public static IReadOnlyList<string> CompareOps => _compareOps;

    private static OpcodeInfo?[] Load(out string[] binaryOps, out string[] compareOps)
    {
        var index = new OpcodeInfo?[256];
        try
        {
            foreach (var row in OpcodeTable.All) index[(int)row.Code] = row;
            binaryOps = OpcodeTable.BinaryOps;
            compareOps = OpcodeTable.CompareOps;
            return index;
        }
        catch (TypeInitializationException)
        {
            foreach (var code in Enum.GetValues<Opcode>()) index[(int)code] = Derive(code);
            binaryOps = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="];
            compareOps = ["<", "<=", "==", "!=", ">", ">="];
            return index;
        }
    }

    /// <summary>One row from 3.11's rules: HAVE_ARGUMENT is 90, _inline_cache_entries, hasjrel
    /// (3.11 has no absolute jumps), hasconst/hasname/haslocal/hasfree/hascompare.</summary>
    private static OpcodeInfo Derive(Opcode code)
    {
        var name = code.ToString();
        var caches = code switch
        {
            Opcode.BINARY_SUBSCR or Opcode.STORE_ATTR or Opcode.LOAD_ATTR or Opcode.CALL => 4,
            Opcode.STORE_SUBSCR or Opcode.UNPACK_SEQUENCE or Opcode.BINARY_OP or Opcode.PRECALL => 1,
            Opcode.COMPARE_OP => 2,
            Opcode.LOAD_GLOBAL => 5,
            Opcode.LOAD_METHOD => 10,
            _ => 0,
        };
        var jump = name.Contains("JUMP") || code is Opcode.FOR_ITER or Opcode.SEND ? JumpKind.Relative : JumpKind.None;
        var uses = code switch
        {
            Opcode.LOAD_CONST or Opcode.KW_NAMES => OperandKind.Const,
            Opcode.STORE_NAME or Opcode.DELETE_NAME or Opcode.STORE_ATTR or Opcode.DELETE_ATTR or Opcode.STORE_GLOBAL
                or Opcode.DELETE_GLOBAL or Opcode.LOAD_NAME or Opcode.LOAD_ATTR or Opcode.IMPORT_NAME or Opcode.IMPORT_FROM
                or Opcode.LOAD_GLOBAL or Opcode.LOAD_METHOD => OperandKind.Name,
            Opcode.LOAD_FAST or Opcode.STORE_FAST or Opcode.DELETE_FAST => OperandKind.Local,
            Opcode.MAKE_CELL or Opcode.LOAD_CLOSURE or Opcode.LOAD_DEREF or Opcode.STORE_DEREF or Opcode.DELETE_DEREF
                or Opcode.LOAD_CLASSDEREF => OperandKind.Free,
            Opcode.COMPARE_OP => OperandKind.Compare,
            _ => OperandKind.None,
        };
        return new OpcodeInfo(code, name, (int)code >= 90, caches, jump, uses);
    }
}
