using System.Globalization;
using System.Text;

namespace Engine.Bytecode;

/// <summary>
/// Python 3.11's dis module over our code objects: <see cref="GetInstructions"/> is
/// dis.get_instructions, <see cref="Dis"/> the text dis.dis prints (nested code objects included).
/// </summary>
public static class Disassembler
{
    private const int OpnameWidth = 20, OpargWidth = 5;

    /// <summary>dis.get_instructions(code): CACHE entries skipped, exception targets not marked as jump targets.</summary>
    public static IReadOnlyList<Instruction> GetInstructions(CodeObject code) => Decode(code, markExceptionTargets: false);

    /// <summary>The text of dis.dis(code): this code object's listing, then each code object in its
    /// co_consts, depth first, under a "Disassembly of &lt;code object ...&gt;:" heading. Addresses are
    /// written 0x? as the contract does.</summary>
    public static string Dis(CodeObject code)
    {
        var text = new StringBuilder();
        // dis._disassemble_recursive, with an explicit stack: lambdas nest a thousand deep.
        var pending = new Stack<CodeObject>();
        Disassemble(code, text);
        PushNested(code, pending);
        while (pending.TryPop(out var nested))
        {
            text.Append('\n').Append("Disassembly of ").Append(new CodeConstant(nested).Repr()).Append(":\n");
            Disassemble(nested, text);
            PushNested(nested, pending);
        }
        return ObjectAddress.Normalize(text.ToString());
    }

    /// <summary>How many instructions dis lists for <paramref name="code"/> and the code objects
    /// nested in it (CACHE entries not counted), without decoding them.</summary>
    public static long CountInstructions(CodeObject code)
    {
        long count = 0;
        var pending = new Stack<CodeObject>();
        pending.Push(code);
        while (pending.TryPop(out var next))
        {
            for (var offset = 0; offset < next.Code.Length; count++)
                offset += 2 + 2 * (OpcodeTable.Get(next.Code[offset])?.Caches ?? 0);
            PushNested(next, pending);
        }
        return count;
    }

    /// <summary>Stacks the code objects in co_consts so that the first is popped first.</summary>
    private static void PushNested(CodeObject code, Stack<CodeObject> pending)
    {
        for (var i = code.Consts.Length - 1; i >= 0; i--)
            if (code.Consts[i] is CodeConstant nested) pending.Push(nested.Code);
    }

    private static void Disassemble(CodeObject code, StringBuilder text)
    {
        var instructions = Decode(code, markExceptionTargets: true);
        var lines = instructions.Where(i => i.StartsLine is not null).Select(i => i.StartsLine!.Value).ToList();
        var linenoWidth = lines.Count == 0 ? 0 : Math.Max(3, lines.Max() >= 1000 ? Digits(lines.Max()) : 3);
        var maxOffset = code.Code.Length - 2;
        var offsetWidth = maxOffset >= 10000 ? Digits(maxOffset) : 4;
        foreach (var ins in instructions)
        {
            if (linenoWidth > 0 && ins.StartsLine is not null && ins.Offset > 0) text.Append('\n');
            var line = new StringBuilder();
            if (linenoWidth > 0)
                line.Append(ins.StartsLine is { } n ? n.ToString(CultureInfo.InvariantCulture).PadLeft(linenoWidth) : new string(' ', linenoWidth)).Append(' ');
            line.Append("   ").Append(' ');
            line.Append(ins.IsJumpTarget ? ">>" : "  ").Append(' ');
            line.Append(ins.Offset.ToString(CultureInfo.InvariantCulture).PadLeft(offsetWidth)).Append(' ');
            line.Append(ins.Opname.PadRight(OpnameWidth));
            if (ins.Arg is { } arg)
            {
                line.Append(' ').Append(arg.ToString(CultureInfo.InvariantCulture).PadLeft(OpargWidth));
                if (ins.Argrepr.Length > 0) line.Append(' ').Append('(').Append(ins.Argrepr).Append(')');
            }
            text.Append(line.ToString().TrimEnd()).Append('\n');
        }
        if (code.ExceptionTable.Length == 0) return;
        text.Append("ExceptionTable:\n");
        foreach (var e in code.ExceptionTable)
            text.Append(CultureInfo.InvariantCulture, $"  {e.Start} to {e.End - 2} -> {e.Target} [{e.Depth}]{(e.Lasti ? " lasti" : "")}\n");
    }

    private static int Digits(int n) => n.ToString(CultureInfo.InvariantCulture).Length;

    private readonly record struct Raw(int Offset, OpcodeInfo Info, int? Arg);

    /// <summary>dis._unpack_opargs: skips inline caches, folds EXTENDED_ARG into the next argument.</summary>
    private static List<Raw> Unpack(byte[] code)
    {
        var raws = new List<Raw>(code.Length / 2);
        int extended = 0, caches = 0;
        for (var i = 0; i + 1 < code.Length; i += 2)
        {
            if (caches > 0) { caches--; continue; }
            var info = OpcodeTable.Get(code[i]) ?? Unknown(code[i]);
            caches = info.Caches;
            int? arg = null;
            if (info.HasArg)
            {
                arg = code[i + 1] | extended;
                extended = info.Code == Opcode.EXTENDED_ARG ? arg.Value << 8 : 0;
            }
            else extended = 0;
            raws.Add(new Raw(i, info, arg));
        }
        return raws;
    }

    /// <summary>A number 3.11 gives no opcode: dis names it "&lt;N&gt;" and reads an argument from
    /// HAVE_ARGUMENT (90) up.</summary>
    private static OpcodeInfo Unknown(byte op) =>
        new((Opcode)op, "<" + op.ToString(CultureInfo.InvariantCulture) + ">", op >= 90, 0, JumpKind.None, OperandKind.None);

    private static List<Instruction> Decode(CodeObject code, bool markExceptionTargets)
    {
        var raws = Unpack(code.Code);
        var labels = new HashSet<int>();
        foreach (var raw in raws)
            if (raw.Arg is { } arg && raw.Info.Jump != JumpKind.None)
                labels.Add(ArgRepr.JumpTarget(raw.Info, raw.Offset, arg));
        if (markExceptionTargets)
            foreach (var entry in code.ExceptionTable)
                if (entry.End > entry.Start) labels.Add(entry.Target);
        var lineStarts = LineStarts(code);
        var instructions = new List<Instruction>(raws.Count);
        foreach (var raw in raws)
        {
            var unit = raw.Offset / 2;
            var (argval, argrepr) = raw.Arg is { } arg ? ArgRepr.Resolve(code, raw.Offset, raw.Info.Code, arg) : (null, "");
            instructions.Add(new Instruction(
                raw.Info.Name, raw.Info.Code, raw.Arg, argval, argrepr,
                raw.Offset,
                lineStarts.TryGetValue(raw.Offset, out var line) ? line : null,
                labels.Contains(raw.Offset),
                unit < code.Positions.Length ? code.Positions[unit] : SourcePosition.None));
        }
        return instructions;
    }

    /// <summary>dis.findlinestarts: the offsets where co_lines() enters a line other than the last one seen.</summary>
    private static Dictionary<int, int> LineStarts(CodeObject code)
    {
        var starts = new Dictionary<int, int>();
        int? last = null;
        for (var unit = 0; unit < code.Positions.Length; unit++)
        {
            if (code.Positions[unit].Line is not { } line || line == last) continue;
            last = line;
            starts[unit * 2] = line;
        }
        return starts;
    }
}
