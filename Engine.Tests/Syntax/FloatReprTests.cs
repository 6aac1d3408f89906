using System.Text.Json.Nodes;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Syntax;

/// <summary>repr(float) against CPython's on doubles chosen to be hard: every power of two (where the
/// doubles below are twice as dense as those above, so the shortest digits need care), their
/// neighbours, and a spread of pseudo-random bit patterns.</summary>
public class FloatReprTests
{
    private static IEnumerable<double> HardDoubles()
    {
        for (var e = -1074; e <= 1023; e++)
        {
            var p = Math.ScaleB(1, e);
            yield return p;
            yield return Math.BitIncrement(p);
            yield return Math.BitDecrement(p);
        }
        var random = new Random(11);
        for (var i = 0; i < 300; i++)
        {
            var d = BitConverter.Int64BitsToDouble(random.NextInt64());
            if (double.IsFinite(d)) yield return d;
        }
    }

    [Fact]
    public void ReprIsCPythons()
    {
        var values = HardDoubles().Where(d => d > 0).Distinct().ToList();
        var hex = new JsonArray(values.Select(d => (JsonNode)BitConverter.DoubleToInt64Bits(d).ToString("x16")).ToArray());
        var script = "import json, struct, sys\nprint(json.dumps([repr(struct.unpack('>d', bytes.fromhex(h))[0]) for h in json.load(sys.stdin)]))\n";
        var expected = JsonNode.Parse(Oracle.RunPython(hex.ToJsonString(), "-c", script))!.AsArray();
        Assert.Equal(values.Count, expected.Count);
        for (var i = 0; i < values.Count; i++)
            Assert.True((string)expected[i]! == PyRepr.Float(values[i]), $"repr of {values[i]:R}: CPython {expected[i]}, ours {PyRepr.Float(values[i])}");
    }
}
