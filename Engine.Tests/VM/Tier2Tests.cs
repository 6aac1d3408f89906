using Engine.Pipeline;
using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.VM;

/// <summary>
/// The second tier (code compiled to IL once hot) answers as the interpreter does: the same
/// status, output, exception, traceback and step count on every example program, compiled from
/// the first entry (threshold 0) so that everything compiled code can run, it runs. The
/// interpreter's answers are the ones checked against CPython elsewhere.
/// These tests run alone: compiling every code object at once allocates much, and in a shared
/// process a run's memory budget reads the whole heap (MemoryIsolation.SharedProcess), so beside
/// them another test's run could be stopped for memory that is not its own, and theirs for ours
/// (their runs have room: the memory limit is not what they compare).
/// </summary>
[CollectionDefinition(nameof(Tier2Tests), DisableParallelization = true)]
public class Tier2TestsRunAlone;

[Collection(nameof(Tier2Tests))]
public class Tier2Tests
{
    private static readonly ExecutionOptions Interpreted = new()
    {
        Tier2Threshold = -1, MaxSteps = 20_000_000, Timeout = TimeSpan.FromMinutes(2), MaxOutputChars = 1 << 22, Stdin = "line one\nline two\n",
        MaxMemoryBytes = 4L << 30,
    };

    private static ExecutionOptions Compiled(ExecutionOptions options) => options with { Tier2Threshold = 0 };

    public static TheoryData<string> ExamplePrograms()
    {
        var data = new TheoryData<string>();
        foreach (var corpus in new[] { "programs", "core" })
            foreach (var f in Repo.Examples(corpus)) data.Add(Path.GetRelativePath(Repo.Root, f));
        return data;
    }

    /// <summary>The run's answer as text, the run on a thread of its own as in the service.</summary>
    private static string Answer(string source, ExecutionOptions options)
    {
        var code = CompileCache.Compile(source, "<string>").Code!;
        var r = LargeStack.Run(() => VirtualMachine.Execute(code, options, source: source));
        var e = r.Exception;
        return $"status={r.StatusName}\nsteps={r.Steps}\nlimit={r.Limit?.Name}\nstdout={r.Stdout}\n" +
            (e is null ? "" : $"exception={e.Type}: {e.Message}\n{string.Join("\n", e.Traceback.Select(t => $"{t.Name}:{t.Line}"))}\n{e.Formatted}");
    }

    /// <summary>Runs <paramref name="source"/> in the loop alone, then with everything compiled at
    /// once: the loop's answer must show <paramref name="expected"/> (the case the test is about),
    /// and the compiled answer must be the loop's.</summary>
    private static void CompiledAnswersAsInterpreted(string source, string expected, ExecutionOptions? options = null)
    {
        options ??= Interpreted;
        var interpreted = Answer(source, options);
        Assert.Contains(expected, interpreted);
        Assert.Equal(interpreted, Answer(source, Compiled(options)));
    }

