using System.Text;

namespace Engine.Parser;

/// <summary>One STRING token taken apart: its prefix letters, its quotes, and the text between them.</summary>
internal readonly record struct StringParts(bool IsBytes, bool IsRaw, bool IsFString, bool IsU, int BodyStart, int BodyLength, int QuoteSize)
{
    public static StringParts Of(string token)
    {
        int i = 0;
        bool b = false, r = false, f = false, u = false;
        for (; i < token.Length && token[i] is not ('\'' or '"'); i++)
        {
            switch (token[i] | 0x20)
            {
                case 'b': b = true; break;
                case 'r': r = true; break;
                case 'f': f = true; break;
                case 'u': u = true; break;
            }
        }
        int q = token.Length - i >= 6 && token[i + 1] == token[i] && token[i + 2] == token[i] ? 3 : 1;
        return new StringParts(b, r, f, u, i + q, token.Length - i - 2 * q, q);
    }
}

/// <summary>
/// Decodes the body of a string or bytes literal as CPython's string_parser.c does: escapes
/// (\n, \x.., octal, \u...., \U........, \N{...}), line continuations, raw literals left as they
/// are. Invalid escapes stay as written (only a DeprecationWarning in 3.11).
/// </summary>
internal static class StringLiteral
{
    /// <summary>Thrown for a malformed escape; the message is CPython's "(unicode error) ..." text.</summary>
    public sealed class DecodeError(string message) : Exception(message);

    public static string DecodeStr(string s, bool raw)
    {
        if (raw || s.IndexOf('\\') < 0) return s;
        var sb = new StringBuilder(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= s.Length)
            {
                sb.Append(c);
                i++;
                continue;
            }
            int escStart = i;
            char e = s[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < s.Length && s[i] is >= '0' and <= '7'; k++, i++) v = v * 8 + (s[i] - '0');
                    sb.Append((char)v);
                    break;
                }
                case 'x': AppendCodePoint(sb, Hex(s, ref i, 2, escStart, "truncated \\xXX escape")); break;
                case 'u': AppendCodePoint(sb, Hex(s, ref i, 4, escStart, "truncated \\uXXXX escape")); break;
                case 'U':
                {
                    int cp = Hex(s, ref i, 8, escStart, "truncated \\UXXXXXXXX escape");
                    if ((uint)cp > 0x10FFFF) throw Error(s, escStart, i - 1, "illegal Unicode character");
                    AppendCodePoint(sb, cp);
                    break;
                }
                case 'N':
                {
                    int close = i < s.Length && s[i] == '{' ? s.IndexOf('}', i) : -1;
                    // where the decoder stops: after the N without a '{', at the end without a '}', at the '}' of "{}"
                    if (close < 0 || close == i + 1)
                        throw Error(s, escStart, (close >= 0 ? close : i < s.Length && s[i] == '{' ? s.Length : i) - 1, "malformed \\N character escape");
                    string name = s.Substring(i + 1, close - i - 1);
                    int cp = UnicodeNames.Lookup(name);
                    if (cp < 0) throw Error(s, escStart, close, "unknown Unicode character name");
                    AppendCodePoint(sb, cp);
                    i = close + 1;
                    break;
                }
                default:
                    sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    public static byte[] DecodeBytes(string s, bool raw)
    {
        var bytes = new List<byte>(s.Length);
        int i = 0;
        while (i < s.Length)
        {
            char c = s[i];
            if (raw || c != '\\' || i + 1 >= s.Length)
            {
                bytes.Add((byte)c);
                i++;
                continue;
            }
            int escStart = i;
            char e = s[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': bytes.Add((byte)'\\'); break;
                case '\'': bytes.Add((byte)'\''); break;
                case '"': bytes.Add((byte)'"'); break;
                case 'a': bytes.Add(7); break;
                case 'b': bytes.Add(8); break;
                case 'f': bytes.Add(12); break;
                case 'n': bytes.Add(10); break;
                case 'r': bytes.Add(13); break;
                case 't': bytes.Add(9); break;
                case 'v': bytes.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < s.Length && s[i] is >= '0' and <= '7'; k++, i++) v = v * 8 + (s[i] - '0');
                    bytes.Add((byte)v);
                    break;
                }
                case 'x':
                {
                    if (i + 1 < s.Length && Uri.IsHexDigit(s[i]) && Uri.IsHexDigit(s[i + 1]))
                    {
                        bytes.Add((byte)Convert.ToInt32(s.Substring(i, 2), 16));
                        i += 2;
                        break;
                    }
                    throw new DecodeError($"(value error) invalid \\x escape at position {escStart}");
                }
                default:
                    bytes.Add((byte)'\\');
                    bytes.Add((byte)e);
                    break;
            }
        }
        return bytes.ToArray();
    }

    private static int Hex(string s, ref int i, int count, int escStart, string what)
    {
        int v = 0;
        for (int k = 0; k < count; k++)
        {
            if (i >= s.Length || !Uri.IsHexDigit(s[i])) throw Error(s, escStart, i - 1, what);
            v = v * 16 + Convert.ToInt32(s[i].ToString(), 16);
            i++;
        }
        return v;
    }

    /// <summary>The error for the escape at <paramref name="start"/>..<paramref name="end"/> (inclusive indexes of
    /// <paramref name="s"/>), with the decoder's positions: string_parser.c hands it a buffer in which every
    /// non-ASCII character is spelled \\U%08x (10 bytes) and a backslash before one (or at the end) \\u005c.</summary>
    private static DecodeError Error(string s, int start, int end, string what) =>
        new($"(unicode error) 'unicodeescape' codec can't decode bytes in position {BufferOffset(s, start)}-{BufferOffset(s, end + 1) - 1}: {what}");

    private static int BufferOffset(string s, int index)
    {
        int offset = 0;
        for (int j = 0; j < index && j < s.Length; j++)
        {
            char c = s[j];
            if (c >= 0x80)
            {
                offset += 10;
                if (char.IsHighSurrogate(c) && j + 1 < s.Length && char.IsLowSurrogate(s[j + 1])) j++;
            }
            else offset += c == '\\' && (j + 1 >= s.Length || s[j + 1] >= 0x80) ? 6 : 1;
        }
        return offset;
    }

    // A surrogate code point (\ud800, \U0000dfff) is held as its stand-in, so two of them stay two.
    private static void AppendCodePoint(StringBuilder sb, int cp) => Engine.Syntax.Surrogates.Append(sb, cp);
}
