using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Api.Tests;

/// <summary>.pyc files: compile answers one with "format": "pyc"; compile and execute take one
/// (base64) in place of the source; a bad one is a 400 problem, never a 500.</summary>
public class PycEndpointTests(ServiceFactory factory) : IClassFixture<ServiceFactory>
{
    private const string Seed = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";

    /// <summary>CPython 3.11's own .pyc of <see cref="Seed"/> (compiled as "&lt;string&gt;"), from
    /// <c>importlib._bootstrap_external._code_to_timestamp_pyc(compile(Seed, "&lt;string&gt;", "exec"), 0, 0)</c>.</summary>
    private const string CPythonSeedPyc =
        "pw0NCgAAAAAAAAAAAAAAAOMAAAAAAAAAAAAAAAAGAAAAAAAAAPM2AAAAlwBkAIQAWgACAGUBAgBlAGQBZAKmAgAAqwIAAAAAAAAAAKYBAACrAQAAAAAAAAAAAQBkA1MAKQRj" +
        "AgAAAAAAAAAAAAAAAgAAAAMAAADzDAAAAJcAfAB8AXoAAABTACkBTqkAKQLaAWHaAWJzAgAAACAg+gg8c3RyaW5nPtoDYWRkcgcAAAABAAAAcwsAAACAANgLDIhxiTWATPMA" +
        "AAAA6QEAAADpAgAAAE4pAnIHAAAA2gVwcmludHIDAAAAcggAAAByBgAAAPoIPG1vZHVsZT5yDAAAAAEAAABzNgAAAPADAQEB8AIBARHwAAEBEfAAAQER8AYAAQaABYBjgGOI" +
        "IYhRgWmEadEAENQAENAAENAAENAAEHIIAAAA";

    private static byte[] SeedPyc => Convert.FromBase64String(CPythonSeedPyc);

    [Fact]
    public async Task CompileAnswersAPycFileNamedAfterTheSource()
    {
        using var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/compile",
            new { source = Seed, filename = "demo/add.py", format = "pyc" });
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/x-python-code", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("add.pyc", response.Content.Headers.ContentDisposition?.FileName);
        var pyc = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xA7, 0x0D, 0x0D, 0x0A, 3, 0, 0, 0], pyc[..8]);
        // Checked hash-based: the hash is _imp.source_hash of the source (as CPython computes it for Seed).
        Assert.Equal("31a7ee9e11b1e6f5", Convert.ToHexStringLower(pyc[8..16]));
    }

    [Fact]
    public async Task CompileOfABrokenProgramAsPycAnswersTheSyntaxError()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/compile", new { source = "x = (\n", format = "pyc" });
        Assert.Equal(200, status);
        Assert.Equal("SyntaxError", (string)body["error"]!["type"]!);
    }

    [Fact]
    public async Task CompileShowsCPythonsPyc()
    {
        var (status, body, _) = await factory.CreateClient().PostJson("/api/v1/compile", new { pyc = CPythonSeedPyc });
        Assert.Equal(200, status);
        Assert.Equal("<module>", (string)body["code"]!["name"]!);
        Assert.Contains("Disassembly of <code object add at 0x?, file \"<string>\", line 1>:", (string)body["dis"]!);
        Assert.Contains("BINARY_OP                0 (+)", (string)body["dis"]!);
    }

    [Fact]
    public async Task ExecuteRunsCPythonsPycTraced()
    {
        var (status, body, _) = await (await factory.ReadyClient()).PostJson("/api/v1/execute", new { pyc = CPythonSeedPyc });
        Assert.Equal(200, status);
        Assert.Equal("ok", (string)body["status"]!);
        Assert.Equal("3\n", (string)body["stdout"]!);
        var trace = body["trace"]!.AsArray();
        Assert.Contains(trace, s => (string)s!["code"]! == "add" && (string)s["opname"]! == "BINARY_OP" && (int)s["line"]! == 2);
    }

    [Fact]
    public async Task ExecuteRunsTheServicesOwnPyc()
    {
        var client = await factory.ReadyClient();
        using var response = await client.PostAsJsonAsync("/api/v1/compile", new { source = "print(sum(range(10)))\n", format = "pyc" });
        var pyc = Convert.ToBase64String(await response.Content.ReadAsByteArrayAsync());
        var (status, body, _) = await client.PostJson("/api/v1/execute", new { pyc, trace = false });
        Assert.Equal(200, status);
        Assert.Equal("45\n", (string)body["stdout"]!);
    }

    public static TheoryData<string> Stages => new() { "/api/v1/compile", "/api/v1/execute" };

    private async Task<string> Problem(string path, object request, int expected = 400)
    {
        var (status, body, media) = await factory.CreateClient().PostJson(path, request);
        Assert.Equal(expected, status);
        Assert.Equal("application/problem+json", media);
        return (string)body["detail"]!;
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task WrongMagicNamesItsPython(string path)
    {
        var pyc = SeedPyc;
        pyc[0] = 3439 & 0xFF;
        pyc[1] = 3439 >> 8;
        Assert.Contains("Python 3.10", await Problem(path, new { pyc = Convert.ToBase64String(pyc) }));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task GarbageIsA400(string path)
    {
        Assert.Contains("not a .pyc", await Problem(path, new { pyc = Convert.ToBase64String("#!/bin/sh\necho hi\n"u8.ToArray()) }));
        Assert.Contains("base64", await Problem(path, new { pyc = "not base64!" }));
        Assert.Contains("too short", await Problem(path, new { pyc = Convert.ToBase64String(SeedPyc[..40]) }));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task DeepNestingIsA400(string path)
    {
        byte[] pyc = [.. SeedPyc[..16], .. Enumerable.Repeat(new byte[] { (byte)')', 1 }, 5000).SelectMany(b => b), (byte)'N'];
        Assert.Contains("nested deeper", await Problem(path, new { pyc = Convert.ToBase64String(pyc) }));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task HugeSizesAreA400(string path)
    {
        byte[] pyc = [.. SeedPyc[..16], (byte)'(', 0xFF, 0xFF, 0xFF, 0x7F];
        Assert.Contains("too short", await Problem(path, new { pyc = Convert.ToBase64String(pyc) }));
        byte[] bytes = [.. SeedPyc[..16], (byte)'s', 0xFE, 0xFF, 0xFF, 0x7F];
        Assert.Contains("too short", await Problem(path, new { pyc = Convert.ToBase64String(bytes) }));
    }

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task SourceAndPycTogetherAreA400(string path) =>
        Assert.Contains("not both", await Problem(path, new { source = Seed, pyc = CPythonSeedPyc }));

    [Theory]
    [MemberData(nameof(Stages))]
    public async Task AnOversizedPycIsA413(string path) =>
        Assert.Contains("at most", await Problem(path, new { pyc = new string('A', ServiceFactory.MaxSourceChars * 2) }, 413));

    [Fact]
    public async Task AnUnknownFormatIsA400() =>
        Assert.Contains("\"format\"", await Problem("/api/v1/compile", new { source = Seed, format = "exe" }));

    [Fact]
    public async Task TheOpenApiDocumentShowsThePycExamples()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/openapi/v1.json"))!;
        var compile = document["paths"]!["/api/v1/compile"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!;
        Assert.Equal("pyc", (string)compile["pyc_out"]!["value"]!["format"]!);
        Assert.StartsWith("pw0NCg", (string)compile["pyc_in"]!["value"]!["pyc"]!);
        var execute = document["paths"]!["/api/v1/execute"]!["post"]!["requestBody"]!["content"]!["application/json"]!["examples"]!;
        Assert.NotNull(execute["pyc_in"]);
    }
}