    [Theory]
    [MemberData(nameof(ExamplePrograms))]
    public void CompiledCodeAnswersAsTheInterpreter(string path)
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, path));
        Assert.Equal(Answer(source, Interpreted), Answer(source, Compiled(Interpreted)));
    }

    private const string Loops = """
        def work(n):
            total = 0
            for i in range(n):
                if i % 3 == 0:
                    total += i * 2
                else:
                    total -= 1
            return total

        acc = []
        k = 0
        while k < 40:
            acc.append(work(k))
            k += 1
        print(sum(acc), len(acc))
        """;

    /// <summary>A step limit strikes at the very step, whether the block it falls in was compiled or not.</summary>
    [Fact]
    public void StepLimitsStrikeAtTheSameStep()
    {
        foreach (var limit in new long[] { 1, 5, 17, 100, 1023, 1024, 1025, 4000, 4321, 9999 })
        {
            var options = Interpreted with { MaxSteps = limit };
            CompiledAnswersAsInterpreted(Loops, "status=step_limit_exceeded", options);
        }
    }

    /// <summary>Exceptions raised inside compiled code: caught in the same frame, in a caller, or
    /// not at all; tracebacks, handlers' stacks (a for loop's iterator under a try) and the steps
    /// given back for the instructions of the block that never started.</summary>
    [Fact]
    public void ExceptionsLeaveCompiledCodeWhereTheInterpreterWouldRaiseThem()
    {
        const string source = """
            def risky(xs, d):
                out = []
                for x in xs:
                    try:
                        out.append(x // d[x % 3])
                    except ZeroDivisionError:
                        out.append(None)
                    except KeyError as e:
                        out.append(repr(e))
                return out

            def caller():
                total = 0
                for i in range(50):
                    try:
                        total += len(risky(range(i), {0: 1, 1: 0}))
                    except TypeError:
                        total -= 1
                return total

            print(caller())
            print(risky(range(7), {0: 2, 1: 0, 2: 5}))
            def unbound(flag):
                if flag:
                    v = 1
                return v
            for f in (True, True, False):
                try:
                    print(unbound(f))
                except UnboundLocalError as e:
                    print(e)
            print(undefined_name)
            """;
        CompiledAnswersAsInterpreted(source, "exception=NameError");
    }

    /// <summary>Generators resumed by next(), send(), throw(), close() and the builtins that iterate
    /// (compiled code runs them, yielding from itself), by for loops (the loop resumes them), with
    /// returns, exceptions through them and out of them (PEP 479), and yield from.</summary>
    [Fact]
    public void GeneratorsAnswerAsInTheInterpreter()
    {
        const string source = """
            def count(n):
                i = 0
                while i < n:
                    got = yield i
                    if got is not None:
                        i += got
                    i += 1
                return 'done ' + str(i)

            def pipeline(n):
                for x in count(n):
                    if x % 3:
                        yield x * 2

            def relay(n):
                result = yield from count(n)
                yield result

            def failing(n):
                for i in range(n):
                    yield 10 // (3 - i)

            def leaky():
                yield next(iter([]))

            print(sum(pipeline(200)), list(relay(5)), max(x for x in range(50) if x % 7 == 1))
            g = count(100)
            print(next(g), g.send(10), g.send(None), next(g))
            try:
                g.throw(KeyError('k'))
            except KeyError as e:
                print('thrown', e)
            g2 = count(3)
            print(list(g2), next(g2, 'exhausted'))
            try:
                print(list(failing(5)))
            except ZeroDivisionError as e:
                print('zero', e)
            c = count(10)
            next(c)
            c.close()
            print(list(c))
            try:
                list(leaky())
            except RuntimeError as e:
                print(type(e).__name__, e, type(e.__cause__).__name__)
            print([v for v in pipeline(30)], sorted((x * x for x in range(20)), reverse=True)[:3])
            """;
        CompiledAnswersAsInterpreted(source, "RuntimeError generator raised StopIteration");
    }

    /// <summary>Calls from compiled code: keywords, methods, builtins taking functions, Python
    /// callees the interpreter runs, recursion to the limit.</summary>
    [Fact]
    public void CallsFromCompiledCodeAnswerAsTheInterpreter()
    {
        const string source = """
            class P:
                def __init__(self, x, *, scale=1):
                    self.x = x * scale
                def get(self, plus=0):
                    return self.x + plus

            def build(n):
                ps = [P(i, scale=2) for i in range(n)]
                return sum(p.get(plus=1) for p in ps), sorted(ps, key=lambda p: -p.x)[0].x, max(p.get() for p in ps)

            def fib(n):
                return n if n < 2 else fib(n - 1) + fib(n - 2)

            def down(n):
                return down(n + 1)

            print(build(30), fib(18))
            down(0)
            """;
        CompiledAnswersAsInterpreted(source, "RecursionError");
    }

    /// <summary>A returned call's frame serves the function's next call: each call must find its
    /// locals unbound, its cells new, and nothing of the call before (locals, stack, a closure's
    /// cell, an exception caught inside), however the calls nest.</summary>
    [Fact]
    public void CallsOnReusedFramesStartAfresh()
    {
        const string source = """
            def maybe(flag, n):
                if flag:
                    y = n
                try:
                    return y
                except UnboundLocalError as e:
                    return 'unbound'

            def counter(start):
                count = start
                def bump():
                    nonlocal count
                    count += 1
                    return count
                return bump

            def tree(n):
                if n < 2:
                    return [n]
                left = tree(n - 1)
                right = tree(n - 2)
                return left + right

            def catches(n):
                try:
                    if n % 3 == 0:
                        raise ValueError(n)
                    return n
                except ValueError as e:
                    return -e.args[0]

            def gen(n):
                for i in range(n):
                    yield i * i

            results = []
            for i in range(200):
                results.append(maybe(i % 2 == 0, i))
            bumps = [counter(i) for i in range(5)]
            print(results[:6], [b() for b in bumps], [b() for b in bumps])
            print(len(tree(12)), sum(tree(12)), [catches(i) for i in range(8)])
            print([list(gen(k)) for k in range(4)], sum(sum(gen(k)) for k in range(50)))
            saved = []
            def keep(n):
                try:
                    raise KeyError(n)
                except KeyError as e:
                    saved.append(e)
                return n
            print([keep(i) for i in range(4)], [e.args for e in saved])
            """;
        CompiledAnswersAsInterpreted(source, "'unbound'");
    }

    /// <summary>A frame an exception unwound is kept for its function's next call too (in the loop and
    /// in compiled code): that call must find its locals unbound, not the raising call's.</summary>
    [Fact]
    public void FramesUnwoundByAnExceptionStartAfresh()
    {
        const string source = """
            def risky(flag, n):
                if flag:
                    z = n
                    raise ValueError(n)
                try:
                    return z
                except UnboundLocalError:
                    return 'unbound after raise'

            out = []
            for i in range(300):
                try:
                    out.append(risky(i % 2 == 0, i))
                except ValueError as e:
                    out.append(e.args[0])
            print(out[:4], out[-2:], out.count('unbound after raise'))
            """;
        CompiledAnswersAsInterpreted(source, "'unbound after raise'");
    }

    /// <summary>A traced run never compiles code while its tracer lives; once the emulated tracer
    /// died (of a RecursionError, as CPython's does), compiled code may run, and the frames it
    /// returns from still have steps the recorder settles from their locals: those frames must not
    /// be reused. The trace is the interpreter's, step for step.</summary>
    [Fact]
    public void TracesWhoseTracerDiedAreTheInterpretersStepForStep()
    {
        const string source = """
            import sys
            def depth(n=0):
                try:
                    return depth(n + 1)
                except RecursionError:
                    return n
            print('below the limit:', depth() < sys.getrecursionlimit())
            def fact(n):
                return 1 if n < 2 else n * fact(n - 1)
            print([fact(k) for k in range(80)][-1] > 0)
            """;
        string Trace(int threshold)
        {
            var code = CompileCache.Compile(source, "<string>").Code!;
            var options = Interpreted with { Trace = true, MaxTraceSteps = 1_000_000, Tier2Threshold = threshold };
            var r = LargeStack.Run(() => VirtualMachine.Execute(code, options, source: source));
            return $"{r.StatusName} {r.Steps} {r.Stdout}\n" + string.Join("\n", r.Trace!.Select(s =>
                $"{s.Code} {s.Offset} {s.Opname} [{string.Join(", ", s.Stack)}] {{{(s.Locals is null ? "-" : string.Join(", ", s.Locals))}}}"));
        }
        var interpreted = Trace(-1);
        Assert.Contains("depth 28 CALL", interpreted);
        Assert.Equal(interpreted, Trace(0));
        Assert.Equal(interpreted, Trace(64));
    }

    /// <summary>LOAD_METHOD finds an instance attribute that shadows the method (an instance dict
    /// answers "certainly not a key" from bits of its keys' hashes, and must never be wrong).</summary>
    [Fact]
    public void MethodsShadowedByInstanceAttributesAreFound()
    {
        const string source = """
            class C:
                def m(self):
                    return 'method'
                def other(self):
                    return 'other'

            def call_all(objs):
                return [o.m() for o in objs]

            cs = [C() for _ in range(70)]
            for i, c in enumerate(cs):
                for k in range(i % 9):
                    setattr(c, 'a%d' % k, k)
            cs[50].m = lambda: 'instance'
            cs[60].__dict__['m'] = lambda: 'dict'
            print(call_all(cs)[48:62], cs[3].other())
            del cs[50].m
            print(call_all(cs)[50])
            """;
        const string python = "['method', 'method', 'instance', 'method', 'method', 'method', 'method', 'method', 'method', 'method', 'method', 'method', 'dict', 'method'] other\nmethod\n";
        Assert.Contains("stdout=" + python, Answer(source, Interpreted));
        Assert.Contains("stdout=" + python, Answer(source, Compiled(Interpreted)));
    }
}

