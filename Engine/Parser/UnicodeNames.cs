using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Engine.Parser;

/// <summary>
/// Looks up the code point a <c>\N{name}</c> escape names, as CPython 3.11's unicodedata does
/// (Unicode 14.0): every character name and alias, from the table UnicodeNames.gen.py makes
/// (read once, on the first lookup); CJK ideographs and Hangul syllables are named by rule.
/// </summary>
internal static class UnicodeNames
{
    private sealed record NamedRange(int First, int Last, string Prefix);

    private sealed record Table(Dictionary<string, int> Names, List<NamedRange> Ranges);

    private static readonly Lazy<Table> Data = new(Load);

    private static Table Load()
    {
        using var stream = typeof(UnicodeNames).Assembly.GetManifestResourceStream("Engine.Parser.UnicodeNames.bin")
            ?? throw new InvalidOperationException("the Unicode name table is not embedded");
        using var inflate = new ZLibStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(inflate, Encoding.UTF8);
        var names = new Dictionary<string, int>(40000, StringComparer.Ordinal);
        var ranges = new List<NamedRange>();
        int cp = 0;
        while (reader.ReadLine() is { } line)
        {
            int space = line.IndexOf(' ');
            switch (line[0])
            {
                case '=':
                    names[line[(space + 1)..]] = Hex(line.AsSpan(1, space - 1));
                    break;
                case '*':
                    var parts = line[1..].Split(' ', 3);
                    ranges.Add(new NamedRange(Hex(parts[0]), Hex(parts[1]), parts[2]));
                    break;
                default:
                    cp += Hex(line.AsSpan(0, space));
                    names[line[(space + 1)..]] = cp;
                    break;
            }
        }
        return new Table(names, ranges);
    }

    private static int Hex(ReadOnlySpan<char> s) => int.Parse(s, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    /// <summary>The code point named <paramref name="name"/> (ASCII letters in any case, as _getcode compares them), or -1.</summary>
    public static int Lookup(string name)
    {
        string upper = AsciiUpper(name);
        var data = Data.Value;
        if (data.Names.TryGetValue(upper, out int cp)) return cp;
        int dash = upper.LastIndexOf('-');
        if (dash < 0) return HangulSyllable(name);
        string prefix = upper[..dash], digits = name[(dash + 1)..];
        if (prefix == "CJK UNIFIED IDEOGRAPH")
        {
            // _getcode compares this prefix, and Hangul's, case-sensitively
            if (!name.StartsWith(prefix, StringComparison.Ordinal)) return -1;
            // _getcode: four or five upper-case hex digits, naming a unified ideograph
            if (digits.Length is not (4 or 5) || !digits.All(c => c is (>= '0' and <= '9') or (>= 'A' and <= 'F'))) return -1;
            cp = Hex(digits);
            return data.Ranges.Any(r => r.Prefix == prefix && r.First <= cp && cp <= r.Last) ? cp : -1;
        }
        // the other ranges are names like any other: their hex written exactly as in the name
        if (digits.Length is >= 4 and <= 6 && digits.All(char.IsAsciiHexDigit))
        {
            cp = Hex(digits);
            if (AsciiUpper(digits) == cp.ToString("X4", CultureInfo.InvariantCulture)
                && data.Ranges.Any(r => r.Prefix == prefix && r.First <= cp && cp <= r.Last))
                return cp;
        }
        return HangulSyllable(name);
    }

    private static int HangulSyllable(string name)
    {
        const string hangul = "HANGUL SYLLABLE ";
        if (!name.StartsWith(hangul, StringComparison.Ordinal)) return -1;
        string rest = name[hangul.Length..];
        for (int s = 0; s < 19 * 21 * 28; s++)
        {
            if (JamoL[s / (21 * 28)] + JamoV[s % (21 * 28) / 28] + JamoT[s % 28] == rest) return 0xAC00 + s;
        }
        return -1;
    }

    private static string AsciiUpper(string s) =>
        string.Create(s.Length, s, (span, src) =>
        {
            for (int i = 0; i < src.Length; i++) span[i] = char.IsAsciiLetterLower(src[i]) ? (char)(src[i] - 32) : src[i];
        });
}
