using System.Text.Json.Nodes;
using Engine.Parser;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Parser;

/// <summary>Runs our parser and CPython's on the same source and compares the answers as JSON values.</summary>
internal static class OracleComparison
{
    public static void AssertSameTree(string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("parse", source))!;
        var result = PythonParser.Parse(source);
        Assert.True(result.Error is null, $"unexpected error {result.Error} for\n{source}");
        var actual = JsonNode.Parse(AstJsonWriter.ToJson(result.Tree!));
        Assert.True(JsonNode.DeepEquals(expected["ast"], actual), $"source:\n{source}\nexpected {expected["ast"]?.ToJsonString()}\nactual   {actual?.ToJsonString()}");
    }

    /// <summary>Same error type and place as CPython (and the same message when <paramref name="sameMessage"/>).</summary>
    public static void AssertSameError(string source, bool sameMessage = true)
    {
        var expected = JsonNode.Parse(Oracle.Run("parse", source))!["error"]!;
        var result = PythonParser.Parse(source);
        Assert.True(result.Error is not null, $"expected {expected.ToJsonString()} for\n{source}");
        var e = result.Error!;
        var actual = $"{e.Type} {e.Lineno}:{e.Offset} {e.Msg}";
        var want = $"{(string?)expected["type"]} {(int?)expected["lineno"]}:{(int?)expected["offset"]} {(string?)expected["msg"]}";
        if (!sameMessage)
        {
            actual = actual[..actual.LastIndexOf(' ', actual.IndexOf(':') + 1 + (e.Offset?.ToString().Length ?? 0))];
            want = want[..want.LastIndexOf(' ', want.IndexOf(':') + 1 + (((int?)expected["offset"])?.ToString().Length ?? 0))];
        }
        Assert.Equal(want, actual);
    }
}
