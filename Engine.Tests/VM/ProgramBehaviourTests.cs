using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.VM;

public class ProgramBehaviourTests
{
    [Fact]
    public void InputReadsStdinLineByLineThenRaisesEOFError()
    {
        var r = VmRunner.Run("a = input('name? ')\nb = int(input())\nprint(a, b * 2)\ninput()\n", new ExecutionOptions { Stdin = "Ada\r\n21\n" });
        Assert.Equal("name? Ada 42\n", r.Stdout);
        Assert.Equal("EOFError", r.Exception!.Type);
        Assert.Equal("EOF when reading a line", r.Exception.Message);
        Assert.Equal([new TracebackFrame("<module>", 4)], r.Exception.Traceback);
    }

    [Fact]
    public void UnsupportedOpcodeEndsTheRunWithAClearError()
    {
        var r = VmRunner.Run("print('before')\nwith open_thing() as f:\n    pass\n");
        Assert.Equal(ExecutionStatus.Error, r.Status);
        Assert.Equal("before\n", r.Stdout);
        Assert.Equal("NameError", r.Exception!.Type);
        // Coroutines run now: RETURN_GENERATOR makes a coroutine that send(None) drives.
        var w = VmRunner.Run("print('before')\nasync def f():\n    return 1\n\ntry:\n    f().send(None)\nexcept StopIteration as e:\n    print(e.value)\n");
        Assert.Equal(ExecutionStatus.Ok, w.Status);
        Assert.Equal("before\n1\n", w.Stdout);
    }

    [Fact]
    public void GeneratorsRunInsideTheLoop()
    {
        var r = VmRunner.Run("def gen(n):\n    for i in range(n):\n        yield i * i\n    return 'end'\n\ndef outer():\n    r = yield from gen(3)\n    yield r\n\nprint(list(outer()), sum(x for x in range(5)))\n");
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("[0, 1, 4, 'end'] 10\n", r.Stdout);
    }

    [Fact]
    public void SandboxHasNoWayOut()
    {
        // The builtins that would reach outside exist (as 3.11's do) but stay inside: open has no
        // files, and __import__ and exec'd code reach only the sandbox's own modules.
        var opened = VmRunner.Run("open('/etc/passwd')\n");
        Assert.Equal(ExecutionStatus.Error, opened.Status);
        Assert.Contains("no files", opened.Exception!.Message);
        foreach (var program in new[] { "__import__('os')\n", "exec('import os')\n", "eval(compile('__import__(\"subprocess\")', '<string>', 'eval'))\n" })
        {
            var r = VmRunner.Run(program);
            Assert.Equal("ModuleNotFoundError", r.Exception!.Type);
        }
        var imported = VmRunner.Run("import os\n");
        Assert.Equal(ExecutionStatus.Error, imported.Status);
        Assert.Equal("ModuleNotFoundError", imported.Exception!.Type);
    }

    [Fact]
    public void MissingArgumentIsReportedAtTheCallSite()
    {
        var r = VmRunner.Run("def f(a, b, c):\n    return a\n\ndef g():\n    return f(1)\n\ng()\n");
        Assert.Equal("TypeError", r.Exception!.Type);
        Assert.Equal("f() missing 2 required positional arguments: 'b' and 'c'", r.Exception.Message);
        Assert.Equal([new TracebackFrame("<module>", 7), new TracebackFrame("g", 5)], r.Exception.Traceback);
    }

    [Fact]
    public void BuiltinsCallingBackIntoPython()
    {
        var r = VmRunner.Run("print(sorted(['ccc', 'a', 'bb'], key=lambda s: len(s)), max([1, 5, 3], key=lambda v: -v), list(map(str, [1, 2])))\n");
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("['a', 'bb', 'ccc'] 1 ['1', '2']\n", r.Stdout);
    }
}
