using System.Text.Json;
using Engine.Bytecode;
using Engine.Bytecode.Marshal;
using Engine.Syntax;
using Engine.Tests.Support;
using Engine.VM;

namespace Engine.Tests.Bytecode.Marshal;

/// <summary>The .pyc reader on CPython's own .pyc files, and on streams built to break it.</summary>
public class MarshalReaderTests
{
    private const string PycScript = """
        import json, sys, importlib._bootstrap_external as b
        print(json.dumps([bytes(b._code_to_timestamp_pyc(compile(s, '<string>', 'exec'), 0, 0)).hex() for s in json.load(sys.stdin)]))
        """;

    private static readonly Lazy<(string Source, byte[] Pyc)[]> CPythonPycs = new(() =>
    {
        var sources = MarshalWriterTests.CodeSources().ToArray();
        var pycs = JsonSerializer.Deserialize<string[]>(Oracle.RunPython(JsonSerializer.Serialize(sources), "-c", PycScript))!;
        return sources.Zip(pycs, (s, p) => (s, Convert.FromHexString(p))).ToArray();
    });

    /// <summary>CPython's .pyc of every example reads back to the code object CPython's compile answer describes.</summary>
    [Fact]
    public void ReadsCPythonsPycs()
    {
        foreach (var (source, pyc) in CPythonPycs.Value)
        {
            var read = PycFile.Read(pyc);
            Assert.Equal(PycInvalidation.Timestamp, read.Invalidation);
            AssertSameCode(CodeJsonReader.Compile(source), read.Code, "<module>");
        }
    }

    /// <summary>The VM runs CPython's .pyc of every example program and prints what CPython prints.</summary>
    [Fact]
    public void RunsCPythonsPycsOfTheExamples()
    {
        var failures = new List<string>();
        foreach (var (source, pyc) in CPythonPycs.Value.Where(p => Repo.Examples("core").Any(f => File.ReadAllText(f) == p.Source)))
        {
            var result = VirtualMachine.Execute(PycFile.Read(pyc).Code, new ExecutionOptions());
            var expected = JsonDocument.Parse(Oracle.Run("execute", source)).RootElement;
            if (result.Stdout != expected.GetProperty("stdout").GetString() || result.StatusName != expected.GetProperty("status").GetString())
                failures.Add(source.Split('\n')[0]);
        }
        Assert.Empty(failures);
    }

    [Fact]
    public void ReadsBackWhatTheWriterWrites()
    {
        foreach (var source in MarshalWriterTests.CodeSources())
        {
            var code = CodeJsonReader.Compile(source);
            var pyc = PycFile.Write(code, System.Text.Encoding.UTF8.GetBytes(source));
            var read = PycFile.Read(pyc);
            Assert.Equal(PycInvalidation.CheckedHash, read.Invalidation);
            AssertSameCode(code, read.Code, "<module>");
        }
        foreach (var (value, _) in MarshalWriterTests.Scalars.Concat(MarshalWriterTests.Containers))
            Assert.Equal(value.Repr(), MarshalReader.Loads(MarshalWriter.Dumps(value)).Repr());
    }

    internal static void AssertSameCode(CodeObject expected, CodeObject actual, string path)
    {
        void Same<T>(T a, T b, string field) => Assert.True(EqualityComparer<T>.Default.Equals(a, b), $"{path}.{field}: {a} != {b}");
        void SameSeq<T>(IEnumerable<T> a, IEnumerable<T> b, string field) =>
            Assert.True(a.SequenceEqual(b), $"{path}.{field}: [{string.Join(", ", a)}] != [{string.Join(", ", b)}]");
        Same(expected.Name, actual.Name, "name");
        Same(expected.QualName, actual.QualName, "qualname");
        Same(expected.Filename, actual.Filename, "filename");
        Same(expected.FirstLineNo, actual.FirstLineNo, "firstlineno");
        Same(expected.ArgCount, actual.ArgCount, "argcount");
        Same(expected.PosOnlyArgCount, actual.PosOnlyArgCount, "posonlyargcount");
        Same(expected.KwOnlyArgCount, actual.KwOnlyArgCount, "kwonlyargcount");
        Same(expected.StackSize, actual.StackSize, "stacksize");
        Same(expected.Flags, actual.Flags, "flags");
        SameSeq(expected.Names, actual.Names, "names");
        SameSeq(expected.VarNames, actual.VarNames, "varnames");
        SameSeq(expected.CellVars, actual.CellVars, "cellvars");
        SameSeq(expected.FreeVars, actual.FreeVars, "freevars");
        SameSeq(expected.Code, actual.Code, "code");
        SameSeq(expected.Positions, actual.Positions, "positions");
        SameSeq(expected.ExceptionTable, actual.ExceptionTable, "exception_table");
        Same(expected.Consts.Length, actual.Consts.Length, "consts.Length");
        for (var i = 0; i < expected.Consts.Length; i++)
        {
            if (expected.Consts[i] is CodeConstant e && actual.Consts[i] is CodeConstant a) AssertSameCode(e.Code, a.Code, path + "." + e.Code.Name);
            else Same(expected.Consts[i].TypeName + " " + expected.Consts[i].Repr(), actual.Consts[i].TypeName + " " + actual.Consts[i].Repr(), $"consts[{i}]");
        }
    }

