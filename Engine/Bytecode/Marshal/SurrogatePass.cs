using System.Text;
using Engine.Syntax;

namespace Engine.Bytecode.Marshal;

/// <summary>
/// UTF-8 with Python's "surrogatepass" error handler, as marshal writes and reads str: a lone
/// surrogate code point (a str Python holds but UTF-8 cannot; its stand-in here, see
/// <see cref="Surrogates"/>) is encoded as the three bytes its code point would take.
/// </summary>
internal static class SurrogatePass
{
    public static byte[] Encode(string value)
    {
        var bytes = new List<byte>(value.Length * 3);
        for (var i = 0; i < value.Length; i++)
        {
            var c = Surrogates.CodePointAt(value, i, out var units);
            i += units - 1;
            if (c < 0x80) bytes.Add((byte)c);
            else if (c < 0x800)
            {
                bytes.Add((byte)(0xC0 | (c >> 6)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else if (c < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (c >> 18)));
                bytes.Add((byte)(0x80 | ((c >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
        }
        return bytes.ToArray();
    }

    /// <summary>The text, or null when the bytes are not UTF-8 (surrogates allowed).</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes)
    {
        var text = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length;)
        {
            int b = bytes[i];
            int need, c;
            if (b < 0x80) { text.Append((char)b); i++; continue; }
            if (b is >= 0xC2 and < 0xE0) { need = 1; c = b & 0x1F; }
            else if (b is >= 0xE0 and < 0xF0) { need = 2; c = b & 0x0F; }
            else if (b is >= 0xF0 and < 0xF5) { need = 3; c = b & 0x07; }
            else return null;
            if (i + need >= bytes.Length) return null;
            for (var k = 1; k <= need; k++)
            {
                var cont = bytes[i + k];
                if ((cont & 0xC0) != 0x80) return null;
                c = (c << 6) | (cont & 0x3F);
            }
            // Overlong forms and code points past U+10FFFF are not UTF-8.
            if ((need == 2 && c < 0x800) || (need == 3 && (c < 0x10000 || c > 0x10FFFF))) return null;
            Surrogates.Append(text, c);
            i += need + 1;
        }
        return text.ToString();
    }
}
