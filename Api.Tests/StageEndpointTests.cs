using System.Text.Json.Nodes;

namespace Api.Tests;

/// <summary>tokenize, parse and compile: a good program's answer, and a broken program's error in a 200.</summary>
public class StageEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Seed = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";

    [Fact]
    public async Task TokenizeGivesTokenizeModuleTokens()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/tokenize", new { source = "x = 1  # one\n" });
        Assert.Equal(200, status);
        var tokens = body["tokens"]!.AsArray();
        Assert.Equal(["NAME", "OP", "NUMBER", "COMMENT", "NEWLINE", "ENDMARKER"], tokens.Select(t => (string)t!["type"]!));
        Assert.Equal("EQUAL", (string)tokens[1]!["exact_type"]!);
        Assert.Equal("# one", (string)tokens[3]!["string"]!);
        Assert.True(JsonNode.DeepEquals(new JsonArray(1, 7), tokens[3]!["start"]));
        Assert.Equal("x = 1  # one\n", (string)tokens[0]!["line"]!);
        Assert.Null(body["error"]);
    }

    [Fact]
    public async Task AnAnswerLargerThanTheBufferIsWrittenWhole()
    {
        // past StageRunner.BufferedAnswerBytes the answer is not kept in memory but written again, straight out
        var lines = 2000;
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/tokenize", new { source = string.Concat(Enumerable.Repeat("x = 1\n", lines)) });
        Assert.Equal(200, status);
        var tokens = body["tokens"]!.AsArray();
        Assert.True(tokens.ToJsonString().Length > Api.Endpoints.StageRunner.BufferedAnswerBytes);
        Assert.Equal(4 * lines + 1, tokens.Count);
        Assert.Equal("ENDMARKER", (string)tokens[^1]!["type"]!);
    }

    [Fact]
    public async Task TokenizeReportsTokenError()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/tokenize", new { source = "print((1,\n" });
        Assert.Equal(200, status);
        Assert.Equal("TokenError", (string)body["error"]!["type"]!);
        Assert.Equal("EOF in multi-line statement", (string)body["error"]!["msg"]!);
        Assert.Null(body["tokens"]);
    }

    [Fact]
    public async Task ParseGivesTheTree()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/parse", new { source = Seed });
        Assert.Equal(200, status);
        var function = body["ast"]!["body"]![0]!;
        Assert.Equal("FunctionDef", (string)function["_type"]!);
        Assert.Equal("add", (string)function["name"]!);
        var returned = function["body"]![0]!["value"]!;
        Assert.Equal("BinOp", (string)returned["_type"]!);
        Assert.Equal("Add", (string)returned["op"]!["_type"]!);
        Assert.Equal(11, (int)returned["col_offset"]!);
        Assert.Equal(16, (int)returned["end_col_offset"]!);
    }

    [Fact]
    public async Task ParseReportsSyntaxErrorWithItsPlace()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/parse", new { source = "if x\n    pass\n" });
        Assert.Equal(200, status);
        var error = body["error"]!;
        Assert.Equal("SyntaxError", (string)error["type"]!);
        Assert.Equal("expected ':'", (string)error["msg"]!);
        Assert.Equal(1, (int)error["lineno"]!);
        Assert.Equal(5, (int)error["offset"]!);
    }

    [Fact]
    public async Task CompileGivesCPythonsBytecodeForTheSeed()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/compile", new { source = Seed });
        Assert.Equal(200, status);
        var add = body["code"]!["consts"]!.AsArray().Single(c => (string)c!["type"]! == "code")!["code"]!;
        var instructions = add["instructions"]!.AsArray()
            .Select(i => $"{(int)i!["offset"]!} {(string)i["opname"]!} {(string)i["argrepr"]!}".Trim());
        Assert.Equal(["0 RESUME", "2 LOAD_FAST a", "4 LOAD_FAST b", "6 BINARY_OP +", "10 RETURN_VALUE"], instructions);
        Assert.Contains("LOAD_FAST                0 (a)", (string)body["dis"]!);
        Assert.Contains("Disassembly of <code object add at 0x?, file \"<string>\", line 1>:", (string)body["dis"]!);
    }

    [Fact]
    public async Task CompileReportsCompilerErrors()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/compile", new { source = "x = 1\nreturn x\n" });
        Assert.Equal(200, status);
        Assert.Equal("SyntaxError", (string)body["error"]!["type"]!);
        Assert.Equal("'return' outside function", (string)body["error"]!["msg"]!);
        Assert.Equal(2, (int)body["error"]!["lineno"]!);
    }

    [Fact]
    public async Task FilenameIsUsedForCodeObjects()
    {
        var (_, body, _) = await factory.CreateClient().PostJson("/api/v1/compile", new { source = "x = 1\n", filename = "demo.py" });
        Assert.Equal("demo.py", (string)body["code"]!["filename"]!);
    }
}
