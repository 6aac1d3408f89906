namespace Engine.Tests.Parser;

/// <summary>The rest of Python 3.11: classes, decorators, try, with, async, match, imports, comprehensions, f-strings, signatures.</summary>
public class FullGrammarTests
{
    [Theory]
    [InlineData("@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int = 1\n    (y): str\n    z.w: int\n")]
    [InlineData("try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\nelse:\n    pass\nfinally:\n    pass\n")]
    [InlineData("try:\n    pass\nexcept* E as e:\n    pass\n")]
    [InlineData("with a as b, c:\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b):\n    pass\n")]
    [InlineData("async def f():\n    async for x in y:\n        await x\n    async with a as b:\n        pass\n    return [i async for i in z]\n")]
    [InlineData("match p:\n    case [1, *rest] | {'k': None, **kw} if rest:\n        pass\n    case Point(x=0, y=True) as q:\n        pass\n    case -1 | 1+2j | 'a' 'b' | a.b.c | _:\n        pass\n    case (1, 2) | () | [*_] | {}:\n        pass\n")]
    [InlineData("match x, y:\n    case a, b:\n        pass\nmatch = 1\nmatch(x)\n")]
    [InlineData("global a, b\ndef f():\n    nonlocal c\n    del a, b[0], (c, d)\n    assert x, 'msg'\n")]
    [InlineData("import a.b.c as d, e\nfrom . import x\nfrom ..a import (b as c, d,)\nfrom ... import *\nfrom .... a import b\n")]
    [InlineData("def g():\n    yield\n    yield 1, 2\n    x = yield from y\n    await z\n")]
    [InlineData("f = lambda a, b=1, *c, d, e=2, **g: (a, b)\nh = lambda: 0\nk = lambda *, a: a\n")]
    [InlineData("x = [y := 1, (z := 2)]\nif (n := len(a)) > 10: pass\n")]
    [InlineData("a = {k: v for k, v in d.items() if k}\nb = {x for x in y}\nc = (x for x in y for z in x if z if not z)\n")]
    [InlineData("f'{x!r:>{width}} {y=} {z = !s:{a}{b}} {{}} {w:%H:%M}'\nf'''\n{a\n+b}'''\nf'{x}' 'y' f'{z}'\n")]
    [InlineData("x = (f'{a:x}'\n     f'{b:y{c}}')\n")]
    [InlineData("def f(a, /, b=1, *c, d, e=None, **g) -> int: pass\ndef g(a: int = 1, *, b: 'str'): pass\ndef h(*args: *Ts): pass\n")]
    [InlineData("x[a:b, c] = y[::2] = z[*a]\nprint(*a, *b, **c, **d)\n")]
    [InlineData("if a:\n    pass\nelif b:\n    pass\nelif c:\n    pass\n")]
    [InlineData("x = 'caf\u00e9 \u4e2d \U0001F600'; y = f'\u00e9{x}\U0001F600{y}'\n")]
    public void MatchesCPython(string source) => OracleComparison.AssertSameTree(source);
}
