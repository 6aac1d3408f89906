using System.Text.Json;
using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.VM;

public class TraceShapeTests
{
    private const string Seed = "def add(a, b):\n    return a + b\n\nprint(add(1, 2))\n";

    [Fact]
    public void SeedProgramShowsTheStackOfAdd()
    {
        var r = VmRunner.Run(Seed, new ExecutionOptions { Trace = true });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("3\n", r.Stdout);
        var add = r.Trace!.Where(s => s.Code == "add").ToList();
        Assert.Equal(["RESUME", "LOAD_FAST", "LOAD_FAST", "BINARY_OP", "RETURN_VALUE"], add.Select(s => s.Opname));
        Assert.Equal(["1"], add[1].Stack);
        Assert.Equal(["1", "2"], add[2].Stack);
        Assert.Equal(["3"], add[3].Stack);
        Assert.Equal("+", add[3].Argrepr);
        Assert.Equal("a", add[1].Argrepr);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" }, add[3].Locals);
        Assert.Empty(add[4].Stack);
        // The module's CALL step shows the result pushed, and the callee's steps come between.
        var call = r.Trace!.First(s => s.Code == "<module>" && s.Opname == "CALL");
        Assert.Equal(["NULL", "<built-in function print>", "3"], call.Stack);
        Assert.Equal(new Dictionary<string, string> { ["add"] = "<function add at 0x?>" }, call.Locals);
        Assert.Equal(r.Steps, r.Trace!.Count);
    }

    [Fact]
    public void ModuleLocalsAreGlobalsWithoutDunders()
    {
        var r = VmRunner.Run("x = 1\n__secret__ = 2\ny = [x] * 3\n", new ExecutionOptions { Trace = true });
        var last = r.Trace![^1];
        Assert.Equal(new Dictionary<string, string> { ["x"] = "1", ["y"] = "[1, 1, 1]" }, last.Locals);
    }

    [Fact]
    public void LongReprsAreCutAt200Characters()
    {
        var r = VmRunner.Run("x = list(range(1000))\n", new ExecutionOptions { Trace = true });
        var repr = r.Trace![^1].Locals!["x"];
        Assert.Equal(200, repr.Length);
        Assert.EndsWith("...", repr);
        Assert.StartsWith("[0, 1, 2, 3", repr);
    }

    [Fact]
    public void TraceIsCappedAndSaysSo()
    {
        var r = VmRunner.Run("for i in range(100):\n    pass\nprint('done')\n", new ExecutionOptions { Trace = true, MaxTraceSteps = 10 });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        Assert.Equal("done\n", r.Stdout);
        Assert.Equal(10, r.Trace!.Count);
        Assert.True(r.TraceTruncated);
        Assert.True(r.Steps > 100);
    }

    [Fact]
    public void ExtendedArgIsOneStepReportedAtItsOwnOffset()
    {
        var source = string.Concat(Enumerable.Range(0, 258).Select(i => $"v{i} = {i}\n"));
        var r = VmRunner.Run(source, new ExecutionOptions { Trace = true, MaxTraceSteps = 10_000 });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        var extended = r.Trace!.Where(s => s.Opname == "EXTENDED_ARG").ToList();
        Assert.Equal(5, extended.Count);
        Assert.Equal("257", extended[^2].Locals!["v257"]);
    }

    public static TheoryData<string> StackPrograms => new()
    {
        Seed,
        "total = 0\nfor i in range(4):\n    if i % 2 and i > 0 or i == 2:\n        total += i\nprint(total)\n",
        "def f(x, *rest, k=1, **kw):\n    return [x, rest, k, kw]\n\nprint(f(1, 2, k=3, z=4), f(*[1], **{'k': 2}))\n",
        "d = {str(i): i for i in range(3)}\ns = {1, 2}\nt = (1, *[2, 3])\nprint(d, s, t, d.get('1'), 'a' in d)\n",
        "def f():\n    try:\n        raise ValueError('x')\n    except ValueError as e:\n        return str(e)\n    finally:\n        pass\n\nprint(f())\n",
        "def mk():\n    a = 1\n    def g():\n        return a + 1\n    return g\n\nprint(mk()(), [y for y in 'ab'], f'{1:>3}{2!r}')\n",
        "a = [1, 2, 3]\na[1:2] = [7, 8]\nb, *c = a\nx = a[0] if a else None\nprint(a, b, c, x, a[::-1], -a[0], not a)\n",
    };

