using System.Text.Json.Nodes;
using Engine.Bytecode;
using Engine.Compiler;
using Engine.Parser;
using Engine.Tests.Support;

namespace Engine.Tests.Compiler;

/// <summary>
/// Our parser and compiler against CPython's compile(): the whole code object tree (every
/// instruction, argument, position, constant, name, stack size, flags) and the dis text.
/// </summary>
public class CompilerTests
{
    internal static void AssertCompilesLikeCPython(string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!;
        var parsed = PythonParser.Parse(source);
        Assert.Null(parsed.Error);
        var compiled = PythonCompiler.Compile(parsed.Tree!);
        Assert.Null(compiled.Error);
        var actual = JsonNode.Parse(CodeJson.ToJson(compiled.Code!))!;
        Assert.Equal((string)expected["dis"]!, Disassembler.Dis(compiled.Code!));
        Assert.True(JsonNode.DeepEquals(expected["code"], actual), "code objects differ; dis:\n" + Disassembler.Dis(compiled.Code!));
    }

    public static TheoryData<string> Constructs => new()
    {
        // constants folded by the AST optimizer, tuples of constants, name scopes
        "x = 1\ny = -x + 2 * 3 - 2 ** 10 // 7 % 5\nz = (1, 'a', None)\nw = 'ab' 'cd' * 2\nq = not 1\n",
        // chained comparisons in value and in test position, boolean operators
        "a = 1 < b <= 3\nif a and b or not c:\n    pass\nelif 0 < a < 10:\n    d = a is None\nelse:\n    d = b if a else c\n",
        // loops: while with else, for with break/continue, while True
        "i = 0\nwhile i < 10:\n    i += 1\n    if i == 3:\n        continue\n    if i > 8:\n        break\nelse:\n    print('done')\nfor c in 'abc':\n    print(c, end='')\nwhile True:\n    break\n",
        // functions: defaults, locals and globals, returns inside loops, recursion
        "def f(a, b=2, c='x'):\n    total = a + b\n    for i in range(a):\n        if i > b:\n            return i\n    return total\n\ndef g(n):\n    return g(n - 1) if n else f(n)\n",
        // unpacking, swaps, augmented subscripts, method calls and keyword arguments
        "def h(xs):\n    a, b = b, a\n    c, d, e = xs\n    xs[0] += 1\n    xs.append(a)\n    print(a, b, sep=', ', end='!')\n\nx, y = y, x\n",
        // displays: lists, dicts with constant and computed keys, sets, long constant lists
        "l = [1, 2, x]\nm = [1, 2, 3, 4]\nd = {'a': 1, 'b': x}\ne = {x: 1}\ns = {1, x}\nt = x in [1, 2, 3]\nu = x not in {1, 2}\nv = (x, 1)\n",
        // the docstring of a module and of a function, assert, raise
        "'''module doc'''\ndef k():\n    'function doc'\n    assert k, 'message'\n    raise ValueError('bad')\n",
        // slices: missing bounds, steps, in every context
        "a = [1, 2, 3, 4]\nb = a[1:3]\nc = a[::2]\nd = a[:-1]\ne = a[1:]\nf = a[::-1]\ng = a[x:y:z]\na[1:2] = [9]\ndel a[:1]\na[0:1] += [5]\n",
        // f-strings: conversions, format specs (constant and nested), several parts, a single part
        "x = 3.14159\nw = 10\na = f'{x}'\nb = f'x={x!r} and {x:.2f}'\nc = f'{x!s:>{w}}|{x!a}'\nd = f'{x:{w}.{2}f}' + f'{\"q\"}'\ndef g(v):\n    return f'<{v}>' * 2\n",
        // match: values and singletons (negative and complex constants folded), an attribute value, a trailing wildcard
        "match x:\n    case 1:\n        y = 'one'\n    case -2 | 3.5 | 1+2j:\n        y = 'num'\n    case \"s\" \"t\":\n        y = 's'\n    case b'b':\n        y = 'b'\n    case None:\n        y = 'none'\n    case True:\n        y = 't'\n    case math.pi:\n        y = 'pi'\n    case _:\n        y = 'other'\n",
        // match: sequence patterns - exact length, star with and without a name, the wildcard shortcuts (subscripts from either end)
        "match p:\n    case []:\n        print('empty')\n    case [x]:\n        print(x)\n    case [x, y]:\n        print(x, y)\n    case (1, _, _):\n        pass\n    case [first, *rest]:\n        print(first, rest)\n    case [*_, last]:\n        print(last)\n    case [a, *_, b, c]:\n        print(a, b, c)\n    case [*_]:\n        pass\n    case [_, *others, _]:\n        pass\n",
        // match: mapping patterns - {}, constant and attribute keys, **rest, wildcard values
        "match d:\n    case {}:\n        pass\n    case {'a': 1, 'b': x}:\n        print(x)\n    case {'k': [a, b], **rest}:\n        print(a, b, rest)\n    case {**rest}:\n        print(rest)\n    case {C.attr: v, 2: _}:\n        pass\n",
        // match: class patterns - positional, keyword and wildcard sub-patterns, a dotted class
        "match v:\n    case int(n):\n        print(n)\n    case str() | bytes():\n        pass\n    case Point(x=0, y=0):\n        pass\n    case Point(1, y=yy):\n        print(yy)\n    case Point(_, _, z=_):\n        pass\n    case a.b.C(q, r, s=t):\n        print(q, r, t)\n",
        // match: or-patterns whose alternatives capture in different orders, alternatives inside sequences
        "match v:\n    case [x, y] | (y, x, _):\n        print(x, y)\n    case {'a': a, 'b': b} | [b, a]:\n        print(a, b)\n    case 1 | 2 | 3:\n        pass\n    case (a, b, c) | [c, a, b] | {'x': b, 'y': c, 'z': a}:\n        pass\n    case [z, (1 | 2) as w]:\n        print(z, w)\n",
        // match in functions: guards, captures stored to locals (the SWAPs become reordered stores), as-patterns
        "def f(v):\n    match v:\n        case x if x > 10:\n            return 'big'\n        case [a, b] if a == b:\n            return 'pair'\n        case n if n < 0 and n != -5:\n            return 'neg'\n        case _ if v:\n            return 'truthy'\n        case _:\n            return 'other'\n    return None\n\ndef g(cmd):\n    match cmd.split():\n        case [action]:\n            r = action\n        case [action, obj]:\n            r = action + obj\n        case ['go', ('north' | 'south') as d, *_]:\n            r = d\n        case other:\n            r = other\n    return r\n",
        // match: nested sequences, mappings and or-patterns, a guarded case, continue in a loop
        "for item in items:\n    match item:\n        case {'type': 'circle', 'r': r} if r > 0:\n            print(3.14 * r * r)\n        case ('rect', (w, h)) | ['rect', w, h]:\n            print(w * h)\n        case [('p', [x, *ys]), {'z': z}]:\n            print(x, ys, z)\n        case str(s) as whole:\n            print(s, whole)\n        case _:\n            continue\nmatch data:\n    case {'users': [{'name': str(name), 'age': int(age)}, *more]} if age > 18:\n        print(name, age, more)\n    case {'a': (1 | 2) as one, 'b': [x, y] | (x, y, _)}:\n        print(one, x, y)\n    case [(a, b) | [b, a], ([c] | c)]:\n        print(a, b, c)\n    case [a, [b, [c, [d, *e]]]]:\n        print(a, b, c, d, e)\n    case [*a, b] if b:\n        pass\n    case [x, *_, -1] | [-1, *_, x]:\n        pass\n",
        // match: a lone wildcard case, a lone capture, an as-pattern, a guarded default, several match statements
        "match x:\n    case _:\n        pass\nmatch y:\n    case z:\n        print(z)\nmatch w:\n    case [1, 2] as p:\n        print(p)\n    case q if q:\n        pass\nmatch a:\n    case 1:\n        x = 1\n    case _ if x:\n        x = 2\ny = 3\nmatch a, b:\n    case 1, 2:\n        pass\n    case x, y:\n        pass\nmatch (*a, b):\n    case ():\n        pass\nmatch [a]:\n    case []:\n        pass\n    case _ if f():\n        pass\n    case _:\n        pass\nmatch q:\n    case {'x': None, 'y': True, 'z': False}:\n        pass\n    case -1.5 | -0j | 1-2j:\n        pass\n",
        // match in loops with break and continue; an or of mappings and sequences in a function
        "def g(x):\n    while x:\n        match x:\n            case 0:\n                break\n            case [1, *r]:\n                x = r\n                continue\n            case _:\n                x = None\n    for i in x:\n        match i:\n            case (a, b) if a:\n                print(a)\n            case _:\n                pass\n    return x\ndef f(v):\n    match v:\n        case [a, b, *c] | {'a': a, 'b': b, 'c': c}:\n            return a, b, c\n        case Point(x=px, y=py) as pt if px == py:\n            return pt\n        case (1 | 2 | 3) as small:\n            return small\n        case {'k': {'n': [*_, last]}, **kw}:\n            return last, kw\n        case str() | bytes() as s:\n            return s\n        case [[a, b], [c, d]]:\n            return a + b + c + d\n        case {1: x, 1.5: y, -3: z}:\n            return x\n        case v2:\n            return v2\n",
        // a comparison tested by assert leaves its location to LOAD_ASSERTION_ERROR
        "assert x < 1, 'm'\nassert 0 < x < 2\n",
        // try/except with and without names, a bare except, else and finally together
        "try:\n    a()\nexcept ValueError as e:\n    b(e)\nexcept (KeyError, TypeError):\n    pass\nexcept:\n    c()\nelse:\n    d()\nfinally:\n    f()\ng()\n",
        // try/finally alone, try/except/else, nested try in a handler, a name deleted in its handler
        "def f(x):\n    try:\n        x += 1\n    finally:\n        print(x)\n    try:\n        y = 1 / x\n    except ZeroDivisionError:\n        y = 0\n    else:\n        y += 1\n"
            + "    try:\n        try:\n            a = 1\n        except:\n            a = 2\n    except Exception as e:\n        try:\n            del e\n        except NameError as n:\n            print(n)\n    return y\n",
        // return, break and continue leaving try/finally and try/except, a value kept across the finally
        "def f(n):\n    total = 0\n    for i in range(n):\n        try:\n            if i == 2:\n                continue\n            if i == 5:\n                break\n            total += i\n        finally:\n            total -= 1\n"
            + "    while True:\n        try:\n            return total + 1\n        except KeyError:\n            break\n        finally:\n            print('done')\n    try:\n        return -1\n    except ValueError as e:\n        return e\n",
        // return, break and continue leaving with blocks (and a finally inside a handler)
        "def g(path, items):\n    with open(path) as fh:\n        for line in fh:\n            if line:\n                return line\n            with lock:\n                continue\n    for x in items:\n        with x:\n            break\n"
            + "    try:\n        pass\n    except OSError:\n        try:\n            return 1\n        finally:\n            print('f')\n",
        // with: several items, tuple and attribute targets, no target, parenthesized items
        "with a as x, b() as (p, q), c:\n    print(x, p, q)\nwith (open('f') as f,\n      lock):\n    f.read()\nwith m as self.attr:\n    pass\n",
        // except*: named and unnamed clauses, else and finally
        "try:\n    f()\nexcept* ValueError as e:\n    print(e)\nexcept* (TypeError, KeyError):\n    raise\nelse:\n    g()\n"
            + "def h():\n    try:\n        pass\n    except* OSError:\n        pass\n    finally:\n        print(2)\n",
        // raise and re-raise in handlers, raise from, an exception escaping a finally
        "def r(x):\n    try:\n        x()\n    except ValueError as err:\n        raise RuntimeError('bad') from err\n    except TypeError:\n        raise\n    except Exception as e:\n        raise e\n    finally:\n        x = None\n"
            + "    try:\n        raise KeyError(x)\n    except KeyError:\n        pass\n",
        // constant folding of true division of big ints (correctly rounded) and of complex / and **
        "a = 10**18 / 8\nb = 1j/8\nc = (1+2j)**2\nd = 2**200 / 3\ne = (1+1j)**0.5\nf = 7 / 2**60\ng = -(10**30) / 7\nh = 1j ** -2\ni = (3+4j) / (1-2j)\nj = 2**1100 / 3**600\n",
        // closures: cells, free variables through two levels, nonlocal, a cell that is also a parameter
        "def outer(a, b=1, *args, c, d=2, **kw):\n    total = a\n    def inner(x):\n        nonlocal total\n        total += x\n"
            + "        def deeper():\n            return total + b + a\n        return deeper\n    return inner\n",
        // classes: bases and keywords, decorators, super() and the __class__ cell, private names, class-level
        // annotations and comprehensions, a method reading a name the class also binds (DEF_FREE_CLASS)
        "import abc\n@decorate(1)\nclass Point(Base, metaclass=abc.ABCMeta):\n    'doc'\n    x: int = 0\n    __slots__ = ('__x',)\n"
            + "    def __init__(self, x):\n        super().__init__()\n        self.__x = x\n    @property\n    def x(self):\n        return self.__x\n"
            + "    squares = [i * i for i in range(3)]\n    def method(self):\n        self.__n += 1\n        self.__items[0] |= {x}\n        return x\n",
        // lambdas, keyword-only and positional-only parameters with defaults, annotations
        "f = lambda a, /, b=2, *, c=3, **k: a + b + c\ndef g(a: int, /, b: 'str' = 'x', *args: int, c: float = 1.0, **kw: dict) -> None:\n    return f(a, b, *args, c=c, **kw)\n",
        // imports of every form, calls with * and **, dict unpacking, walrus, global declarations
        "import os.path as p, sys\nfrom . import x\nfrom ..a.b import (c, d as e)\nfrom m import *\n"
            + "def h(*a, **k):\n    global counter\n    counter = (n := len(a))\n    return print(*a, 1, *k, sep='', **k, end='') or {**k, 'n': n}\n",
        // comprehensions: nested loops, conditions, a walrus binding in the enclosing function
        "def comp(xs):\n    total = [y for x in xs if x for y in x if (last := y)]\n    return {k: v for k, v in xs}, {x for x in xs}, last\n",
        // jumps long enough to need EXTENDED_ARG
        "def big(x):\n" + string.Concat(Enumerable.Range(0, 90).Select(i => $"    if x == {i}:\n        x = x + {i} * x - {i}\n")) + "    return x\n",
    };

