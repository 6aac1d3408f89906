namespace Engine.Tests.Parser;

/// <summary>The core subset: literals, operators, calls, subscripts, displays, assignments, simple control flow.</summary>
public class CoreSubsetTests
{
    [Theory]
    [InlineData("x = 1\ny = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 123456789012345678901234567890\n")]
    [InlineData("f = [1.5, 1e5, 1E-5, .5, 5., 1_0.0_1e1_0, 1.5j, 2J, 0.1 + 0.2, 1e400]\n")]
    [InlineData("s = 'a' \"b\" '''c\nd''' r'\\n' u'x' '\\t\\x41\\101\\u00e9\\U0001F600\\N{EM DASH}\\q'\nb = b'\\x00\\xff' rb'\\d' B'a\\\nb'\n")]
    [InlineData("t = True, False, None, ..., Ellipsis\n")]
    [InlineData("x = -a ** -b * c // d % e @ f + g - h << i >> j & k ^ l | m\n")]
    [InlineData("x = not a and b or c and not d\ny = a < b <= c == d != e > f >= g is h is not i in j not in k\n")]
    [InlineData("f(a, b, *c, d=1, **e)\nf(x for x in y)\ng(a)(b)[c].d[e:f, ::g, h:i:j]\nx[1:2, *y]\n")]
    [InlineData("a = [1, 2, *b]\nb = (1,)\nc = ()\nd = {1: 2, **e}\ne = {1, 2}\nf = {}\ng = (1, 2,)\n")]
    [InlineData("a = b = c = 1\na, b = b, a\n[a, *b] = c\n(a, b), c = d\na.b = c[d] = 1\nx += 1\ny.z **= 2\nw[0] //= 3\n")]
    [InlineData("if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2\nwhile x:\n    break\nelse:\n    continue\n")]
    [InlineData("for i, (j, k) in enumerate(z):\n    pass\nelse:\n    pass\n")]
    [InlineData("def f(a, b=1, c=(1, 2)):\n    return a + b\n\ndef g():\n    return\n")]
    [InlineData("x = (a)\n(a) + b\n(f)(x)\n(a).b\n((a, b)) \n")]
    [InlineData("if x:\n    # comment\n\n    y = 1 ; z = 2;\n  # dedented comment\nw = 3\n")]
    [InlineData("x = 1 if y else 2\nz = [i * 2 for i in range(10) if i % 2 for j in i]\n")]
    [InlineData("s = 'caf\u00e9'; t = \"\u4e2d\u6587\" + x\nu = f'\u00e9{x}'\n")]
    public void MatchesCPython(string source) => OracleComparison.AssertSameTree(source);
}