    private static byte[] Good => PycFile.Write(CodeJsonReader.Compile("x = (1, 'a b', 2.5)\nprint(x)\n"), "x"u8);

    private static InvalidPycException Refused(byte[] data) => Assert.Throws<InvalidPycException>(() => PycFile.Read(data));

    private static byte[] Header => Good[..PycFile.HeaderSize];

    private static byte[] Pyc(params byte[][] parts) => [.. Header, .. parts.SelectMany(p => p)];

    private static byte[] I32(int v) => BitConverter.GetBytes(v);

    [Fact]
    public void NamesThePythonOfAnotherMagicNumber()
    {
        var pyc = Good;
        pyc[0] = 3439 & 0xFF;
        pyc[1] = 3439 >> 8;
        Assert.Contains("Python 3.10", Refused(pyc).Message);
        pyc[0] = 3531 & 0xFF;
        pyc[1] = 3531 >> 8;
        Assert.Contains("Python 3.12", Refused(pyc).Message);
    }

    [Fact]
    public void RefusesBytesThatAreNoPyc()
    {
        Assert.Contains("not a .pyc", Refused("print('hello')\n"u8.ToArray()).Message);
        Refused([]);
        Refused(Good[..10]);
        var flags = Good;
        flags[4] = 4;
        Assert.Contains("flags", Refused(flags).Message);
        Assert.Contains("not a code object", Refused(Pyc([(byte)'N'])).Message);
    }

    [Fact]
    public void RefusesMaliciousStreams()
    {
        // Nesting one deeper than CPython allows; exactly its limit is fine for marshal (not a code object, though).
        Assert.Contains("nested deeper", Refused(Pyc([.. Enumerable.Repeat((byte)')', 2001).SelectMany(b => new[] { b, (byte)1 }), (byte)'N'])).Message);
        Assert.Equal(MarshalReader.MaxDepth, Depth(MarshalReader.Loads([.. Enumerable.Repeat(new byte[] { (byte)')', 1 }, 1999).SelectMany(b => b), (byte)'N'])));
        // Sizes larger than the bytes left, before anything is allocated.
        Assert.Contains("too short", Refused(Pyc([(byte)'('], I32(int.MaxValue))).Message);
        Assert.Contains("too short", Refused(Pyc([(byte)'s'], I32(int.MaxValue - 1))).Message);
        Assert.Contains("too short", Refused(Pyc([(byte)'l'], I32(-int.MaxValue))).Message);
        Assert.Contains("out of range", Refused(Pyc([(byte)'a'], I32(-5))).Message);
        // References: forward, out of range, to a tuple still being read.
        Assert.Contains("has not been read", Refused(Pyc([(byte)'r'], I32(0))).Message);
        Assert.Contains("has not been read", Refused(Pyc([(byte)')', 2, (byte)('i' | 0x80)], I32(7), [(byte)'r'], I32(1))).Message);
        Assert.Contains("cycle", Refused(Pyc([(byte)(')' | 0x80), 1, (byte)'r'], I32(0))).Message);
        // Type codes: unknown, and objects no code object holds.
        Assert.Contains("unknown type code", Refused(Pyc([(byte)'Q'])).Message);
        Assert.Contains("a list", Refused(Pyc([(byte)'['], I32(0))).Message);
        Assert.Contains("NULL", Refused(Pyc([(byte)'0'])).Message);
        // A code object whose co_code is a str.
        Assert.Contains("co_code", Refused(Pyc([(byte)'c'], I32(0), I32(0), I32(0), I32(0), I32(0), [(byte)'z', 1, (byte)'x'])).Message);
        // A long with a digit out of range.
        Assert.Contains("digit out of range", Refused(Pyc([(byte)'l'], I32(1), [0xFF, 0xFF])).Message);
    }

    private static int Depth(PyConstant c) => c is TupleConstant t && t.Items.Length > 0 ? 1 + Depth(t.Items[0]) : 1;

    /// <summary>A tuple of 60 tuples, each two references to the one before: 2**60 objects once expanded.</summary>
    [Fact]
    public void RefusesSharedReferencesThatExpandWithoutBound()
    {
        var stream = new List<byte> { (byte)')', 61, (byte)('z' | 0x80), 1, (byte)'x' };
        for (var i = 0; i < 60; i++)
        {
            stream.AddRange([(byte)(')' | 0x80), 2, (byte)'r', .. I32(i), (byte)'r', .. I32(i)]);
        }
        Assert.Contains("too many objects", Refused(Pyc([.. stream])).Message);
    }

    /// <summary>Every prefix and thousands of corrupted copies of a real .pyc: read or refused, never another exception.</summary>
    [Fact]
    public void TruncatedOrCorruptedPycsAreRefusedCleanly()
    {
        var good = PycFile.Write(CodeJsonReader.Compile(File.ReadAllText(Repo.Examples("core").First())), "x"u8);
        for (var n = 0; n < good.Length; n++) Refused(good[..n]);
        var random = new Random(3495);
        for (var round = 0; round < 5000; round++)
        {
            var bad = (byte[])good.Clone();
            for (var k = random.Next(1, 4); k > 0; k--) bad[random.Next(PycFile.HeaderSize, bad.Length)] = (byte)random.Next(256);
            try
            {
                PycFile.Read(bad);
            }
            catch (InvalidPycException)
            {
            }
        }
    }
}
