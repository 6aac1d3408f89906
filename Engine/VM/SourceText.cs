using System.Text;

namespace Engine.VM;

/// <summary>
/// Python's view of a source line for the printed traceback: code points (not UTF-16 units),
/// str.splitlines, str.strip and the UTF-8 byte columns of co_positions.
/// </summary>
internal static class SourceText
{
    /// <summary>source.splitlines(True), as the oracle fills linecache: every line boundary of
    /// str.splitlines, the ending kept.</summary>
    public static string[] SplitLinesKeepEnds(string source)
    {
        var lines = new List<string>();
        var start = 0;
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n') i += 2;
            else if (IsLineBoundary(c)) i++;
            else { i++; continue; }
            lines.Add(source[start..i]);
            start = i;
        }
        if (start < source.Length) lines.Add(source[start..]);
        return [.. lines];
    }

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary>The code points of <paramref name="s"/>; a lone surrogate stays one code point, as in Python.</summary>
    public static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                result.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else result.Add(s[i]);
        }
        return [.. result];
    }

    public static string FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var b = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            if (cp < 0x10000) b.Append((char)cp);
            else b.Append(char.ConvertFromUtf32(cp));
        }
        return b.ToString();
    }

    /// <summary>str.isspace for one code point: Unicode whitespace, and the separators \x1c-\x1f.</summary>
    public static bool IsSpace(int cp) =>
        cp is >= 0x1c and <= 0x1f || (cp < 0x10000 && char.IsWhiteSpace((char)cp));

    public static int[] Strip(int[] s)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsSpace(s[start])) start++;
        while (end > start && IsSpace(s[end - 1])) end--;
        return s[start..end];
    }

    public static int[] RStrip(int[] s)
    {
        var end = s.Length;
        while (end > 0 && IsSpace(s[end - 1])) end--;
        return s[..end];
    }

    /// <summary>s[start:end] with Python's clamping (both bounds non-negative here).</summary>
    public static int[] Slice(int[] s, int start, int end)
    {
        start = Math.Clamp(start, 0, s.Length);
        end = Math.Clamp(end, 0, s.Length);
        return end <= start ? [] : s[start..end];
    }

    /// <summary>traceback._byte_offset_to_character_offset: how many characters the first
    /// <paramref name="offset"/> UTF-8 bytes decode to (a cut character counts, as its replacement does).</summary>
    public static int ByteOffsetToCharacterOffset(int[] s, int offset)
    {
        var bytes = 0;
        var chars = 0;
        foreach (var cp in s)
        {
            if (bytes >= offset) break;
            chars++;
            bytes += Utf8Length(cp);
        }
        return chars;
    }

    public static int Utf8Length(int cp) => cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;

    public static bool IsAscii(int[] s) => s.All(c => c < 0x80);
}
