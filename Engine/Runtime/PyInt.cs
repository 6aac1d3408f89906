using System.Globalization;
using System.Numerics;

namespace Engine.Runtime;

/// <summary>
/// Python's int: a <c>long</c> while the value fits (the fast path every operator tries
/// first), a <see cref="BigInteger"/> beyond. Values -5..256 are shared, as in CPython.
/// </summary>
public class PyInt : PyObject
{
    private const int SmallMin = -5, SmallMax = 256;
    private static readonly PyInt[] Small = CreateSmall();

    /// <summary>The value when <see cref="IsBig"/> is false.</summary>
    public readonly long Value;

    /// <summary>The value beyond a long's range, boxed: an int object is then 32 bytes, not 48 (a
    /// BigInteger field and a flag beside the long), and most ints a program makes are small.</summary>
    private readonly BigValue? _bigValue;

    private sealed class BigValue(BigInteger value)
    {
        public readonly BigInteger Value = value;
    }

    public bool IsBig => _bigValue is not null;

    private BigInteger Big => _bigValue!.Value;

    protected PyInt(long value) => Value = value;

    /// <summary>A copy of <paramref name="value"/>'s value (for instances of int's subclasses).</summary>
    protected PyInt(PyInt value)
    {
        Value = value.Value;
        _bigValue = value._bigValue;
    }

    private PyInt(BigInteger big) => _bigValue = new BigValue(big);

    private static PyInt[] CreateSmall()
    {
        var a = new PyInt[SmallMax - SmallMin + 1];
        for (var i = 0; i < a.Length; i++) a[i] = new PyInt(i + SmallMin);
        return a;
    }

    public static PyInt From(long value) =>
        value is >= SmallMin and <= SmallMax ? Small[value - SmallMin] : new PyInt(value);

    public static PyInt From(int value) => From((long)value);

    public static PyInt From(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue) return From((long)value);
        IntLimits.CheckBits(value.GetBitLength());
        return new PyInt(value);
    }

    public BigInteger AsBig => IsBig ? Big : Value;

    public override PyType Type => PyTypes.Int;

    public int Sign => IsBig ? Big.Sign : Math.Sign(Value);

    /// <summary>The value as a C int index, or an OverflowError like PyLong_AsSsize_t's.</summary>
    public long AsIndex()
    {
        if (IsBig) throw PyException.OverflowError("Python int too large to convert to C ssize_t");
        return Value;
    }

    public override bool IsTrue() => IsBig || Value != 0;

    public override void WriteRepr(ReprWriter w) => w.Append(ToDecimalString());

    /// <summary>str(int): refused past 4300 digits, as CPython 3.11's int_max_str_digits does.</summary>
    public string ToDecimalString()
    {
        if (!IsBig) return Value.ToString(CultureInfo.InvariantCulture);
        IntLimits.CheckStrDigits(Big);
        return Big.ToString(CultureInfo.InvariantCulture);
    }

    public override long Hash() => NumericHash.OfInt(this);

    public override bool? EqualsObject(PyObject other) => other switch
    {
        PyInt o => !IsBig && !o.IsBig ? Value == o.Value : AsBig == o.AsBig,
        PyFloat f => NumericCompare.IntFloat(this, f.Value) == 0,
        PyComplex c => c.Imag == 0 && NumericCompare.IntFloat(this, c.Real) == 0,
        _ => null,
    };

    /// <summary>float(self), with CPython's OverflowError for ints beyond the double range.</summary>
    public double ToDouble()
    {
        if (!IsBig) return Value;
        var d = RoundToDouble(Big);
        if (double.IsInfinity(d)) throw PyException.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>The nearest double, ties to even (the BigInteger cast truncates): the top 53 bits rounded by the rest.</summary>
    private static double RoundToDouble(BigInteger v)
    {
        var magnitude = BigInteger.Abs(v);
        var shift = (int)magnitude.GetBitLength() - 53;
        if (shift <= 0) return (double)v;
        var top = magnitude >> shift;
        var rest = magnitude - (top << shift);
        var half = BigInteger.One << (shift - 1);
        if (rest > half || (rest == half && !top.IsEven)) top += 1;
        var d = Math.ScaleB((double)top, shift);
        return v.Sign < 0 ? -d : d;
    }
}

/// <summary>bool: an int subclass with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1), False = new(0);

    private PyBool(long value) : base(value) { }

    public static PyBool From(bool value) => value ? True : False;

    public override PyType Type => PyTypes.Bool;

    public override void WriteRepr(ReprWriter w) => w.Append(Value != 0 ? "True" : "False");
}

/// <summary>CPython 3.11's size limits on ints: decimal conversions over 4300 digits are
/// refused (sys.int_info.default_max_str_digits), and no int may outgrow the memory budget.</summary>
public static class IntLimits
{
    public const int MaxStrDigits = 4300;

    public static void CheckStrDigits(BigInteger value)
    {
        // 4300 decimal digits need at least 14281 bits; only values near that bound need the exact test.
        var bits = value.GetBitLength() - (value.Sign < 0 ? 1 : 0);
        if (bits < 14_200) return;
        if (BigInteger.Abs(value) >= BigInteger.Pow(10, MaxStrDigits))
            throw PyException.ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    /// <summary>Refuses an int of <paramref name="bits"/> bits before it is built when it would
    /// exceed the run's memory budget (8 bytes per 64 bits, times the working space that
    /// multiplication and conversions need).</summary>
    public static void CheckBits(long bits) => RuntimeContext.Current.CheckAllocation(bits / 8 * IntWorkFactor);

    /// <summary>
    /// Refuses (time_limit_exceeded) a big-int multiplication, power or division whose operands
    /// reach <paramref name="bits"/> bits when it would outlast the run's time left: such an
    /// operation runs as one uninterruptible call. The estimate is Karatsuba's n^1.585 growth,
    /// calibrated on 10**10**7 (33 million bits, about 12 s here, as in CPython).
    /// </summary>
    public static void CheckCost(long bits)
    {
        if (bits < 1L << 22) return;
        var seconds = 12.0 * Math.Pow(bits / 33e6, 1.585);
        if (seconds > RuntimeContext.Current.SecondsLeft()) throw new ResourceLimitException(ResourceLimit.Time);
    }

    /// <summary>Big-int arithmetic needs several temporaries of the result's size.</summary>
    public const int IntWorkFactor = 4;
}
