namespace Engine.Bytecode.Marshal;

/// <summary>
/// co_exceptiontable: <see cref="CodeObject.ExceptionTable"/> as compile.c's
/// assemble_emit_exception_table_entry writes it (start, size, target in code units and
/// depth*2+lasti, each a big-endian varint of 6-bit groups, the entry's first byte marked with
/// bit 7), and back as dis._parse_exception_table reads it.
/// </summary>
public static class ExceptionTableCodec
{
    private const int Continuation = 0x40, EntryStart = 0x80;

    public static byte[] Encode(IReadOnlyList<ExceptionTableEntry> entries)
    {
        var table = new List<byte>(entries.Count * 4);
        foreach (var e in entries)
        {
            Item(table, e.Start / 2, EntryStart);
            Item(table, (e.End - e.Start) / 2, 0);
            Item(table, e.Target / 2, 0);
            Item(table, (e.Depth << 1) | (e.Lasti ? 1 : 0), 0);
        }
        return table.ToArray();
    }

    private static void Item(List<byte> table, int value, int msb)
    {
        for (var shift = 24; shift > 0; shift -= 6)
        {
            if (value < 1 << shift) continue;
            table.Add((byte)(((value >> shift) & 0x3F) | Continuation | msb));
            msb = 0;
        }
        table.Add((byte)((value & 0x3F) | msb));
    }

    public static ExceptionTableEntry[] Decode(ReadOnlySpan<byte> table, int codeBytes)
    {
        var entries = new List<ExceptionTableEntry>();
        var i = 0;
        while (i < table.Length)
        {
            if ((table[i] & EntryStart) == 0) throw Bad("an entry does not start with its marker bit");
            var start = Varint(table, ref i) * 2L;
            var end = start + Varint(table, ref i) * 2L;
            var target = Varint(table, ref i) * 2L;
            var depthLasti = Varint(table, ref i);
            if (end > codeBytes || target >= codeBytes) throw Bad("an entry points past the end of co_code");
            entries.Add(new ExceptionTableEntry((int)start, (int)end, (int)target, depthLasti >> 1, (depthLasti & 1) != 0));
        }
        return entries.ToArray();
    }

    private static int Varint(ReadOnlySpan<byte> table, ref int i)
    {
        if (i >= table.Length) throw Bad("an entry is cut short");
        int b = table[i++];
        var value = b & 0x3F;
        while ((b & Continuation) != 0)
        {
            if (value >= 1 << 24) throw Bad("a number in it is too long");
            if (i >= table.Length) throw Bad("an entry is cut short");
            b = table[i++];
            value = (value << 6) | (b & 0x3F);
        }
        return value;
    }

    private static InvalidPycException Bad(string why) => new("bad co_exceptiontable: " + why + ".");
}