    [Theory, MemberData(nameof(Constructs))]
    public void ConstructCompilesLikeCPython(string source) => AssertCompilesLikeCPython(source);

    /// <summary>Coroutines and generators: async with, async for, await, async comprehensions, async generators, yield.</summary>
    public static TheoryData<string> AsyncConstructs => new()
    {
        "async def f(a):\n    async with a as b, c:\n        return b\n    async for x in a:\n        if x: break\n        continue\n    else:\n        pass\n",
        "async def f(a):\n    try:\n        async for x in a:\n            with x as y:\n                async with y:\n                    if y:\n                        return 1\n                    break\n"
            + "    except ValueError as e:\n        async with e:\n            pass\n    finally:\n        print('f')\n    async for z in a.b():\n        print(z)\n",
        // await, async comprehensions of every kind (nested, with ifs), an async generator
        "async def g(xs):\n    r = await xs.get()\n    a = [x async for x in xs if x]\n    b = {x: y async for x in xs for y in await x}\n"
            + "    c = {x async for x in xs async for y in x}\n    d = (x async for x in xs)\n    return [await z for z in r]\n"
            + "async def agen(n):\n    for i in range(n):\n        yield i\n        await agen(i)\n",
        // a list comprehension around an async one is awaited too (the symbol table marks it a coroutine)
        "async def run():\n    return [[i + j async for i in a] for j in [10, 20]], [{i async for i in a} for j in b]\n",
        // generators: yield, yield from, sent values, a generator expression as the only argument
        "def gen(it):\n    x = yield\n    y = yield x + 1\n    yield from it\n    return sum(i for i in it)\n",
    };

