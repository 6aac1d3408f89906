using System.Text.Json.Nodes;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Syntax;

/// <summary>
/// CPython's own tree, read into our node classes and written back, must be the same JSON:
/// this pins the generated node classes, the writer's field order and every constant repr.
/// </summary>
public class AstJsonRoundTripTests
{
    [Theory]
    [InlineData("x = 1 + 2.5 * -3j\nprint(x, 'it''s', b'\\x00\\xff\"', ...)\n")]
    [InlineData("def f(a, /, b=1, *c, d, e=None, **g) -> int:\n    return {k: v for k, v in g.items() if k}\n")]
    [InlineData("class C(B, metaclass=M):\n    @dec\n    async def m(self):\n        async with a as (b, c):\n            await b\n")]
    [InlineData("match p:\n    case [1, *rest] | {'k': None, **kw} if rest:\n        pass\n    case Point(x=0, y=True) as q:\n        pass\n")]
    [InlineData("try:\n    import os.path as p, sys\nexcept* (E, F) as e:\n    raise X from e\nfinally:\n    del a[1:2, ::3]\n")]
    [InlineData("f'{x!r:>{width}} {y=}'\nlambda *a, **k: (yield)\nglobal g\nx: int = (y := 1e100) if z else 1e-7\n")]
    [InlineData("s = 'caf\u00e9 \u4e2d \U0001F600 \\u200b \\t \\x7f'\nn = 123456789012345678901234567890\nfl = [0.1, 1e16, 1e15, 1.5e-5, 0.0001, 2.0**-1074]\n")]
    public void CPythonTreeRoundTrips(string source)
    {
        var expected = Oracle.Run("parse", source);
        var tree = AstJsonReader.Parse(expected);
        var actual = AstJsonWriter.ToJson(tree);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected)!["ast"], JsonNode.Parse(actual)),
            "expected " + expected + "\n got " + actual);
    }
}