    /// <summary>Every step's stack depth stays within co_stacksize, and each change (from the same
    /// frame's previous step) equals dis.stack_effect of the instruction (jump taken or not).</summary>
    [Theory]
    [MemberData(nameof(StackPrograms))]
    public void StackDepthFollowsStackEffects(string source)
    {
        var code = CodeJsonReader.Compile(source);
        var stackSizes = new Dictionary<string, int>();
        var codes = new Dictionary<string, Engine.Bytecode.CodeObject>();
        void Walk(Engine.Bytecode.CodeObject co)
        {
            stackSizes[co.QualName] = co.StackSize;
            codes[co.QualName] = co;
            foreach (var c in co.Consts) if (c is Engine.Bytecode.CodeConstant cc) Walk(cc.Code);
        }
        Walk(code);
        var r = VirtualMachine.Execute(code, new ExecutionOptions { Trace = true });
        Assert.Equal(ExecutionStatus.Ok, r.Status);
        var effects = StackEffects(r.Trace!.Select(s => (s.Opname, s.Arg)).Distinct().ToList());
        var depthBefore = new Dictionary<string, int>();
        var deferred = new Dictionary<string, int>();
        foreach (var step in r.Trace!)
        {
            var before = step.Offset == 0 ? 0 : depthBefore[step.Code];
            var after = step.Stack.Count;
            Assert.True(after <= stackSizes[step.Code], $"{step.Code}@{step.Offset} {step.Opname}: depth {after} > stacksize {stackSizes[step.Code]}");
            var (jump, noJump) = effects[(step.Opname, step.Arg)];
            // dis books a call's pops on PRECALL (-n) and the rest on CALL (-1); at run time PRECALL
            // leaves the stack as it is and CALL does the whole change, so PRECALL's share moves to CALL.
            if (step.Opname == "PRECALL")
            {
                deferred[step.Code] = jump;
                jump = noJump = 0;
            }
            else if (step.Opname == "CALL")
            {
                jump += deferred[step.Code];
                noJump = jump;
            }
            // An instruction that raises has no "after" of its own: the handler's stack follows.
            if (step.Opname is "RAISE_VARARGS" or "RERAISE") { depthBefore[step.Code] = after; continue; }
            Assert.True(after - before == jump || after - before == noJump,
                $"{step.Code}@{step.Offset} {step.Opname} {step.Arg}: stack changed by {after - before}, stack_effect is {jump}/{noJump}");
            depthBefore[step.Code] = after;
        }
    }

    /// <summary>dis.stack_effect(op, arg, jump=True/False) for each (opname, arg), asked of CPython once.</summary>
    private static Dictionary<(string, int?), (int Jump, int NoJump)> StackEffects(List<(string Opname, int? Arg)> ops)
    {
        var answer = JsonSerializer.Deserialize<int[][]>(Oracle.RunPython(
            JsonSerializer.Serialize(ops.Select(o => new object?[] { o.Opname, o.Arg })),
            "-c", "import dis, json, sys\nops = json.load(sys.stdin)\nprint(json.dumps([[dis.stack_effect(dis.opmap[n], a, jump=True), dis.stack_effect(dis.opmap[n], a, jump=False)] for n, a in ops]))"))!;
        return ops.Select((o, i) => (o, answer[i])).ToDictionary(x => x.o, x => (x.Item2[0], x.Item2[1]));
    }
}