    [Theory, MemberData(nameof(AsyncConstructs))]
    public void AsyncConstructCompilesLikeCPython(string source) => AssertCompilesLikeCPython(source);

    public static TheoryData<string> CoreExamples => new(Repo.Examples("core").Select(Path.GetFileName)!);

    [Theory, MemberData(nameof(CoreExamples))]
    public void CoreExampleCompilesLikeCPython(string file) =>
        AssertCompilesLikeCPython(File.ReadAllText(Path.Combine(Repo.Root, "examples", "core", file)));

    [Theory]
    [InlineData("x = 1\nreturn x\n", "'return' outside function", 2, 1)]
    [InlineData("if x:\n    break\n", "'break' outside loop", 2, 5)]
    [InlineData("def f():\n    continue\n", "'continue' not properly in loop", 2, 5)]
    [InlineData("match x:\n    case a:\n        pass\n    case 1:\n        pass\n", "name capture 'a' makes remaining patterns unreachable", 2, 10)]
    [InlineData("match x:\n    case [1] | y:\n        pass\n    case 2:\n        pass\n", "name capture 'y' makes remaining patterns unreachable", 2, 16)]
    [InlineData("match x:\n    case _:\n        pass\n    case 1:\n        pass\n", "wildcard makes remaining patterns unreachable", 2, 10)]
    [InlineData("match x:\n    case 1 | _ | 2:\n        pass\n", "wildcard makes remaining patterns unreachable", 2, 14)]
    [InlineData("match x:\n    case [a, {\"k\": a}]:\n        pass\n", "multiple assignments to name 'a' in pattern", 2, 20)]
    [InlineData("match x:\n    case {\"a\": rest, **rest}:\n        pass\n", "multiple assignments to name 'rest' in pattern", 2, 16)]
    [InlineData("match x:\n    case [b, (b, 1) | (1, b)]:\n        pass\n", "multiple assignments to name 'b' in pattern", 2, 27)]
    [InlineData("match x:\n    case [a] | [b]:\n        pass\n", "alternative patterns bind different names", 2, 17)]
    [InlineData("match x:\n    case [a, b] | [a]:\n        pass\n", "alternative patterns bind different names", 2, 20)]
    [InlineData("match x:\n    case {\"a\": 1, \"b\": 2, \"a\": 3}:\n        pass\n", "mapping pattern checks duplicate key ('a')", 2, 10)]
    [InlineData("match x:\n    case {1: _, True: _}:\n        pass\n", "mapping pattern checks duplicate key (True)", 2, 10)]
    [InlineData("match x:\n    case {0: _, -0.0: _}:\n        pass\n", "mapping pattern checks duplicate key (-0.0)", 2, 10)]
    [InlineData("match x:\n    case C(a=1, b=2, a=3):\n        pass\n", "attribute name repeated in class pattern: a", 2, 24)]
    [InlineData("match x:\n    case C(__debug__=1):\n        pass\n", "cannot assign to __debug__", 2, 22)]
    [InlineData("match x:\n    case [__debug__]:\n        pass\n", "cannot assign to __debug__", 2, 11)]
    [InlineData("match x:\n    case [*a, 1, *_]:\n        pass\n", "multiple starred names in sequence pattern", 2, 10)]
    [InlineData("def f():\n    match x:\n        case 1:\n            pass\n        case z:\n            pass\n        case 3:\n            pass\n", "name capture 'z' makes remaining patterns unreachable", 5, 14)]
    [InlineData("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n", "default 'except:' must be last", 3, 1)]
    [InlineData("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
        "'break', 'continue' and 'return' cannot appear in an except* block", 5, 16)]
    [InlineData("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
        "'break', 'continue' and 'return' cannot appear in an except* block", 5, 9)]
    [InlineData("def f():\n    async with a:\n        pass\n", "'async with' outside async function", 2, 5)]
    [InlineData("def f():\n    async for x in y:\n        pass\n", "'async for' outside async function", 2, 5)]
    public void CompileErrorsAreCPythons(string source, string message, int line, int offset)
    {
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!["error"]!;
        var error = PythonCompiler.Compile(PythonParser.Parse(source).Tree!).Error;
        Assert.NotNull(error);
        Assert.Equal(("SyntaxError", message, line, offset),
            (error.Type, error.Msg, error.Lineno!.Value, error.Offset!.Value));
        Assert.Equal(((string)expected["msg"]!, (int)expected["lineno"]!, (int)expected["offset"]!), (error.Msg, line, offset));
    }

