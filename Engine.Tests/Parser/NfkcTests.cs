using System.Text;
using System.Text.Json.Nodes;
using Engine.Parser;
using Engine.Tests.Support;

namespace Engine.Tests.Parser;

/// <summary>Identifier normalization against CPython's unicodedata.normalize('NFKC', ...): every
/// code point with a compatibility or canonical mapping, Hangul, combining sequences that reorder
/// and compose, and identifiers as they appear in source.</summary>
public class NfkcTests
{
    private static IEnumerable<string> Samples()
    {
        var random = new Random(5);
        // every 7th code point of the planes that hold letters, alone
        for (var cp = 0xA0; cp < 0x30000; cp += 7)
            if (cp is < 0xD800 or > 0xDFFF) yield return char.ConvertFromUtf32(cp);
        // sequences: a base letter, combining marks in a mixed order, Hangul jamo and syllables
        int[] bases = ['a', 'e', 'o', 'A', 0x3B1, 0x438, 0x1100, 0x1161, 0xAC00, 0xAC01, 0x11A8, 0x0B47, 0x0915];
        int[] marks = [0x301, 0x300, 0x308, 0x327, 0x323, 0x31B, 0x345, 0x3099, 0x0B3E, 0x093C, 0x1161, 0x11A8];
        for (var i = 0; i < 400; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(1, 5); n > 0; n--)
            {
                sb.Append(char.ConvertFromUtf32(bases[random.Next(bases.Length)]));
                for (var m = random.Next(0, 4); m > 0; m--) sb.Append(char.ConvertFromUtf32(marks[random.Next(marks.Length)]));
            }
            yield return sb.ToString();
        }
        yield return "ｗｉｄｔｈ";
        yield return "ﬁle_ℌ𝔢𝔩𝔩𝔬";
    }

    [Fact]
    public void NormalizesAsCPython()
    {
        var samples = Samples().ToList();
        var input = new JsonArray(samples.Select(s => (JsonNode)s).ToArray()).ToJsonString();
        var script = "import json, sys, unicodedata\nprint(json.dumps([unicodedata.normalize('NFKC', s) for s in json.load(sys.stdin)]))\n";
        var expected = JsonNode.Parse(Oracle.RunPython(input, "-c", script))!.AsArray();
        var wrong = samples.Select((s, i) => (s, want: (string)expected[i]!, got: Nfkc.Normalize(s)))
            .Where(x => x.want != x.got).Take(5).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(w =>
            $"{string.Join(" ", w.s.EnumerateRunes().Select(r => r.Value.ToString("X4")))}: CPython {string.Join(" ", w.want.EnumerateRunes().Select(r => r.Value.ToString("X4")))}, ours {string.Join(" ", w.got.EnumerateRunes().Select(r => r.Value.ToString("X4")))}")));
    }
}
