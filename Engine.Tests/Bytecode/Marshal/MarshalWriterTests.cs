using System.Numerics;
using System.Text.Json;
using Engine.Bytecode;
using Engine.Bytecode.Marshal;
using Engine.Syntax;
using Engine.Tests.Support;
using Engine.Tests.VM;

namespace Engine.Tests.Bytecode.Marshal;

/// <summary>The marshal writer against CPython's marshal module.</summary>
public class MarshalWriterTests
{
    /// <summary>Constants and the Python expression CPython evaluates to the same value (as a
    /// code object's constant: strings of name characters interned, as compile() interns them).</summary>
    public static readonly (PyConstant Value, string Python)[] Scalars =
    [
        (NoneConstant.Instance, "None"), (BoolConstant.True, "True"), (BoolConstant.False, "False"),
        (EllipsisConstant.Instance, "..."),
        (Int(0), "0"), (Int(1), "1"), (Int(-1), "-1"), (Int(300), "300"), (Int(int.MaxValue), "2**31-1"),
        (Int(int.MinValue), "-2**31"), (Int(1L << 31), "2**31"), (Int(-(1L << 31) - 1), "-2**31-1"),
        (Int(1L << 62), "2**62"), (new IntConstant(BigInteger.Pow(10, 30)), "10**30"),
        (new IntConstant(-BigInteger.Pow(7, 80)), "-7**80"), (new IntConstant(BigInteger.Pow(2, 45)), "2**45"),
        (new IntConstant((BigInteger.One << 60) - 1), "2**60-1"),
        (new FloatConstant(1.5), "1.5"), (new FloatConstant(-0.0), "-0.0"), (new FloatConstant(1e300), "1e300"),
        (new FloatConstant(double.PositiveInfinity), "1e999"), (new FloatConstant(0.1), "0.1"),
        (new ComplexConstant(0, 1), "1j"), (new ComplexConstant(1.5, -2), "complex(1.5, -2)"),
        (new StrConstant(""), "''"), (new StrConstant("a"), "'a'"), (new StrConstant("abc_1"), "'abc_1'"),
        (new StrConstant("a b"), "'a b'"), (new StrConstant(new string('x', 300)), "'x' * 300"),
        (new StrConstant(new string('y', 255) + " "), "'y' * 255 + ' '"), (new StrConstant("héllo"), "'héllo'"),
        (new StrConstant("€ sign"), "'€ sign'"), (new StrConstant("😀!"), "'😀!'"), (new StrConstant("\udc80x"), "'\\udc80x'"),
        (new StrConstant("tab\there"), "'tab\\there'"),
        (new BytesConstant([]), "b''"), (new BytesConstant("abc"u8.ToArray()), "b'abc'"), (new BytesConstant([0, 255, 10]), "b'\\x00\\xff\\n'"),
    ];

    private static IntConstant Int(long v) => new(v);

    private const string DumpsScript = """
        import json, marshal, sys
        print(json.dumps([marshal.dumps(eval(compile(e, '<c>', 'eval'))).hex() for e in json.load(sys.stdin)]))
        """;

    /// <summary>A scalar's bytes are CPython's, but for FLAG_REF on its type byte, which CPython sets
    /// from the object's reference count.</summary>
    [Fact]
    public void ScalarsAreWrittenAsMarshalDumpsWritesThem()
    {
        var expected = JsonSerializer.Deserialize<string[]>(
            Oracle.RunPython(JsonSerializer.Serialize(Scalars.Select(s => s.Python)), "-c", DumpsScript))!;
        for (var i = 0; i < Scalars.Length; i++)
        {
            var ours = MarshalWriter.Dumps(Scalars[i].Value);
            var theirs = Convert.FromHexString(expected[i]);
            ours[0] &= 0x7F;
            theirs[0] &= 0x7F;
            Assert.True(theirs.AsSpan().SequenceEqual(ours),
                $"{Scalars[i].Python}: CPython {Convert.ToHexStringLower(theirs)}, ours {Convert.ToHexStringLower(ours)}");
        }
    }

    private const string LoadsScript = """
        import json, marshal, sys
        def same(a, b):
            if type(a) is not type(b): return False
            if isinstance(a, tuple): return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
            if isinstance(a, float): return a.hex() == b.hex()
            return a == b
        print(json.dumps([same(marshal.loads(bytes.fromhex(h)), eval(compile(e, '<c>', 'eval'))) for e, h in json.load(sys.stdin)]))
        """;

    public static readonly (PyConstant Value, string Python)[] Containers =
    [
        (new TupleConstant([]), "()"),
        (new TupleConstant([Int(1), new StrConstant("a"), new StrConstant("a"), Int(1), NoneConstant.Instance]), "(1, 'a', 'a', 1, None)"),
        (new TupleConstant([new TupleConstant([new FloatConstant(0.0), new FloatConstant(-0.0)]), new TupleConstant([])]), "((0.0, -0.0), ())"),
        (new TupleConstant(Enumerable.Range(0, 300).Select(i => (PyConstant)Int(i % 7)).ToArray()), "tuple(i % 7 for i in range(300))"),
        (new FrozenSetConstant([Int(1), Int(2), new StrConstant("x")]), "frozenset({1, 2, 'x'})"),
        (new FrozenSetConstant([]), "frozenset()"),
        (new TupleConstant([new BytesConstant([1]), new BytesConstant([1]), new ComplexConstant(0, -1), BoolConstant.True, Int(1)]), "(b'\\x01', b'\\x01', -1j, True, 1)"),
    ];

