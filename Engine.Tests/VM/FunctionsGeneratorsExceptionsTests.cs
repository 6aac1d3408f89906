using Engine.Pipeline;
using Engine.Tests.Support;
using Engine.VM;
using System.Text.Json.Nodes;

namespace Engine.Tests.VM;

/// <summary>
/// Function and code object attributes, generator throw/close and yield from delegation,
/// coroutines and async generators under a hand-written loop, the builtin exception hierarchy
/// with its C fields, exception groups, except* and their printed tracebacks, against CPython.
/// </summary>
public class FunctionsGeneratorsExceptionsTests
{
    public static TheoryData<string> Programs => new()
    {
        // function attributes: __dict__, settable names, __doc__, __defaults__, __kwdefaults__, __annotations__, __code__, __get__
        "def f(a, b=2, *c, d=4, **e):\n    'doc'\n    x = a\n    return x\n\nf.calls = 3\nf.__name__ = 'g'\nprint(f.calls, f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__, vars(f))\n"
            + "c = f.__code__\nprint(c.co_name, c.co_argcount, c.co_kwonlyargcount, c.co_varnames, c.co_nlocals, c.co_firstlineno)\n"
            + "def h(x: int, *, y: 'str' = '') -> list: pass\nprint(h.__annotations__, h.__defaults__, h.__closure__)\n"
            + "class A:\n    def m(self):\n        return self\na = A()\nb = A.__dict__['m'].__get__(a, A)\nprint(b() is a, b.__self__ is a, b.__func__ is A.m)\ndel f.calls\nprint(f.__dict__)\n",
        // bound methods forward unknown attributes to their function (method_getattro)
        "class A:\n    def m(self):\n        'doc'\n        return 1\nA.m.tag = 't'\na = A()\nprint(a.m.__doc__, a.m.tag, a.m.__name__, a.m.__code__.co_name)\ntry:\n    a.m.other = 1\nexcept AttributeError as e:\n    print(e)\na.m.nothing\n",
        // closures: __closure__ cells and cell_contents
        "def outer():\n    n = 1\n    def inner():\n        return n\n    n = 2\n    return inner\ni = outer()\nprint(i.__code__.co_freevars, i.__closure__[0].cell_contents, i())\n",
        // generator throw (instance, class, class+value), close, GeneratorExit, ignored GeneratorExit
        "def g():\n    while True:\n        try:\n            x = yield\n        except ValueError as e:\n            print('caught', repr(e))\n        except GeneratorExit:\n            print('exit')\n            raise\n\nit = g()\nnext(it)\nit.throw(ValueError('a'))\nit.throw(ValueError)\nit.throw(ValueError, ValueError('c'))\nit.close()\nit.close()\nprint(it.gi_frame, it.gi_running)\n"
            + "def stubborn():\n    while True:\n        try:\n            yield 1\n        except GeneratorExit:\n            pass\ns = stubborn()\nnext(s)\ntry:\n    s.close()\nexcept RuntimeError as e:\n    print(e)\n",
        // yield from delegates throw and close; the delegate's return value resumes the outer generator
        "def inner():\n    try:\n        yield 1\n    except KeyError:\n        return 'handled'\n    finally:\n        print('inner done')\n\ndef outer():\n    r = yield from inner()\n    print('got', r)\n    yield 2\n\ng = outer()\nprint(next(g), g.throw(KeyError('k')))\nh = outer()\nnext(h)\nh.close()\nprint(h.gi_yieldfrom)\n",
        // PEP 479 and the StopIteration value of a return
        "def r():\n    yield 1\n    return 'done'\ng = r()\nnext(g)\ntry:\n    next(g)\nexcept StopIteration as e:\n    print(e.value, e.args)\ndef bad():\n    yield 1\n    next(iter([]))\nprint(list(bad()))\n",
        // coroutines and async generators driven by send(None)
        "class F:\n    def __await__(self):\n        v = yield 'wait'\n        return v\n\nasync def agen(n):\n    for i in range(n):\n        await F()\n        yield i\n\nasync def main():\n    total = 0\n    async for x in agen(3):\n        total += x\n    return total + await F()\n\nc = main()\nprint(c.send(None), c.send(None), c.send(None), c.send(None))\ntry:\n    c.send(5)\nexcept StopIteration as e:\n    print('result', e.value, type(c).__name__)\n",
        // exception hierarchy and fields
        "e = OSError(2, 'No such file or directory', 'a.txt')\nprint(type(e).__name__, e.errno, e.strerror, e.filename, e.args, str(e))\nprint(str(OSError(13, 'denied')), OSError('x').errno, issubclass(ConnectionResetError, ConnectionError))\n"
            + "print(SystemExit(4).code, SystemExit().code, StopIteration(1).value, KeyError('k'), str(KeyError('k')))\nprint([c.__name__ for c in ExceptionGroup.__mro__], issubclass(DeprecationWarning, Warning), IOError is OSError)\n"
            + "x = ValueError('v')\nx.extra = 1\nprint(x.extra, x.__dict__)\nimport sys\ntry:\n    sys.exit('bye')\nexcept SystemExit as s:\n    print(s.code)\n",
        // exception groups: split, subgroup, derive, message, exceptions, str and repr
        "eg = ExceptionGroup('top', [ValueError(1), TypeError(2), ExceptionGroup('sub', [ValueError(3), KeyError(4)])])\nm, r = eg.split(ValueError)\nprint(repr(m), repr(r))\nprint(eg.subgroup(lambda e: isinstance(e, KeyError)), eg.message, len(eg.exceptions), str(eg))\n"
            + "print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)\nfor bad in [('m', []), ('m', [1]), (1, [ValueError()])]:\n    try:\n        ExceptionGroup(*bad)\n    except (TypeError, ValueError) as e:\n        print(type(e).__name__, e)\n",
        // except*: matching, wrapping a naked exception, re-raising what is left
        "def f():\n    try:\n        raise ExceptionGroup('eg', [ValueError('a'), TypeError('b'), ValueError('c')])\n    except* ValueError as e:\n        print('values', repr(e))\n    except* OSError:\n        print('never')\ntry:\n    f()\nexcept ExceptionGroup as rest:\n    print('rest', repr(rest))\ntry:\n    raise KeyError('k')\nexcept* KeyError as e:\n    print(repr(e))\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: false));

    [Theory]
    [MemberData(nameof(Programs))]
    public void TraceMatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: true));

    public static TheoryData<string, string> Uncaught => new()
    {
        { "group", "def work(i):\n    raise ValueError(f'item {i}')\nerrors = []\nfor i in range(2):\n    try:\n        work(i)\n    except ValueError as e:\n        errors.append(e)\nraise ExceptionGroup('batch', errors + [ExceptionGroup('inner', [TypeError('t')])])\n" },
        { "star_mixed", "try:\n    raise ExceptionGroup('eg', [ValueError('a'), KeyError('b')])\nexcept* ValueError:\n    raise RuntimeError('while handling')\n" },
        { "group_notes", "e = ExceptionGroup('notes', [ValueError('x')])\ne.add_note('a note')\nraise e\n" },
        { "group_wide", "raise ExceptionGroup('wide', [ValueError(i) for i in range(17)])\n" },
        { "gen_stop", "def g():\n    yield next(iter([]))\nlist(g())\n" },
        { "throw_tb", "def g():\n    yield 1\nit = g()\nnext(it)\nit.throw(TypeError('boom'))\n" },
        { "oserror", "raise FileNotFoundError(2, 'No such file or directory', 'x.txt')\n" },
    };

    [Theory]
    [MemberData(nameof(Uncaught))]
    public void FormattedMatchesCPython(string name, string source)
    {
        var expected = JsonNode.Parse(Oracle.Run("execute", source, "--formatted"))!["exception"]!["formatted"]!.GetValue<string>();
        var answer = PythonPipeline.Execute(source, "<string>", new ExecutionOptions());
        Assert.True(answer.Exception is not null, name);
        Assert.Equal(expected, answer.Exception!.Formatted);
    }
}
