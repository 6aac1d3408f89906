using System.Globalization;
using System.Text;

namespace Engine.Parser;

/// <summary>
/// NFKC normalization of identifiers, as CPython's parser applies it to every non-ASCII name
/// (PEP 3131: `ｗｉｄｔｈ` is `width`). The service runs with invariant globalization, where
/// string.Normalize cannot do this, so the Unicode 14.0 data CPython 3.11 uses is generated
/// into NfkcData.g.cs (tools/gen_nfkc.py) and read once, on first use: compatibility
/// decomposition, canonical ordering, canonical composition, Hangul by rule.
/// </summary>
internal static partial class Nfkc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private sealed record Tables(Dictionary<int, int[]> Decompositions, Dictionary<int, int> Classes, Dictionary<(int, int), int> Compositions);

    private static readonly Lazy<Tables> Data = new(Load);

    private static Tables Load()
    {
        static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var decompositions = new Dictionary<int, int[]>();
        foreach (var entry in Decompositions.Split(';'))
        {
            var colon = entry.IndexOf(':');
            decompositions[Hex(entry[..colon])] = entry[(colon + 1)..].Split(' ').Select(Hex).ToArray();
        }
        var classes = new Dictionary<int, int>();
        foreach (var entry in CombiningClasses.Split(';'))
        {
            var colon = entry.IndexOf(':');
            classes[Hex(entry[..colon])] = int.Parse(entry[(colon + 1)..], CultureInfo.InvariantCulture);
        }
        var compositions = new Dictionary<(int, int), int>();
        foreach (var entry in Compositions.Split(';'))
        {
            var colon = entry.IndexOf(':');
            var pair = entry[..colon].Split(' ');
            compositions[(Hex(pair[0]), Hex(pair[1]))] = Hex(entry[(colon + 1)..]);
        }
        return new Tables(decompositions, classes, compositions);
    }

    /// <summary>unicodedata.normalize('NFKC', text).</summary>
    public static string Normalize(string text)
    {
        var data = Data.Value;
        // compatibility decomposition
        var cps = new List<int>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var cp = rune.Value;
            if (cp is >= SBase and < SBase + SCount)
            {
                var s = cp - SBase;
                cps.Add(LBase + s / NCount);
                cps.Add(VBase + s % NCount / TCount);
                if (s % TCount != 0) cps.Add(TBase + s % TCount);
            }
            else if (data.Decompositions.TryGetValue(cp, out var d)) cps.AddRange(d);
            else cps.Add(cp);
        }
        // canonical ordering: each run of non-starters sorted by class, stably
        int Class(int cp) => data.Classes.GetValueOrDefault(cp);
        for (var i = 1; i < cps.Count; i++)
        {
            var c = Class(cps[i]);
            if (c == 0) continue;
            for (var j = i; j > 0 && Class(cps[j - 1]) > c; j--) (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
        }
        // canonical composition
        var result = new List<int>(cps.Count);
        var starter = -1;
        var lastClass = -1;
        foreach (var cp in cps)
        {
            var cls = Class(cp);
            if (starter >= 0 && (lastClass < cls || lastClass == 0 && result.Count - 1 == starter))
            {
                var s = result[starter];
                int? composed = null;
                if (s is >= LBase and < LBase + LCount && cp is >= VBase and < VBase + VCount)
                    composed = SBase + ((s - LBase) * VCount + (cp - VBase)) * TCount;
                else if (s is >= SBase and < SBase + SCount && (s - SBase) % TCount == 0 && cp is > TBase and < TBase + TCount)
                    composed = s + (cp - TBase);
                else if (data.Compositions.TryGetValue((s, cp), out var c)) composed = c;
                if (composed is { } value && (lastClass < cls || result.Count - 1 == starter))
                {
                    result[starter] = value;
                    continue;
                }
            }
            if (cls == 0)
            {
                starter = result.Count;
                lastClass = 0;
            }
            else lastClass = cls;
            result.Add(cp);
        }
        var sb = new StringBuilder(result.Count);
        foreach (var cp in result) sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }
}