    [Fact]
    public void ContainersLoadBackEqual()
    {
        var asked = Containers.Select(c => new[] { c.Python, Convert.ToHexStringLower(MarshalWriter.Dumps(c.Value)) }).ToArray();
        var same = JsonSerializer.Deserialize<bool[]>(Oracle.RunPython(JsonSerializer.Serialize(asked), "-c", LoadsScript))!;
        for (var i = 0; i < Containers.Length; i++) Assert.True(same[i], Containers[i].Python);
    }

    /// <summary>Compares, for every code object of the tree, what code equality compares and the
    /// rest of the 3.11 layout, and prints the first difference (or "ok").</summary>
    private const string CodeScript = """
        import json, marshal, sys
        FIELDS = ('co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_stacksize', 'co_flags', 'co_code',
                  'co_names', 'co_varnames', 'co_cellvars', 'co_freevars', 'co_filename', 'co_name', 'co_qualname',
                  'co_firstlineno', 'co_linetable', 'co_exceptiontable', 'co_localsplusnames' if False else 'co_nlocals')
        def diff(a, b, path):
            for f in FIELDS:
                if getattr(a, f) != getattr(b, f): return f'{path}.{f}: {getattr(a, f)!r} != {getattr(b, f)!r}'
            if len(a.co_consts) != len(b.co_consts): return f'{path}.co_consts: {a.co_consts!r} != {b.co_consts!r}'
            for i, (x, y) in enumerate(zip(a.co_consts, b.co_consts)):
                if hasattr(x, 'co_code') and hasattr(y, 'co_code'):
                    d = diff(x, y, f'{path}.{x.co_name}')
                    if d: return d
                elif type(x) is not type(y) or x != y: return f'{path}.co_consts[{i}]: {x!r} != {y!r}'
            return None
        out = []
        for src, h in json.load(sys.stdin):
            ours = marshal.loads(bytes.fromhex(h))
            theirs = compile(src, '<string>', 'exec')
            out.append(diff(ours, theirs, '<module>') or ('ok' if ours == theirs else 'code objects differ'))
        print(json.dumps(out))
        """;

    public static IEnumerable<string> CodeSources() =>
        ((IEnumerable<object[]>)OracleConformanceTests.Programs).Select(row => (string)row[0])
            .Concat(Repo.Examples("core").Select(File.ReadAllText))
            .Concat([
                "x = 1\n" + string.Concat(Enumerable.Range(0, 300).Select(i => $"v{i} = {i * 1000}\n")) + "print(v299)\n",
                "def f():\n    return (\n        1 +\n        2\n    )\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\n\nprint(f(), 'a very long line to push the columns past one hundred and twenty eight characters', 'more text here', 1)\n",
                "import sys\nfor i in range(3):\n    try:\n        with open('x') as f:\n            pass\n    except OSError:\n        continue\n    finally:\n        print(i)\n",
            ]);

    [Fact]
    public void CodeObjectsLoadBackEqualToCompile()
    {
        var sources = CodeSources().ToArray();
        var asked = sources.Select(s => new[] { s, Convert.ToHexStringLower(MarshalWriter.Dumps(CodeJsonReader.Compile(s))) }).ToArray();
        var verdicts = JsonSerializer.Deserialize<string[]>(Oracle.RunPython(JsonSerializer.Serialize(asked), "-c", CodeScript))!;
        var failures = sources.Zip(verdicts).Where(p => p.Second != "ok").Select(p => p.First.Split('\n')[0] + " -> " + p.Second).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SourceHashIsImpSourceHash()
    {
        var inputs = Enumerable.Range(0, 20).Select(n => new string('a', n) + (n % 3 == 0 ? "é" : "")).Append("print(1)\n").ToArray();
        var expected = JsonSerializer.Deserialize<string[]>(Oracle.RunPython(JsonSerializer.Serialize(inputs), "-c",
            "import _imp, json, sys, importlib._bootstrap_external as b\n" +
            "print(json.dumps([_imp.source_hash(b._RAW_MAGIC_NUMBER, s.encode()).hex() for s in json.load(sys.stdin)]))"))!;
        for (var i = 0; i < inputs.Length; i++)
            Assert.Equal(expected[i], Convert.ToHexStringLower(PycFile.SourceHash(System.Text.Encoding.UTF8.GetBytes(inputs[i]))));
    }

    /// <summary>The .pyc CPython's importer would accept for the source, read by python3 itself.</summary>
    [Fact]
    public void PycHeaderIsWhatImportlibChecks()
    {
        var source = "print('hi')\n";
        var pyc = PycFile.Write(CodeJsonReader.Compile(source), System.Text.Encoding.UTF8.GetBytes(source));
        var answer = Oracle.RunPython(JsonSerializer.Serialize(new[] { source, Convert.ToHexStringLower(pyc) }), "-c", """
            import json, sys, marshal, importlib._bootstrap_external as b, importlib.util
            src, h = json.load(sys.stdin); data = bytes.fromhex(h)
            flags = b._classify_pyc(data, 'x', {})
            b._validate_hash_pyc(data, importlib.util.source_hash(src.encode()), 'x', {})
            print(flags, marshal.loads(data[16:]) == compile(src, '<string>', 'exec'))
            """);
        Assert.Equal("3 True\n", answer);
    }
}