/// <summary>Every code object of the example programs and benchmark kernels compiles to IL: a
/// code object the second tier refused would run in the interpreter, the answers unchanged, so only
/// this tells that it no longer compiles.</summary>
[Collection(nameof(Tier2Tests))]
public class Tier2CoverageTests
{
    [Fact]
    public void EveryExampleCodeObjectCompiles()
    {
        var refused = new List<string>();
        var files = Repo.Examples("programs").Concat(Repo.Examples("core"))
            .Concat(Directory.GetFiles(Path.Combine(Repo.Root, "Benchmarks", "kernels"), "*.py"));
        var count = 0;
        foreach (var file in files)
        {
            var compiled = Engine.Pipeline.CompileCache.Compile(File.ReadAllText(file), "<string>");
            if (compiled.Code is null) continue;
            foreach (var code in Walk(compiled.Code))
            {
                count++;
                if (Engine.VM.Tier2.Tier2Compiler.For(code) is null) refused.Add($"{Path.GetFileName(file)}: {code.QualName}");
            }
        }
        Assert.True(count > 1000, $"only {count} code objects");
        Assert.Empty(refused);
    }

    /// <summary>Bytecode that reads below its stack (as a hand-made .pyc may) is not compiled: the
    /// interpreter runs it and raises as it reads, rather than compiled code reading memory it should not.</summary>
    [Theory]
    [InlineData("BUILD_TUPLE", 3)]
    [InlineData("COPY", 4)]
    [InlineData("SWAP", 5)]
    public void BytecodeReadingBelowItsStackIsNotCompiled(string opname, int arg)
    {
        const string source = "a = 1\nb = 2\nt = (a, b)\nprint(t)\n";
        var code = Engine.Compiler.PythonCompiler.Compile(Engine.Parser.PythonParser.Parse(source, "<string>").Tree!, "<string>").Code!;
        var at = Array.FindIndex(code.Code, b => b == (byte)Engine.Bytecode.Opcode.BUILD_TUPLE);
        Assert.True(at >= 0 && at % 2 == 0);
        code.Code[at] = (byte)Enum.Parse<Engine.Bytecode.Opcode>(opname);
        code.Code[at + 1] = (byte)arg;
        Assert.Null(Engine.VM.Tier2.Tier2Compiler.For(code));
        var options = new Engine.VM.ExecutionOptions { Tier2Threshold = 0, MaxMemoryBytes = 4L << 30 };
        var result = Engine.Pipeline.LargeStack.Run(() => Engine.VM.VirtualMachine.Execute(code, options));
        Assert.Equal(Engine.VM.ExecutionStatus.Error, result.Status);
        Assert.Equal("SystemError", result.Exception!.Type);
    }

    private static IEnumerable<Engine.Bytecode.CodeObject> Walk(Engine.Bytecode.CodeObject code)
    {
        yield return code;
        foreach (var c in code.Consts)
            if (c is Engine.Bytecode.CodeConstant nested)
                foreach (var inner in Walk(nested.Code)) yield return inner;
    }
}
