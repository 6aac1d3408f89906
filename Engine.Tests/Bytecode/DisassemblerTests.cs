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
        // more than 256 locals and names: EXTENDED_ARG before LOAD_FAST/STORE_FAST/LOAD_ATTR/STORE_NAME
        "def big():\n" + string.Join("", Enumerable.Range(0, 300).Select(i => $"    v{i} = {i}\n")) + "    return v299\n"
            + "import os\n" + string.Join("", Enumerable.Range(0, 300).Select(i => $"n{i} = os.x{i}\n")),
        // a long loop body: JUMP_BACKWARD with an EXTENDED_ARG
        "while x:\n" + string.Join("", Enumerable.Range(0, 200).Select(i => $"    x = x - {i} * y\n")),
        // cells: an argument that is a cell, a cell that is not, free variables, __class__
        "def f(a, b):\n    c = 1\n    def g():\n        return a + c\n    return g\nclass C:\n    def m(self):\n        return __class__\n",
        "async def g(a):\n    async with a as b:\n        async for q in b:\n            await q\n    return [z async for z in b]\n",
        "def gen(n):\n    yield n\n    x = yield from range(n)\n    return x\nprint(*gen(3), sep=',', **{'end': '\\n'})\n",
        "match p:\n    case [1, *rest] if rest: pass\n    case {'a': 1, **kw}: pass\n    case Point(x=0) | None: pass\n    case _: q = 1\n",
        "try:\n    pass\nexcept* ValueError as e:\n    raise\nexcept* TypeError:\n    pass\n",
        "lam = lambda a, /, b=2, *c, d, e=5, **f: (a, b, c, d, e, f)\n@dec(1)\ndef h(x: int, *, y: str = 'q') -> None: ...\n",
        "s = f'{a!r:>{w}} {b!s} {c!a} {d:x} {e}'\nx = a < b <= c != d\ny = a is not b or a not in b\nz = x[1:2], x[::3]\nx += 1; x **= 2; x //= 3\n",
        "global g\ndel x\nassert x, 'msg'\nfrom . import a\nfrom ..b import (c as d, e)\nimport a.b.c\nprint(3 in {1, 2, 3}, {**a}, {*b}, [*c])\n",
        "x = (1 +\n     2)\nfor i in range(3):\n    pass\nelse:\n    x = 1\nwith a:\n    pass\n",
        "s = '\u00e9\U0001F600 \\x00'\nb = b'\\xff\\x00'\nc = 1j, 2.5e300, -0.0, 10**30\nprint(s, b, c, ...)\n",
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
