using System.Text;

namespace Engine.Runtime;

/// <summary>str.encode and bytes.decode for the codecs a program commonly names (utf-8, ascii,
/// latin-1) with the errors handlers strict, ignore and replace, and CPython's messages.</summary>
public static class Codecs
{
    private static string Normalize(string encoding)
    {
        var e = encoding.ToLowerInvariant().Replace('_', '-');
        return e switch
        {
            "utf-8" or "utf8" or "u8" => "utf-8",
            "ascii" or "us-ascii" => "ascii",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" => "latin-1",
            _ => throw PyException.Create(PyTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    /// <summary>The exception class by its builtins name (UnicodeError until the precise one exists).</summary>
    private static PyType ErrorType(string name) => Array.Find(PyTypes.Exceptions, t => t.Name == name) ?? PyTypes.UnicodeError;

    private static string Escape(int cp) => cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        var limit = codec == "ascii" ? 128 : codec == "latin-1" ? 256 : 0x110000;
        var result = new List<byte>(text.Length);
        var position = 0;
        for (var i = 0; i < text.Length; i++, position++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) cp = char.ConvertToUtf32(text[i], text[++i]);
            var surrogate = cp is >= 0xD800 and <= 0xDFFF;
            if (cp < limit && !(codec == "utf-8" && surrogate))
            {
                if (codec == "utf-8") result.AddRange(Encoding.UTF8.GetBytes(char.ConvertFromUtf32(cp)));
                else result.Add((byte)cp);
                continue;
            }
            switch (errors)
            {
                case "ignore": continue;
                case "replace": result.Add((byte)'?'); continue;
                default:
                    var reason = surrogate && codec == "utf-8" ? "surrogates not allowed" : $"ordinal not in range({limit})";
                    throw PyException.Create(ErrorType("UnicodeEncodeError"), $"'{codec}' codec can't encode character '{Escape(cp)}' in position {position}: {reason}");
            }
        }
        return [.. result];
    }

    public static string Decode(byte[] data, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        if (codec == "latin-1") return Encoding.Latin1.GetString(data);
        var sb = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length;)
        {
            var (cp, length, reason) = codec == "ascii" ? data[i] < 128 ? (data[i], 1, "") : (-1, 1, "ordinal not in range(128)") : NextUtf8(data, i);
            if (cp >= 0)
            {
                sb.Append(char.ConvertFromUtf32(cp));
                i += length;
                continue;
            }
            switch (errors)
            {
                case "ignore": break;
                case "replace": sb.Append('\ufffd'); break;
                default:
                    var where = length > 1 ? $"bytes in position {i}-{i + length - 1}" : $"byte 0x{data[i]:x2} in position {i}";
                    throw PyException.Create(ErrorType("UnicodeDecodeError"), $"'{codec}' codec can't decode {where}: {reason}");
            }
            i += length;
        }
        return sb.ToString();
    }

    /// <summary>One UTF-8 sequence: the code point and its length, or -1 with the bytes to skip and the reason.</summary>
    private static (int, int, string) NextUtf8(byte[] d, int i)
    {
        var b = d[i];
        if (b < 0x80) return (b, 1, "");
        int need, cp, min;
        if (b is >= 0xC2 and <= 0xDF) (need, cp, min) = (1, b & 0x1F, 0x80);
        else if (b is >= 0xE0 and <= 0xEF) (need, cp, min) = (2, b & 0x0F, 0x800);
        else if (b is >= 0xF0 and <= 0xF4) (need, cp, min) = (3, b & 0x07, 0x10000);
        else return (-1, 1, "invalid start byte");
        for (var j = 1; j <= need; j++)
        {
            if (i + j >= d.Length) return (-1, j, "unexpected end of data");
            var c = d[i + j];
            // The second byte's range narrows for E0, ED, F0 and F4 (no overlongs, surrogates or > U+10FFFF).
            var lo = j == 1 && b == 0xE0 ? 0xA0 : j == 1 && b == 0xF0 ? 0x90 : 0x80;
            var hi = j == 1 && b == 0xED ? 0x9F : j == 1 && b == 0xF4 ? 0x8F : 0xBF;
            if (c < lo || c > hi) return (-1, j, "invalid continuation byte");
            cp = (cp << 6) | (c & 0x3F);
        }
        return cp >= min ? (cp, need + 1, "") : (-1, 1, "invalid start byte");
    }
}
