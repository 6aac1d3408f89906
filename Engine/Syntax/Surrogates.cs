using System.Text;

namespace Engine.Syntax;

/// <summary>
/// How a Python str holds a surrogate CODE POINT (U+D800..U+DFFF as a character of its own).
/// A .NET string is UTF-16, where a high surrogate followed by a low one is one character, so
/// "\ud800" + "\udfff" held as two raw units would become U+103FF. Every surrogate code point is
/// therefore held as a stand-in, U+10F000 + (code point - U+D800), a character of the plane-16
/// private-use area: a .NET string of Python text is always well-formed UTF-16, concatenation and
/// every other .NET operation on it stay right, and only the edges translate (escapes and chr() in;
/// ord(), repr, codecs, hashing, ordering, marshal out).
/// The limitation: the real characters U+10F000..U+10F7FF (private use, no assigned meaning) cannot
/// be told from the surrogates they stand for; chr(0x10F000) is the str chr(0xD800) is.
/// </summary>
public static class Surrogates
{
    public const int StandInFirst = 0x10F000;
    public const int StandInLast = StandInFirst + 0x7FF;
    /// <summary>The high UTF-16 units of the stand-ins (U+10F000..U+10F7FF encode as DBFC or DBFD, then a low unit).</summary>
    public const char HighUnitFirst = '\uDBFC', HighUnitLast = '\uDBFD';

    public static bool IsSurrogate(int cp) => cp is >= 0xD800 and <= 0xDFFF;

    /// <summary>A Python code point as the .NET scalar that holds it (a surrogate becomes its stand-in).</summary>
    public static int ToScalar(int cp) => IsSurrogate(cp) ? cp - 0xD800 + StandInFirst : cp;

    /// <summary>The Python code point a .NET scalar holds (a stand-in becomes its surrogate).</summary>
    public static int FromScalar(int scalar) => scalar is >= StandInFirst and <= StandInLast ? scalar - StandInFirst + 0xD800 : scalar;

    /// <summary>The Python code point at <paramref name="i"/>; <paramref name="units"/> is the number of
    /// UTF-16 units it takes (2 for a pair, stand-ins included). A lone raw surrogate unit, which only
    /// text that never was Python's can hold, is taken as the code point it is.</summary>
    public static int CodePointAt(string s, int i, out int units)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            units = 2;
            return FromScalar(char.ConvertToUtf32(c, s[i + 1]));
        }
        units = 1;
        return c;
    }

    /// <summary>Appends one Python code point (0..0x10FFFF).</summary>
    public static void Append(StringBuilder sb, int cp)
    {
        if (cp < 0xD800 || cp is > 0xDFFF and < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(ToScalar(cp)));
    }

    /// <summary>One Python code point as a .NET string.</summary>
    public static string ToText(int cp) =>
        cp < 0xD800 || cp is > 0xDFFF and < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(ToScalar(cp));

    /// <summary>Whether the text holds a surrogate code point (a stand-in).</summary>
    public static bool Contains(string s)
    {
        for (var i = s.AsSpan().IndexOfAnyInRange(HighUnitFirst, HighUnitLast); i >= 0 && i + 1 < s.Length;)
        {
            if (char.IsLowSurrogate(s[i + 1])) return true;
            var next = s.AsSpan(i + 1).IndexOfAnyInRange(HighUnitFirst, HighUnitLast);
            if (next < 0) break;
            i += 1 + next;
        }
        return false;
    }
}
