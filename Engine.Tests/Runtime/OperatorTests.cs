using System.Numerics;
using Engine.Runtime;

namespace Engine.Tests.Runtime;

/// <summary>Python's operator semantics; every expected value is what CPython 3.11 gives.</summary>
public class OperatorTests
{
    private static PyObject I(long v) => PyInt.From(v);
    private static PyObject F(double v) => new PyFloat(v);
    private static PyObject S(string v) => PyStr.From(v);
    private static string Bin(BinaryOp op, PyObject a, PyObject b) => Ops.Binary(op, a, b).Repr();

    [Theory]
    [InlineData(-7, 2, "-4", "1")]
    [InlineData(7, -2, "-4", "-1")]
    [InlineData(-7, -2, "3", "-1")]
    [InlineData(7, 2, "3", "1")]
    [InlineData(long.MinValue, -1, "9223372036854775808", "0")]
    public void FloorDivisionAndModuloRoundTowardMinusInfinity(long a, long b, string quotient, string remainder)
    {
        Assert.Equal(quotient, Bin(BinaryOp.FloorDivide, I(a), I(b)));
        Assert.Equal(remainder, Bin(BinaryOp.Remainder, I(a), I(b)));
    }

    [Fact]
    public void FloatFloorDivisionAndModulo()
    {
        Assert.Equal("3.0", Bin(BinaryOp.FloorDivide, F(7.5), I(2)));
        Assert.Equal("0.5", Bin(BinaryOp.Remainder, F(-7.5), I(2)));
        Assert.Equal("-4.0", Bin(BinaryOp.FloorDivide, F(7.5), I(-2)));
        Assert.Equal("-0.5", Bin(BinaryOp.Remainder, F(7.5), I(-2)));
    }

