using System.Globalization;

namespace Engine.Parser;

/// <summary>
/// Looks up the code point a <c>\N{name}</c> escape names. Only a subset of the Unicode name
/// table is embedded (see UnicodeNames.gen.py); CJK ideographs and Hangul syllables are named by
/// rule; an unknown name is reported as CPython reports it.
/// </summary>
internal static partial class UnicodeNames
{
    private static readonly Lazy<Dictionary<string, int>> Names = new(() =>
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in Table.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = entry.LastIndexOf('=');
            d[entry[..eq]] = int.Parse(entry[(eq + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return d;
    });

    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The code point named <paramref name="name"/> (case-insensitive, as unicodedata.lookup), or -1.</summary>
    public static int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        if (Names.Value.TryGetValue(upper, out int cp)) return cp;
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(cjk.Length), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out cp)
            && upper.Length - cjk.Length is 4 or 5 && IsCjkIdeograph(cp))
            return cp;
        const string hangul = "HANGUL SYLLABLE ";
        if (upper.StartsWith(hangul, StringComparison.Ordinal))
        {
            string rest = upper[hangul.Length..];
            for (int s = 0; s < 19 * 21 * 28; s++)
            {
                if (JamoL[s / (21 * 28)] + JamoV[s % (21 * 28) / 28] + JamoT[s % 28] == rest) return 0xAC00 + s;
            }
        }
        return -1;
    }

    private static bool IsCjkIdeograph(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B739) or (>= 0x2B740 and <= 0x2B81D) or (>= 0x2B820 and <= 0x2CEA1)
            or (>= 0x2CEB0 and <= 0x2EBE0) or (>= 0x30000 and <= 0x3134A);
}
