namespace Engine.Bytecode.Marshal;

/// <summary>
/// co_linetable, CPython 3.11's location table (Objects/locations.md): <see cref="CodeObject.Positions"/>
/// as the compiler's assembler writes it, one entry per instruction (its EXTENDED_ARG prefixes and
/// CACHE entries included) cut in chunks of at most 8 code units, in the form
/// write_location_info_entry picks; and back.
/// </summary>
public static class LocationTable
{
    private const int ShortForm = 0, OneLineForm = 10, NoColumnForm = 13, LongForm = 14, NoneForm = 15;

    /// <summary>Units an entry can cover.</summary>
    private const int MaxEntryUnits = 8;

    public static byte[] Encode(CodeObject code)
    {
        var table = new List<byte>(code.Positions.Length * 2);
        var line = code.FirstLineNo;
        var units = code.Code.Length / 2;
        for (var start = 0; start < units;)
        {
            var size = InstructionUnits(code.Code, start);
            var main = Math.Min(units - 1, start + PrefixUnits(code.Code, start));
            var position = main < code.Positions.Length ? code.Positions[main] : SourcePosition.None;
            for (var left = size; left > 0; left -= MaxEntryUnits)
                WriteEntry(table, Math.Min(left, MaxEntryUnits), position, ref line);
            start += size;
        }
        return table.ToArray();
    }

    /// <summary>Code units of the instruction starting at <paramref name="unit"/>: its EXTENDED_ARG
    /// prefixes, itself and its CACHE entries (as instr_size counts them), cut at the end of the code.</summary>
    internal static int InstructionUnits(byte[] code, int unit)
    {
        var units = code.Length / 2;
        var main = unit + PrefixUnits(code, unit);
        if (main >= units) return units - unit;
        var caches = OpcodeTable.Get(code[main * 2])?.Caches ?? 0;
        return Math.Min(units, main + 1 + caches) - unit;
    }

    private static int PrefixUnits(byte[] code, int unit)
    {
        var n = 0;
        while ((unit + n) * 2 < code.Length && code[(unit + n) * 2] == (byte)Opcode.EXTENDED_ARG) n++;
        return n;
    }

    /// <summary>write_location_info_entry: <paramref name="line"/> is the assembler's a_lineno,
    /// the line the forms without a line of their own are relative to.</summary>
    private static void WriteEntry(List<byte> table, int length, SourcePosition p, ref int line)
    {
        if (p.Line is not { } lineno)
        {
            First(table, NoneForm, length);
            return;
        }
        var delta = lineno - line;
        var column = p.Col ?? -1;
        var endColumn = p.EndCol ?? -1;
        var endLine = p.EndLine ?? -1;
        if (column < 0 || endColumn < 0)
        {
            if (endLine == lineno || endLine == -1)
            {
                First(table, NoColumnForm, length);
                SignedVarint(table, delta);
                line = lineno;
                return;
            }
        }
        else if (endLine == lineno)
        {
            if (delta == 0 && column < 80 && endColumn - column < 16 && endColumn >= column)
            {
                First(table, ShortForm + (column >> 3), length);
                table.Add((byte)(((column & 7) << 4) | (endColumn - column)));
                return;
            }
            if (delta >= 0 && delta < 3 && column < 128 && endColumn < 128)
            {
                First(table, OneLineForm + delta, length);
                table.Add((byte)column);
                table.Add((byte)endColumn);
                line = lineno;
                return;
            }
        }
        First(table, LongForm, length);
        SignedVarint(table, delta);
        Varint(table, (uint)(endLine - lineno));
        Varint(table, (uint)(column + 1));
        Varint(table, (uint)(endColumn + 1));
        line = lineno;
    }

    private static void First(List<byte> table, int form, int length) => table.Add((byte)(0x80 | (form << 3) | (length - 1)));

    private static void Varint(List<byte> table, uint value)
    {
        while (value >= 64)
        {
            table.Add((byte)(0x40 | (value & 0x3F)));
            value >>= 6;
        }
        table.Add((byte)value);
    }

    private static void SignedVarint(List<byte> table, int value) =>
        Varint(table, value < 0 ? ((uint)-(long)value << 1) | 1 : (uint)value << 1);

    /// <summary>The position of every code unit, as co_positions() yields them, from a location
    /// table; throws <see cref="InvalidPycException"/> when the table is malformed or does not
    /// cover exactly <paramref name="units"/> code units.</summary>
    public static SourcePosition[] Decode(ReadOnlySpan<byte> table, int units, int firstLineNo)
    {
        var positions = new SourcePosition[units];
        var unit = 0;
        long line = firstLineNo;
        var i = 0;
        while (i < table.Length)
        {
            var first = table[i++];
            if ((first & 0x80) == 0) throw Bad("an entry does not start with its marker bit");
            var form = (first >> 3) & 15;
            var length = (first & 7) + 1;
            SourcePosition p;
            switch (form)
            {
                case NoneForm:
                    p = SourcePosition.None;
                    break;
                case LongForm:
                {
                    line += ReadSigned(table, ref i);
                    var endLine = line + ReadVarint(table, ref i);
                    var col = ReadVarint(table, ref i) - 1;
                    var endCol = ReadVarint(table, ref i) - 1;
                    p = new SourcePosition(Line(line), Line(endLine), col < 0 ? null : (int)col, endCol < 0 ? null : (int)endCol);
                    break;
                }
                case NoColumnForm:
                    line += ReadSigned(table, ref i);
                    p = new SourcePosition(Line(line), Line(line), null, null);
                    break;
                case >= OneLineForm:
                {
                    line += form - OneLineForm;
                    var col = Byte(table, ref i);
                    var endCol = Byte(table, ref i);
                    p = new SourcePosition(Line(line), Line(line), col, endCol);
                    break;
                }
                default:
                {
                    var second = Byte(table, ref i);
                    var col = form * 8 + (second >> 4);
                    p = new SourcePosition(Line(line), Line(line), col, col + (second & 15));
                    break;
                }
            }
            if (unit + length > units) throw Bad("it describes more code units than co_code has");
            positions.AsSpan(unit, length).Fill(p);
            unit += length;
        }
        if (unit != units) throw Bad($"it describes {unit} code units and co_code has {units}");
        return positions;
    }

    private static int Byte(ReadOnlySpan<byte> table, ref int i) =>
        i < table.Length ? table[i++] : throw Bad("an entry is cut short");

    private static long ReadVarint(ReadOnlySpan<byte> table, ref int i)
    {
        var read = Byte(table, ref i);
        long value = read & 63;
        for (var shift = 6; (read & 64) != 0; shift += 6)
        {
            if (shift > 30) throw Bad("a number in it is too long");
            read = Byte(table, ref i);
            value |= (long)(read & 63) << shift;
        }
        return value;
    }

    private static long ReadSigned(ReadOnlySpan<byte> table, ref int i)
    {
        var value = ReadVarint(table, ref i);
        return (value & 1) != 0 ? -(value >> 1) : value >> 1;
    }

    private static int Line(long line) =>
        line is >= int.MinValue and <= int.MaxValue ? (int)line : throw Bad("a line number is out of range");

    private static InvalidPycException Bad(string why) => new("bad co_linetable: " + why + ".");
}