    [Fact]
    public void PowerWithNegativeExponentGivesAFloat()
    {
        Assert.Equal("0.25", Bin(BinaryOp.Power, I(2), I(-2)));
        Assert.Equal("1267650600228229401496703205376", Bin(BinaryOp.Power, I(2), I(100)));
        Assert.Equal("(1.0000000000000002+1.7320508075688772j)", Bin(BinaryOp.Power, I(-8), F(1.0 / 3)));
        var e = Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.Power, I(0), I(-1)));
        Assert.Equal("ZeroDivisionError: 0.0 cannot be raised to a negative power", e.Message);
    }

    [Fact]
    public void IntOverflowMovesToBigIntegers()
    {
        Assert.Equal("9223372036854775808", Bin(BinaryOp.Add, I(long.MaxValue), I(1)));
        Assert.Equal("85070591730234615847396907784232501249", Bin(BinaryOp.Multiply, I(long.MaxValue), I(long.MaxValue)));
        Assert.Equal("-9223372036854775809", Bin(BinaryOp.Subtract, I(long.MinValue), I(1)));
        Assert.Equal("9223372036854775808", Ops.Negative(I(long.MinValue)).Repr());
    }

    [Fact]
    public void TrueDivisionIsCorrectlyRounded()
    {
        Assert.Equal("3.5", Bin(BinaryOp.TrueDivide, I(7), I(2)));
        Assert.Equal("1.4285714285714285e+29", Bin(BinaryOp.TrueDivide, PyInt.From(BigInteger.Pow(10, 30)), I(7)));
        Assert.Equal("3.333333333333333e+19", Bin(BinaryOp.TrueDivide, PyInt.From(BigInteger.Pow(10, 20)), I(3)));
        Assert.Equal("1.0", Bin(BinaryOp.TrueDivide, PyInt.From(BigInteger.Pow(2, 200)), PyInt.From(BigInteger.Pow(2, 200))));
        Assert.Equal("9007199254740992.0", Bin(BinaryOp.TrueDivide, I(9007199254740993), I(1)));
        var e = Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.TrueDivide, PyInt.From(BigInteger.Pow(10, 400)), I(1)));
        Assert.Equal("OverflowError: integer division result too large for a float", e.Message);
    }

    [Theory]
    [InlineData("division by zero", BinaryOp.TrueDivide, false)]
    [InlineData("integer division or modulo by zero", BinaryOp.FloorDivide, false)]
    [InlineData("integer modulo by zero", BinaryOp.Remainder, false)]
    [InlineData("float division by zero", BinaryOp.TrueDivide, true)]
    [InlineData("float floor division by zero", BinaryOp.FloorDivide, true)]
    [InlineData("float modulo", BinaryOp.Remainder, true)]
    public void DivisionByZeroMessages(string message, BinaryOp op, bool floatLeft)
    {
        var e = Assert.Throws<PyException>(() => Ops.Binary(op, floatLeft ? F(1) : I(1), I(0)));
        Assert.Equal("ZeroDivisionError", e.Value.Type.Name);
        Assert.Equal(message, e.Value.Str());
    }

    [Fact]
    public void TypeErrorMessages()
    {
        Assert.Equal("unsupported operand type(s) for +: 'int' and 'str'", Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.Add, I(1), S("a"))).Value.Str());
        Assert.Equal("can only concatenate str (not \"int\") to str", Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.Add, S("a"), I(1))).Value.Str());
        Assert.Equal("can't multiply sequence by non-int of type 'str'", Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.Multiply, S("a"), S("b"))).Value.Str());
        Assert.Equal("unsupported operand type(s) for ** or pow(): 'int' and 'str'", Assert.Throws<PyException>(() => Ops.Binary(BinaryOp.Power, I(1), S("a"))).Value.Str());
        Assert.Equal("unsupported operand type(s) for +=: 'int' and 'str'", Assert.Throws<PyException>(() => Ops.BinaryOp(13, I(1), S("a"))).Value.Str());
        Assert.Equal("'<' not supported between instances of 'int' and 'str'", Assert.Throws<PyException>(() => Ops.Compare(I(1), S("a"), CompareOp.Lt)).Value.Str());
        Assert.Equal("'int' object is not subscriptable", Assert.Throws<PyException>(() => Ops.GetItem(I(1), I(0))).Value.Str());
        Assert.Equal("bad operand type for unary -: 'str'", Assert.Throws<PyException>(() => Ops.Negative(S("a"))).Value.Str());
    }

    [Fact]
    public void SequenceOperators()
    {
        Assert.Equal("'ababab'", Bin(BinaryOp.Multiply, S("ab"), I(3)));
        Assert.Equal("''", Bin(BinaryOp.Multiply, I(-1), S("ab")));
        Assert.Equal("[1, 2, 3]", Bin(BinaryOp.Add, new PyList([I(1)]), new PyList([I(2), I(3)])));
        Assert.Equal("(1,)", Bin(BinaryOp.Add, PyTuple.Empty, new PyTuple([I(1)])));
        Assert.Equal("'5 items, 2.50'", Bin(BinaryOp.Remainder, S("%d items, %.2f"), new PyTuple([I(5), F(2.5)])));
    }

    [Fact]
    public void InPlaceAddExtendsTheSameList()
    {
        var list = new PyList([I(1)]);
        var result = Ops.BinaryOp(13, list, new PyTuple([I(2)]));
        Assert.Same(list, result);
        Assert.Equal("[1, 2]", list.Repr());
    }

    [Fact]
    public void IntFloatComparisonsAreExact()
    {
        var big = PyInt.From(BigInteger.Pow(2, 53) + 1);
        Assert.True(Ops.Compare(big, F(9007199254740992.0), CompareOp.Gt));
        Assert.False(Ops.Equal(big, F(9007199254740992.0)));
        Assert.True(Ops.Equal(I(1), F(1.0)));
        Assert.True(Ops.Equal(PyBool.True, I(1)));
        Assert.False(Ops.Compare(F(double.NaN), I(1), CompareOp.Lt));
        Assert.True(Ops.Compare(new PyTuple([I(1), I(2)]), new PyTuple([I(1), I(3)]), CompareOp.Lt));
        Assert.True(Ops.Compare(S("abc"), S("abd"), CompareOp.Lt));
    }

    [Fact]
    public void EqualNumbersAreOneDictKey()
    {
        var d = new PyDict();
        d.Set(I(1), S("int"));
        d.Set(F(1.0), S("float"));
        d.Set(PyBool.True, S("bool"));
        Assert.Equal(1, d.Count);
        Assert.Equal("{1: 'bool'}", d.Repr());
        Assert.Equal(I(1).Hash(), F(1.0).Hash());
        Assert.Equal(Engine.Hashing.PyHash.OfDouble(0.5), F(0.5).Hash());
        Assert.Equal(1152921504606846976L, F(0.5).Hash()); // hash(0.5) in CPython
        Assert.Equal(-2, I(-1).Hash());
    }

    [Fact]
    public void DictKeepsInsertionOrderThroughDeletes()
    {
        var d = new PyDict();
        for (var i = 0; i < 40; i++) d.Set(I(i), I(i * i));
        for (var i = 0; i < 38; i++) d.Remove(I(i));
        d.Set(I(5), I(0));
        Assert.Equal("{38: 1444, 39: 1521, 5: 0}", d.Repr());
        var e = Assert.Throws<PyException>(() => Ops.GetItem(d, S("k")));
        Assert.Equal("KeyError", e.Value.Type.Name);
        Assert.Equal("'k'", e.Value.Str());
    }

    [Fact]
    public void SetsIterateInCPythonsTableOrder()
    {
        PySet Of(params long[] v) => new(v.Select(I));
        Assert.Equal("{1, 2, 3}", Of(3, 1, 2).Repr());
        Assert.Equal("{1, 33, 100, 5, 8, 10}", Of(10, 5, 8, 1, 100, 33).Repr());
        Assert.Equal("{0, -1, -2}", Of(-1, -2, 0).Repr());
        var s = Of(64, 8, 16, 1, 9, 17, 25, 33, 41);
        Assert.Equal("{64, 1, 33, 8, 9, 41, 16, 17, 25}", s.Repr());
        s.Remove(I(16));
        s.Add(I(72));
        Assert.Equal("{64, 1, 33, 8, 9, 41, 72, 17, 25}", s.Repr());
        Assert.Equal("{65, 2, 100, 37, 72, 9, 44, 79, 16, 51, 86, 23, 58, 93, 30}", Of(Enumerable.Range(0, 15).Select(i => 100L - 7 * i).ToArray()).Repr());
        Assert.Equal("{(0, 1), (1, 2)}", new PySet([new PyTuple([I(1), I(2)]), new PyTuple([I(0), I(1)])]).Repr());
    }

    [Fact]
    public void StrIndexesCountCodePoints()
    {
        var s = S("a😀b");
        Assert.Equal(3L, Ops.Length(s));
        Assert.Equal("'😀'", Ops.GetItem(s, I(1)).Repr());
        Assert.Equal("'b'", Ops.GetItem(s, I(-1)).Repr());
        Assert.Equal("'b😀a'", Ops.GetItem(s, new PySlice(PyNone.Instance, PyNone.Instance, I(-1))).Repr());
        Assert.Equal("string index out of range", Assert.Throws<PyException>(() => Ops.GetItem(s, I(3))).Value.Str());
    }

    [Fact]
    public void ReprsAreCPythons()
    {
        Assert.Equal("0.1", F(0.1).Repr());
        Assert.Equal("1e+16", F(1e16).Repr());
        Assert.Equal("\"it's\"", S("it's").Repr());
        Assert.Equal("[[...]]", SelfContainingList().Repr());
        Assert.Equal("(1,)", new PyTuple([I(1)]).Repr());
        Assert.Equal("ValueError('x')", new PyBaseException(PyTypes.ValueError, [S("x")]).Repr());
        Assert.Equal("range(0, 10, 2)", new PyRange(0, 10, 2).Repr());
        Assert.Equal("<class 'int'>", PyTypes.Int.Repr());
    }

    private static PyList SelfContainingList()
    {
        var l = new PyList();
        l.Append(l);
        return l;
    }

    [Fact]
    public void HugeIntsRefuseDecimalConversionLikeCPython311()
    {
        var e = Assert.Throws<PyException>(() => PyInt.From(BigInteger.Pow(10, 5000)).Repr());
        Assert.Equal("ValueError", e.Value.Type.Name);
        Assert.StartsWith("Exceeds the limit (4300 digits) for integer string conversion", e.Value.Str());
    }
}
