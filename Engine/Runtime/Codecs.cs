using System.Globalization;
using System.Text;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>str.encode and bytes.decode for the codecs a program commonly names (utf-8, ascii,
/// latin-1, utf-16 and utf-32 with their -le/-be forms) with the error handlers strict, ignore,
/// replace, backslashreplace, xmlcharrefreplace (encoding), surrogateescape and surrogatepass, and
/// CPython's messages. A str's surrogate code points are read through <see cref="Surrogates"/>.</summary>
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
            "utf-16" or "utf16" or "u16" => "utf-16",
            "utf-16-le" or "utf-16le" => "utf-16-le",
            "utf-16-be" or "utf-16be" => "utf-16-be",
            "utf-32" or "utf32" or "u32" => "utf-32",
            "utf-32-le" or "utf-32le" => "utf-32-le",
            "utf-32-be" or "utf-32be" => "utf-32-be",
            _ => throw PyException.Create(PyTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    private static string Escape(int cp) => cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private static PyException UnknownHandler(string errors) =>
        PyException.Create(PyTypes.LookupError, $"unknown error handler name '{errors}'");

    private static bool IsUtf(string codec) => codec.StartsWith("utf", StringComparison.Ordinal);

    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        var cps = new List<int>(text.Length);
        int units;
        for (var i = 0; i < text.Length; i += units) cps.Add(Surrogates.CodePointAt(text, i, out units));
        var limit = codec == "ascii" ? 128 : codec == "latin-1" ? 256 : 0x110000;
        // The UTF codecs cannot encode a surrogate code point; the 8-bit ones nothing past their range.
        bool Encodable(int cp) => cp < limit && !(IsUtf(codec) && Surrogates.IsSurrogate(cp));
        var result = new List<byte>(text.Length);
        if (codec == "utf-16") result.AddRange([0xFF, 0xFE]);
        if (codec == "utf-32") result.AddRange([0xFF, 0xFE, 0, 0]);
        for (var i = 0; i < cps.Count;)
        {
            if (Encodable(cps[i])) { Put(result, codec, cps[i++]); continue; }
            // CPython reports the whole run of characters the codec cannot encode.
            var end = i + 1;
            while (end < cps.Count && !Encodable(cps[end])) end++;
            switch (errors)
            {
                case "strict": break;
                case "ignore": i = end; continue;
                case "replace":
                    for (; i < end; i++) Put(result, codec, '?');
                    continue;
                case "backslashreplace":
                    for (; i < end; i++) foreach (var c in Escape(cps[i])) Put(result, codec, c);
                    continue;
                case "xmlcharrefreplace":
                    for (; i < end; i++) foreach (var c in $"&#{cps[i].ToString(CultureInfo.InvariantCulture)};") Put(result, codec, c);
                    continue;
                case "surrogateescape":
                    // U+DC80..U+DCFF are the bytes 0x80..0xFF a decoding let through; the rest still fails
                    for (; i < end && cps[i] is >= 0xDC80 and <= 0xDCFF; i++) result.Add((byte)(cps[i] - 0xDC00));
                    if (i == end) continue;
                    break;
                case "surrogatepass":
                    if (!IsUtf(codec)) break;
                    for (; i < end; i++) PutRaw(result, codec, cps[i]);
                    continue;
                default: throw UnknownHandler(errors);
            }
            var reason = IsUtf(codec) ? "surrogates not allowed" : $"ordinal not in range({limit})";
            throw UnicodeErrors.Create(ExceptionTypes.UnicodeEncodeError, codec, PyStr.From(text), i, end, reason);
        }
        return [.. result];
    }

    /// <summary>One encodable code point in the codec.</summary>
    private static void Put(List<byte> result, string codec, int cp)
    {
        if (codec is "ascii" or "latin-1") result.Add((byte)cp);
        else PutRaw(result, codec, cp);
    }

    /// <summary>A code point in a UTF codec, surrogates as they are (what surrogatepass writes).</summary>
    private static void PutRaw(List<byte> result, string codec, int cp)
    {
        switch (codec)
        {
            case "utf-8":
                if (cp < 0x80) result.Add((byte)cp);
                else if (cp < 0x800) result.AddRange([(byte)(0xC0 | (cp >> 6)), (byte)(0x80 | (cp & 0x3F))]);
                else if (cp < 0x10000) result.AddRange([(byte)(0xE0 | (cp >> 12)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
                else result.AddRange([(byte)(0xF0 | (cp >> 18)), (byte)(0x80 | ((cp >> 12) & 0x3F)), (byte)(0x80 | ((cp >> 6) & 0x3F)), (byte)(0x80 | (cp & 0x3F))]);
                break;
            case "utf-16" or "utf-16-le" or "utf-16-be":
                var big = codec == "utf-16-be";
                if (cp < 0x10000) Unit16(result, cp, big);
                else
                {
                    Unit16(result, 0xD800 + ((cp - 0x10000) >> 10), big);
                    Unit16(result, 0xDC00 + ((cp - 0x10000) & 0x3FF), big);
                }
                break;
            default:
                if (codec == "utf-32-be") result.AddRange([(byte)(cp >> 24), (byte)(cp >> 16), (byte)(cp >> 8), (byte)cp]);
                else result.AddRange([(byte)cp, (byte)(cp >> 8), (byte)(cp >> 16), (byte)(cp >> 24)]);
                break;
        }
    }

    private static void Unit16(List<byte> result, int unit, bool big)
    {
        if (big) result.AddRange([(byte)(unit >> 8), (byte)unit]);
        else result.AddRange([(byte)unit, (byte)(unit >> 8)]);
    }

    public static string Decode(byte[] data, string encoding, string errors)
    {
        var codec = Normalize(encoding);
        if (codec == "latin-1") return Encoding.Latin1.GetString(data);
        var start = 0;
        // utf-16 and utf-32 read a byte order mark, little-endian without one (and name the codec so)
        if (codec == "utf-16")
        {
            codec = data is [0xFE, 0xFF, ..] ? "utf-16-be" : "utf-16-le";
            if (data is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..]) start = 2;
        }
        else if (codec == "utf-32")
        {
            codec = data is [0, 0, 0xFE, 0xFF, ..] ? "utf-32-be" : "utf-32-le";
            if (data is [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..]) start = 4;
        }
        var pass = errors == "surrogatepass";
        var sb = new StringBuilder(data.Length);
        for (var i = start; i < data.Length;)
        {
            var (cp, length, reason) = codec switch
            {
                "ascii" => data[i] < 128 ? (data[i], 1, "") : (-1, 1, "ordinal not in range(128)"),
                "utf-8" => NextUtf8(data, i, pass),
                "utf-16-le" or "utf-16-be" => NextUtf16(data, i, codec == "utf-16-be", pass),
                _ => NextUtf32(data, i, codec == "utf-32-be", pass),
            };
            if (cp >= 0)
            {
                Surrogates.Append(sb, cp);
                i += length;
                continue;
            }
            switch (errors)
            {
                case "strict" or "surrogatepass": break;
                case "ignore": i += length; continue;
                case "replace": sb.Append('\ufffd'); i += length; continue;
                case "backslashreplace":
                    for (var k = 0; k < length; k++) sb.Append($"\\x{data[i + k]:x2}");
                    i += length;
                    continue;
                case "surrogateescape":
                    // each undecodable byte 0x80..0xFF becomes U+DC80..U+DCFF; an ASCII byte cannot
                    var k2 = 0;
                    for (; k2 < length && data[i + k2] >= 0x80; k2++) Surrogates.Append(sb, 0xDC00 + data[i + k2]);
                    if (k2 == length) { i += length; continue; }
                    i += k2;
                    length -= k2;
                    break;
                default: throw UnknownHandler(errors);
            }
            throw UnicodeErrors.Create(ExceptionTypes.UnicodeDecodeError, codec, new PyBytes(data), i, i + length, reason);
        }
        return sb.ToString();
    }

    /// <summary>One UTF-8 sequence: the code point and its length, or -1 with the bytes to skip and
    /// the reason. With surrogatepass an encoded surrogate (ED A0..BF xx) is read as its code point.</summary>
    private static (int, int, string) NextUtf8(byte[] d, int i, bool pass)
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
            var hi = j == 1 && b == 0xED && !pass ? 0x9F : j == 1 && b == 0xF4 ? 0x8F : 0xBF;
            if (c < lo || c > hi) return (-1, j, "invalid continuation byte");
            cp = (cp << 6) | (c & 0x3F);
        }
        return cp >= min ? (cp, need + 1, "") : (-1, 1, "invalid start byte");
    }

    private static int Unit16(byte[] d, int i, bool big) => big ? d[i] << 8 | d[i + 1] : d[i] | d[i + 1] << 8;

    /// <summary>One UTF-16 code unit or pair, as <see cref="NextUtf8"/>; CPython's reasons.</summary>
    private static (int, int, string) NextUtf16(byte[] d, int i, bool big, bool pass)
    {
        if (i + 1 >= d.Length) return (-1, d.Length - i, "truncated data");
        var u = Unit16(d, i, big);
        if (!char.IsSurrogate((char)u)) return (u, 2, "");
        if (u >= 0xDC00) return pass ? (u, 2, "") : (-1, 2, "illegal encoding");
        if (i + 3 >= d.Length) return pass && i + 2 == d.Length ? (u, 2, "") : (-1, d.Length - i, "unexpected end of data");
        var low = Unit16(d, i + 2, big);
        if (low is >= 0xDC00 and <= 0xDFFF) return (0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00), 4, "");
        return pass ? (u, 2, "") : (-1, 2, "illegal UTF-16 surrogate");
    }

    /// <summary>One UTF-32 code unit, as <see cref="NextUtf8"/>.</summary>
    private static (int, int, string) NextUtf32(byte[] d, int i, bool big, bool pass)
    {
        if (i + 3 >= d.Length) return (-1, d.Length - i, "truncated data");
        var u = big ? (uint)(d[i] << 24 | d[i + 1] << 16 | d[i + 2] << 8 | d[i + 3]) : (uint)(d[i] | d[i + 1] << 8 | d[i + 2] << 16 | d[i + 3] << 24);
        if (u > 0x10FFFF) return (-1, 4, "code point not in range(0x110000)");
        if (Surrogates.IsSurrogate((int)u) && !pass) return (-1, 4, "code point in surrogate code point range(0xd800, 0xe000)");
        return ((int)u, 4, "");
    }
}
