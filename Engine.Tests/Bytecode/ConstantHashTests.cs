using System.Text.Json;
using Engine.Bytecode;
using Engine.Compiler;
using Engine.Parser;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Bytecode;

/// <summary><see cref="ConstantHash"/> against CPython's hash() under PYTHONHASHSEED=0.</summary>
public class ConstantHashTests
{
    private static readonly string[] Literals =
    [
        // ints: small, negative (-1 is the error code, so -2), around and beyond the modulus 2**61 - 1
        "0", "1", "-1", "-2", "7", "-100", "2**61 - 1", "2**61", "2**61 + 5", "-(2**61)", "2**63", "2**64 + 3", "10**30", "-10**30",
        "True", "False",
        // floats: integral ones hash as ints; fractions, tiny and huge exponents, infinities
        "0.0", "-0.0", "1.0", "1.5", "-1.5", "0.1", "3.141592653589793", "1e-300", "5e-324", "1e300", "2.0**70", "-2.5e-10", "1e400", "-1e400",
        "1j", "1+2j", "-3.5-0.25j", "1e400j", "2+0j",
        // str: empty, ASCII (under, at and over one 8-byte block), Latin-1, BMP, astral, a lone surrogate
        "''", "'a'", "'abcdefg'", "'abcdefgh'", "'abcdefghijklmnopq'", "'\\x00'", "'é'", "'\\xff'", "'naïve café'",
        "'€'", "'日本語'", "'a\\u0100'", "'😀'", "'a😀b'", "'𝔘𝔫𝔦'", "'\\ud800'", "'x\\udfff'",
        "b''", "b'a'", "b'\\x00\\xff'", "b'12345678'", "b'hello world'",
        "()", "(1,)", "(1, 2)", "(2, 1)", "('a', (1, 2.5), b'x')", "((),)", "(-1, -2)",
        "{1, 2, 3}", "{'a', 'b'}", "{(1, 2), 'x', 2.5}", "{-1}",
    ];

    [Fact]
    public void HashesAreCPythons()
    {
        const string script = "import json, sys\n" +
            "print(json.dumps([hash(frozenset(eval(e)) if e.startswith('{') else eval(e)) for e in json.load(sys.stdin)]))\n";
        var expected = JsonSerializer.Deserialize<long[]>(Oracle.RunPython(JsonSerializer.Serialize(Literals), "-c", script))!;
        for (var i = 0; i < Literals.Length; i++)
            Assert.True(expected[i] == ConstantHash.Of(ConstantOf(Literals[i])), $"hash({Literals[i]}): CPython {expected[i]}, ours {ConstantHash.Of(ConstantOf(Literals[i]))}");
    }

    [Fact]
    public void IdentityHashedItemsHaveNoHash()
    {
        Assert.Null(ConstantHash.Of(NoneConstant.Instance));
        Assert.Null(ConstantHash.Of(EllipsisConstant.Instance));
        Assert.Null(ConstantHash.Of(new FloatConstant(double.NaN)));
        Assert.Null(ConstantHash.Of(new TupleConstant([new IntConstant(1), NoneConstant.Instance])));
    }

    [Fact]
    public void IdentityHashedItemsKeepSourceOrderLessDuplicates()
    {
        PyConstant[] items = [new IntConstant(9), NoneConstant.Instance, new IntConstant(1), new FloatConstant(9.0), NoneConstant.Instance];
        Assert.Equal(["9", "None", "1"], SetOrder.FrozenSetNew(items).Select(i => i.Repr()));
    }

    /// <summary>The literal as our compiler folds it: the first constant of `x = (LITERAL)`, or of `x in (SET)`.</summary>
    private static PyConstant ConstantOf(string literal)
    {
        var source = literal.StartsWith('{') ? $"x in ({literal})\n" : $"x = ({literal})\n";
        var compiled = PythonCompiler.Compile(PythonParser.Parse(source).Tree!);
        return compiled.Code!.Consts[0];
    }
}