    /// <summary>The parser (and CPython's AST validator) reject these before the compiler sees
    /// them, so no source reaches compile.c's own checks; a tree built by hand does.</summary>
    [Fact]
    public void PatternValuesAndKeysMustBeLiteralsOrAttributes()
    {
        var tree = (Engine.Syntax.Module)PythonParser.Parse("match x:\n    case {1: _}:\n        pass\n    case 2:\n        pass\n").Tree!;
        var match = (Engine.Syntax.Match)tree.Body[0];
        var mapping = (Engine.Syntax.MatchMapping)match.Cases[0].Pattern;
        mapping.Keys[0] = new Engine.Syntax.Name("k", Engine.Syntax.ExprContext.Load) { Lineno = 2, ColOffset = 10, EndLineno = 2, EndColOffset = 11 };
        var error = PythonCompiler.Compile(tree).Error;
        Assert.Equal(("mapping pattern keys may only match literals and attribute lookups", 2, 10), (error!.Msg, error.Lineno!.Value, error.Offset!.Value));

        tree = (Engine.Syntax.Module)PythonParser.Parse("match x:\n    case 2:\n        pass\n").Tree!;
        var value = (Engine.Syntax.MatchValue)((Engine.Syntax.Match)tree.Body[0]).Cases[0].Pattern;
        value.Value = new Engine.Syntax.Name("k", Engine.Syntax.ExprContext.Load) { Lineno = 2, ColOffset = 9, EndLineno = 2, EndColOffset = 10 };
        error = PythonCompiler.Compile(tree).Error;
        Assert.Equal(("patterns may only match literals and attribute lookups", 2, 10), (error!.Msg, error.Lineno!.Value, error.Offset!.Value));
    }

