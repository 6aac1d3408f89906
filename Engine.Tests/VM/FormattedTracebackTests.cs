using Engine.Pipeline;
using Engine.Tests.Support;
using Engine.VM;
using System.Text.Json.Nodes;

namespace Engine.Tests.VM;

/// <summary>
/// exception.formatted: the traceback text CPython prints on stderr for an uncaught exception
/// (frames with source lines and ^/~ markers, chaining, notes, recursion folding), against the oracle's.
/// </summary>
public class FormattedTracebackTests
{
    public static TheoryData<string, string> Programs => new()
    {
        { "argsmany", "raise ValueError(\"a\", 2)\n" },
        { "assert_", "def check(x):\n    assert x > 0, \"x must be positive\"\ncheck(-1)\n" },
        { "attr", "class P: pass\np = P()\nprint(p.name.upper())\n" },
        { "aug", "total = 0\nfor w in [\"a\", \"b\"]:\n    total += w\n" },
        { "binop2", "x = \"a\"\ny = x ** 2\n" },
        { "binop_ops", "a = 5\nb = 0\nc = (a\n     * 2) % b\n" },
        { "call_whole", "def boom():\n    raise ValueError()\nboom()\n" },
        { "callattr", "s = \"abc\"\ns.nosuch(1,\n         2)\n" },
        { "chain3", "def parse(s):\n    try:\n        return int(s)\n    except ValueError as e:\n        raise TypeError(\"cannot parse\") from e\ndef run():\n    try:\n        parse(\"x\")\n    except TypeError:\n        raise RuntimeError(\"run failed\")\nrun()\n" },
        { "chain_ctx", "try:\n    x = [1][3]\nexcept IndexError:\n    y = {}[\"k\"]\n" },
        { "chain_from", "class ConfigError(Exception):\n    pass\ndef load(d):\n    try:\n        return d[\"port\"]\n    except KeyError as e:\n        raise ConfigError(\"missing port\") from e\nload({})\n" },
        { "clsbody", "class A:\n    x = 1\n    y = x + \"s\"\n" },
        { "comment_binop", "a = {}\nr = a[\"q\"]  # comment\n" },
        { "comp", "data = [1, 2, 0, 4]\nresult = [10 // x for x in data]\n" },
        { "compare", "print(1 < \"a\")\n" },
        { "ctx_nested", "def cleanup():\n    raise LookupError(\"cleanup failed\")\ntry:\n    try:\n        raise KeyError(\"a\")\n    except KeyError:\n        raise TypeError(\"b\")\nexcept TypeError:\n    cleanup()\n" },
        { "ctxsame", "try:\n    raise ValueError(\"a\")\nexcept ValueError as e:\n    raise e\n" },
        { "dictval", "def get(d, k):\n    return d[k]\nconfig = {\"a\": {\"b\": 1}}\nprint(get(config[\"a\"], \"c\"))\n" },
        { "except_in_finally", "def f():\n    try:\n        return 1 / 0\n    finally:\n        print(\"cleanup\")\nf()\n" },
        { "exit", "raise SystemExit(3)\n" },
        { "from_none", "try:\n    int(\"x\")\nexcept ValueError:\n    raise RuntimeError(\"bad\") from None\n" },
        { "gen", "def gen():\n    yield 1\n    yield 1 / 0\nfor v in gen():\n    print(v)\n" },
        { "init_err", "class Point:\n    def __init__(self, x, y):\n        self.x = int(x)\n        self.y = y\npts = [Point(1, 2), Point(\"a\", 3)]\n" },
        { "keyerr", "raise KeyError(\"\")\n" },
        { "lambda_", "f = lambda x: x.foo\nlist(map(f, [1]))\n" },
        { "loopctx", "err = None\nfor i in range(3):\n    try:\n        raise ValueError(i) from err\n    except ValueError as e:\n        err = e\nraise err\n" },
        { "method", "class Account:\n    def __init__(self, balance):\n        self.balance = balance\n    def withdraw(self, amount):\n        if amount > self.balance:\n            raise ValueError(f\"insufficient funds: {self.balance}\")\n        self.balance -= amount\nacc = Account(10)\nacc.withdraw(5)\nacc.withdraw(50)\n" },
        { "multibin", "a = 1\nb = \"x\"\nc = (a +\n     b)\n" },
        { "multiline", "def f(a, b, c):\n    return a + b + c\ntotal = f(\n    1,\n    2,\n)\n" },
        { "mutual", "def even(n):\n    return odd(n - 1)\ndef odd(n):\n    return even(n - 1)\neven(3)\n" },
        { "nested", "def a(x):\n    return b(x) + 1\ndef b(x):\n    return c(x)\ndef c(x):\n    return 10 / x\nprint(a(0))\n" },
        { "nested_fn", "def outer():\n    def inner(xs):\n        return [x.upper() for x in xs]\n    return inner([1])\nouter()\n" },
        { "nestedcls", "def make():\n    class Inner(Exception):\n        pass\n    raise Inner(\"inner\")\nmake()\n" },
        { "nomsg", "class Oops(Exception): pass\ndef g():\n    raise Oops\ng()\n" },
        { "notes", "e = ValueError(\"boom\")\ne.add_note(\"first note\")\ne.add_note(\"second\\nline\")\nraise e\n" },
        { "notes_cause", "try:\n    {}[\"k\"]\nexcept KeyError as e:\n    e.add_note(\"while looking up k\")\n    raise\n" },
        { "paren_binop", "a, b = 1, 0\nr = (a) / b\n" },
        { "recursion", "def f(n):\n    return f(n + 1)\nf(0)\n" },
        { "recursion2", "def fact(n):\n    if n == 0:\n        return 1 // n\n    return n * fact(n - 1)\nfact(10)\n" },
        { "reraise", "def f():\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise\nf()\n" },
        { "slicing", "x = 5\ny = x[1:2]\n" },
        { "sortkey", "items = [3, \"a\", 1]\nprint(sorted(items, key=lambda v: v + 1))\n" },
        { "subscr", "grid = [[1, 2], [3, 4]]\nrow = 1\nvalue = grid[row][5]\n" },
        { "subscr2", "d = {\"a\": 1}\nd[\"b\"]\n" },
        { "tabs", "def f():\n\tx = [1, 2]\n\treturn x[10]\nf()\n" },
        { "unary", "x = -\"a\"\n" },
        { "unicode", "\u540d\u524d = {\"\u30ad\u30fc\": 1}\nprint(\u540d\u524d[\"\u30ad\u30fc\"] + \u540d\u524d[\"\u5024\"])\n" },
        { "whileloop", "i = 0\nwhile True:\n    i += 1\n    if i > 3:\n        raise StopIteration(i)\n" },
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string name, string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("execute", source, "--formatted"))!["exception"]!["formatted"]!.GetValue<string>();
        var answer = PythonPipeline.Execute(source, "<string>", new ExecutionOptions());
        Assert.True(answer.Exception is not null, name);
        Assert.Equal(expected, answer.Exception!.Formatted);
    }
}
