using Engine.Runtime;

namespace Engine.Tests.Runtime;

/// <summary>Builtins called directly; expected values are CPython 3.11's.</summary>
public class BuiltinTests
{
    private static readonly PyDict Table = Builtins.Create();

    private static PyObject Call(string name, params PyObject[] args) =>
        ((PyBuiltinFunction)Table.Get(name)!).Impl(args, null);

    private static PyObject New(PyType type, params PyObject[] args)
    {
        TypeSetup.EnsureInitialized();
        return type.Constructor!(args, null);
    }

    private static string Error(Action action)
    {
        var e = Assert.Throws<PyException>(action);
        return e.Value.Type.Name + ": " + e.Value.Str();
    }

    [Theory]
    [InlineData("  12 ", "12")]
    [InlineData("-0", "0")]
    [InlineData("1_000", "1000")]
    [InlineData("+7", "7")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void IntFromString(string text, string expected) =>
        Assert.Equal(expected, New(PyTypes.Int, PyStr.From(text)).Repr());

    [Theory]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("1 2")]
    [InlineData("1__0")]
    [InlineData("1.5")]
    public void IntFromBadString(string text) =>
        Assert.Equal($"ValueError: invalid literal for int() with base 10: {Engine.Syntax.PyRepr.Str(text)}", Error(() => New(PyTypes.Int, PyStr.From(text))));

    [Fact]
    public void Conversions()
    {
        TypeSetup.EnsureInitialized();
        Assert.Equal("255", PyTypes.Int.Constructor!([PyStr.From("ff"), PyInt.From(16)], null).Repr());
        Assert.Equal("-3", New(PyTypes.Int, new PyFloat(-3.99)).Repr());
        Assert.Equal("1500.0", New(PyTypes.Float, PyStr.From(" 1.5e3 ")).Repr());
        Assert.Equal("-inf", New(PyTypes.Float, PyStr.From("-Infinity")).Repr());
        Assert.Equal("ValueError: could not convert string to float: 'abc'", Error(() => New(PyTypes.Float, PyStr.From("abc"))));
        Assert.Equal("OverflowError: cannot convert float infinity to integer", Error(() => New(PyTypes.Int, new PyFloat(double.PositiveInfinity))));
        Assert.Equal("'[1, 2]'", New(PyTypes.Str, new PyList([PyInt.From(1), PyInt.From(2)])).Repr());
        Assert.Equal("False", New(PyTypes.Bool, PyStr.Empty).Repr());
    }

    [Fact]
    public void NumericBuiltins()
    {
        Assert.Equal("5", Call("abs", PyInt.From(-5)).Repr());
        Assert.Equal("2.5", Call("abs", new PyFloat(-2.5)).Repr());
        Assert.Equal("3", Call("max", PyInt.From(1), PyInt.From(3), PyInt.From(2)).Repr());
        Assert.Equal("'a'", Call("min", PyStr.From("cab")).Repr());
        Assert.Equal("ValueError: max() arg is an empty sequence", Error(() => Call("max", new PyList())));
        Assert.Equal("TypeError: max expected at least 1 argument, got 0", Error(() => Call("max")));
        Assert.Equal("2", Call("round", new PyFloat(2.5)).Repr());
        Assert.Equal("4", Call("round", new PyFloat(3.5)).Repr());
        Assert.Equal("2.67", Call("round", new PyFloat(2.675), PyInt.From(2)).Repr());
        Assert.Equal("1200", Call("round", PyInt.From(1250), PyInt.From(-2)).Repr());
        Assert.Equal("6", Call("sum", new PyList([PyInt.From(1), PyInt.From(2), PyInt.From(3)])).Repr());
        Assert.Equal("(-4, 1)", Call("divmod", PyInt.From(-7), PyInt.From(2)).Repr());
        Assert.Equal("'0x1f'", Call("hex", PyInt.From(31)).Repr());
        Assert.Equal("'-0b101'", Call("bin", PyInt.From(-5)).Repr());
    }

    [Fact]
    public void LenAndRange()
    {
        Assert.Equal("3", Call("len", PyStr.From("abc")).Repr());
        Assert.Equal("TypeError: object of type 'int' has no len()", Error(() => Call("len", PyInt.From(5))));
        Assert.Equal("[0, 3, 6, 9]", New(PyTypes.List, New(PyTypes.Range, PyInt.From(0), PyInt.From(10), PyInt.From(3))).Repr());
        Assert.Equal("[5, 3, 1]", New(PyTypes.List, New(PyTypes.Range, PyInt.From(5), PyInt.From(0), PyInt.From(-2))).Repr());
        Assert.Equal("ValueError: range() arg 3 must not be zero", Error(() => New(PyTypes.Range, PyInt.From(0), PyInt.From(1), PyInt.From(0))));
        Assert.Equal("TypeError: 'float' object cannot be interpreted as an integer", Error(() => New(PyTypes.Range, new PyFloat(1.5))));
    }

    [Fact]
    public void PrintWritesWithSepAndEnd()
    {
        var output = new OutputSink(1000);
        using (new RuntimeContext(output, "", new MemoryBudget(long.MaxValue), 1000).Enter())
        {
            Call("print", PyInt.From(1), PyStr.From("a"), new PyList([PyStr.From("b")]));
            ((PyBuiltinFunction)Table.Get("print")!).Impl([PyInt.From(1), PyInt.From(2), PyStr.From("-"), PyStr.From("!\n")], ["sep", "end"]);
            Assert.Equal("TypeError: sep must be None or a string, not int", Error(() => ((PyBuiltinFunction)Table.Get("print")!).Impl([PyInt.From(1)], ["sep"])));
        }
        Assert.Equal("1 a ['b']\n1-2!\n", output.ToString());
    }

    [Fact]
    public void StrMethods()
    {
        TypeSetup.EnsureInitialized();
        PyObject M(string s, string name, params PyObject[] args) =>
            ((PyBuiltinFunction)PyTypes.Str.Lookup(name)!).Impl([PyStr.From(s), .. args], null);
        Assert.Equal("['a', 'b', 'c']", M(" a  b c ", "split").Repr());
        Assert.Equal("['a', '', 'b']", M("a,,b", "split", PyStr.From(",")).Repr());
        Assert.Equal("'a-b'", M("-", "join", new PyList([PyStr.From("a"), PyStr.From("b")])).Repr());
        Assert.Equal("'--x--'", M("x", "center", PyInt.From(5), PyStr.From("-")).Repr());
        Assert.Equal("'-007'", M("-7", "zfill", PyInt.From(4)).Repr());
        Assert.Equal("2", M("hello", "find", PyStr.From("l")).Repr());
        Assert.Equal("'Hello World'", M("hello world", "title").Repr());
        Assert.Equal("True", M("abc", "startswith", new PyTuple([PyStr.From("x"), PyStr.From("ab")])).Repr());
    }
}
