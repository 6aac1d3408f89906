using System.Text.Json.Nodes;
using Engine.Bytecode;
using Engine.Tests.Support;

namespace Engine.Tests.Bytecode;

/// <summary>
/// dis over CPython's own code objects (loaded from the oracle's compile JSON): our dis text and
/// code JSON must be the oracle's, character for character and value for value.
/// </summary>
public class DisassemblerTests
{
    public static TheoryData<string> Sources => new()
    {
        "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n",
        "x = [1, 2, 3]\nfor i in x:\n    if i % 2 == 0 and i > 1:\n        print(i, end=' ')\n    elif not i:\n        break\nwhile x:\n    x.pop()\n",
        "def outer(n):\n    total = 0\n    def inner(k):\n        nonlocal total\n        total += k\n        return total\n    return inner\n",
        "try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nfinally:\n    print('done')\n",
        "class Point:\n    def __init__(self, x, y=0):\n        self.x, self.y = x, y\n    def __repr__(self):\n        return f'Point({self.x!r}, {self.y:>3})'\n",
        "squares = [n * n for n in range(10) if n % 3]\nlookup = {k: v for k, v in zip('abc', (1, 2, 3))}\nprint(sum(squares), lookup, 3 in {1, 2, 3})\n",
        "with open('f') as f, open('g') as g:\n    data = f.read()\nimport os.path as p\nfrom sys import argv\n",
        // long enough for EXTENDED_ARG jumps and more than 256 constants
        string.Join("", Enumerable.Range(0, 300).Select(i => $"if x == {i}:\n    y = {i * 7}.5\n")),
    };

    [Theory, MemberData(nameof(Sources))]
    public void DisTextIsCPythons(string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!;
        var code = CodeJsonReader.Parse(expected.ToJsonString());
        Assert.Equal((string)expected["dis"]!, Disassembler.Dis(code));
    }

    [Theory, MemberData(nameof(Sources))]
    public void CodeJsonIsCPythons(string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!["code"]!;
        var code = CodeJsonReader.Parse(Oracle.Run("compile", source));
        var actual = JsonNode.Parse(CodeJson.ToJson(code))!;
        Assert.True(JsonNode.DeepEquals(expected, actual), "expected " + expected.ToJsonString()[..Math.Min(2000, expected.ToJsonString().Length)]);
    }

    [Fact]
    public void SeedInstructionsMirrorGetInstructions()
    {
        var module = CodeJsonReader.Compile("def add(a, b):\n    return a + b\n");
        var add = module.Consts.OfType<CodeConstant>().Single().Code;
        var listing = Disassembler.GetInstructions(add).Select(i => $"{i.Offset} {i.Opname} {i.Arg} {i.Argrepr} {i.StartsLine}");
        Assert.Equal(["0 RESUME 0  1", "2 LOAD_FAST 0 a 2", "4 LOAD_FAST 1 b ", "6 BINARY_OP 0 + ", "10 RETURN_VALUE   "], listing);
    }
}