    [Fact]
    public void TwentyOneNestedBlocksAreTooMany() =>
        // CO_MAXBLOCKS is 20: the 21st nested loop is the error
        CompileErrorsAreCPythons("x = 0\n" + string.Concat(Enumerable.Range(0, 21).Select(i => new string(' ', 4 * i) + "while x:\n"))
            + new string(' ', 84) + "pass\n", "too many statically nested blocks", 22, 81);

    [Fact]
    public void StackEffectsAreDisStackEffect()
    {
        // every opcode with an argument, at several arguments, jumping and not, against dis.stack_effect
        var script = "import dis, opcode, json\nrows = []\nfor name, op in opcode.opmap.items():\n" +
                     "    for arg in ((0, 1, 2, 3, 257) if op >= opcode.HAVE_ARGUMENT else (None,)):\n" +
                     "        for jump in (False, True):\n" +
                     "            rows.append([name, arg or 0, jump, dis.stack_effect(op, arg, jump=jump)])\n" +
                     "print(json.dumps(rows))\n";
        var rows = JsonNode.Parse(Oracle.RunPython(script))!.AsArray();
        Assert.True(rows.Count > 200);
        foreach (var row in rows)
        {
            var op = Enum.Parse<Opcode>((string)row![0]!);
            Assert.True((int)row[3]! == StackEffects.Of(op, (int)row[1]!, (bool)row[2]!), $"stack effect of {op} {(int)row[1]!} jump={(bool)row[2]!}");
        }
    }
}
