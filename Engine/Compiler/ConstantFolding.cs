using System.Numerics;
using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// Python's arithmetic on literal constants, for the AST optimizer. Where Python would raise
/// (division by zero, a negative shift, a float overflow) or the result would be a type not
/// folded here, the answer is null and the expression is left to run time, as CPython does.
/// </summary>
internal static class ConstantFolding
{
    public static BigInteger? AsInt(PyConstant c) => c switch
    {
        IntConstant i => i.Value,
        BoolConstant b => b.Value ? BigInteger.One : BigInteger.Zero,
        _ => null,
    };

    private static double? AsFloat(PyConstant c) => c switch
    {
        FloatConstant f => f.Value,
        _ when AsInt(c) is { } i => ToDouble(i),
        _ => null,
    };

    /// <summary>int → float as Python converts it; null where Python raises OverflowError.</summary>
    private static double? ToDouble(BigInteger i)
    {
        var d = (double)i;
        return double.IsInfinity(d) ? null : d;
    }

    public static bool IsTrue(PyConstant c) => c switch
    {
        NoneConstant => false,
        BoolConstant b => b.Value,
        IntConstant i => !i.Value.IsZero,
        FloatConstant f => f.Value != 0,
        ComplexConstant z => z.Real != 0 || z.Imag != 0,
        StrConstant s => s.Value.Length > 0,
        BytesConstant b => b.Value.Length > 0,
        TupleConstant t => t.Items.Length > 0,
        FrozenSetConstant s => s.Items.Length > 0,
        _ => true,
    };

    public static PyConstant? Negate(PyConstant c) => c switch
    {
        FloatConstant f => new FloatConstant(-f.Value),
        ComplexConstant z => new ComplexConstant(-z.Real, -z.Imag),
        _ when AsInt(c) is { } i => new IntConstant(-i),
        _ => null,
    };

    public static PyConstant? Positive(PyConstant c) => c switch
    {
        FloatConstant or ComplexConstant => c,
        _ when AsInt(c) is { } i => new IntConstant(i),
        _ => null,
    };

    public static PyConstant? Invert(PyConstant c) => AsInt(c) is { } i ? new IntConstant(-i - 1) : null;

    public static PyConstant? Binary(Operator op, PyConstant left, PyConstant right)
    {
        if (left is BoolConstant a && right is BoolConstant b && op is Operator.BitAnd or Operator.BitOr or Operator.BitXor)
            return new BoolConstant(op switch { Operator.BitAnd => a.Value & b.Value, Operator.BitOr => a.Value | b.Value, _ => a.Value ^ b.Value });
        if (AsInt(left) is { } x && AsInt(right) is { } y) return IntOp(op, x, y);
        if (left is ComplexConstant || right is ComplexConstant) return ComplexOp(op, left, right);
        if (AsFloat(left) is { } f && AsFloat(right) is { } g) return FloatOp(op, f, g);
        return SequenceOp(op, left, right);
    }

    private static PyConstant? IntOp(Operator op, BigInteger x, BigInteger y)
    {
        switch (op)
        {
            case Operator.Add: return new IntConstant(x + y);
            case Operator.Sub: return new IntConstant(x - y);
            case Operator.Mult: return new IntConstant(x * y);
            case Operator.BitAnd: return new IntConstant(x & y);
            case Operator.BitOr: return new IntConstant(x | y);
            case Operator.BitXor: return new IntConstant(x ^ y);
            case Operator.FloorDiv:
                if (y.IsZero) return null;
                return new IntConstant(FloorDiv(x, y));
            case Operator.Mod:
                if (y.IsZero) return null;
                return new IntConstant(x - FloorDiv(x, y) * y);
            case Operator.Div:
                if (y.IsZero) return null;
                return TrueDivide(x, y) is { } q ? new FloatConstant(q) : null;
            case Operator.Pow:
                if (y.Sign >= 0) return y > int.MaxValue ? null : new IntConstant(BigInteger.Pow(x, (int)y));
                if (x.IsZero) return null;
                return ToDouble(x) is { } fx && ToDouble(y) is { } fy ? FloatOp(Operator.Pow, fx, fy) : null;
            case Operator.LShift:
                if (y.Sign < 0 || y > int.MaxValue) return null;
                return new IntConstant(x << (int)y);
            case Operator.RShift:
                if (y.Sign < 0) return null;
                return new IntConstant(y > int.MaxValue ? (x.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero) : x >> (int)y);
            default: return null;
        }
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        return !r.IsZero && (r.Sign < 0) != (y.Sign < 0) ? q - 1 : q;
    }

    /// <summary>float arithmetic as CPython's floatobject.c does it (float_divmod, float_rem, float_pow).</summary>
    private static PyConstant? FloatOp(Operator op, double x, double y)
    {
        double result;
        switch (op)
        {
            case Operator.Add: result = x + y; break;
            case Operator.Sub: result = x - y; break;
            case Operator.Mult: result = x * y; break;
            case Operator.Div:
                if (y == 0) return null;
                result = x / y;
                break;
            case Operator.Mod:
            {
                if (y == 0) return null;
                var mod = x % y;
                if (mod != 0) { if ((y < 0) != (mod < 0)) mod += y; }
                else mod = Math.CopySign(0.0, y);
                result = mod;
                break;
            }
            case Operator.FloorDiv:
            {
                if (y == 0) return null;
                var mod = x % y;
                var div = (x - mod) / y;
                if (mod != 0) { if ((y < 0) != (mod < 0)) div -= 1.0; }
                double floordiv;
                if (div != 0)
                {
                    floordiv = Math.Floor(div);
                    if (div - floordiv > 0.5) floordiv += 1.0;
                }
                else floordiv = Math.CopySign(0.0, x / y);
                result = floordiv;
                break;
            }
            case Operator.Pow:
                if (x == 0 && y < 0) return null;
                if (x < 0 && Math.Floor(y) != y && !double.IsInfinity(y)) return null; // a complex result
                result = Math.Pow(x, y);
                if (double.IsInfinity(result) && double.IsFinite(x) && double.IsFinite(y)) return null; // OverflowError
                break;
            default: return null;
        }
        return new FloatConstant(result);
    }

    private static PyConstant? ComplexOp(Operator op, PyConstant left, PyConstant right)
    {
        (double Re, double Im)? Parts(PyConstant c) => c switch
        {
            ComplexConstant z => (z.Real, z.Imag),
            _ when AsFloat(c) is { } f => (f, 0.0),
            _ => null,
        };
        if (Parts(left) is not { } a || Parts(right) is not { } b) return null;
        return op switch
        {
            Operator.Add => new ComplexConstant(a.Re + b.Re, a.Im + b.Im),
            Operator.Sub => new ComplexConstant(a.Re - b.Re, a.Im - b.Im),
            Operator.Mult => new ComplexConstant(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re),
            Operator.Div => Quotient(a, b) is { } q ? new ComplexConstant(q.Re, q.Im) : null,
            Operator.Pow => ComplexPower(a, b) is { } p && double.IsFinite(p.Re) && double.IsFinite(p.Im) ? new ComplexConstant(p.Re, p.Im) : null,
            _ => null,
        };
    }

    /// <summary>_Py_c_quot: Smith's division, scaled by the larger part of the divisor; null for a zero divisor.</summary>
    private static (double Re, double Im)? Quotient((double Re, double Im) a, (double Re, double Im) b)
    {
        var absReal = Math.Abs(b.Re);
        var absImag = Math.Abs(b.Im);
        if (absReal >= absImag)
        {
            if (absReal == 0.0) return null; // ZeroDivisionError
            var ratio = b.Im / b.Re;
            var denom = b.Re + b.Im * ratio;
            return ((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        if (absImag >= absReal)
        {
            var ratio = b.Re / b.Im;
            var denom = b.Re * ratio + b.Im;
            return ((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        return (double.NaN, double.NaN);
    }

    private static (double Re, double Im) Product((double Re, double Im) a, (double Re, double Im) b) =>
        (a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>complex_pow: small integral exponents by repeated squaring (c_powi), others by _Py_c_pow;
    /// null where CPython raises (zero to a negative or complex power).</summary>
    private static (double Re, double Im)? ComplexPower((double Re, double Im) a, (double Re, double Im) b)
    {
        if (b.Im == 0.0 && b.Re == Math.Floor(b.Re) && Math.Abs(b.Re) <= 100.0)
        {
            var n = (long)b.Re;
            var powu = PowU(a, Math.Abs(n));
            return n > 0 ? powu : Quotient((1.0, 0.0), powu);
        }
        if (b.Re == 0.0 && b.Im == 0.0) return (1.0, 0.0);
        if (a.Re == 0.0 && a.Im == 0.0) return b.Im != 0.0 || b.Re < 0.0 ? null : (0.0, 0.0);
        var vabs = double.Hypot(a.Re, a.Im);
        var len = Math.Pow(vabs, b.Re);
        var at = Math.Atan2(a.Im, a.Re);
        var phase = at * b.Re;
        if (b.Im != 0.0)
        {
            len /= Math.Exp(at * b.Im);
            phase += b.Im * Math.Log(vabs);
        }
        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    /// <summary>c_powu: x**n for n >= 0 by binary powers.</summary>
    private static (double Re, double Im) PowU((double Re, double Im) x, long n)
    {
        (double Re, double Im) r = (1.0, 0.0);
        var p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1)
        {
            if ((n & mask) != 0) r = Product(r, p);
            p = Product(p, p);
        }
        return r;
    }

    /// <summary>long_true_divide: x / y correctly rounded to a double (half to even), null when the
    /// result overflows a float (OverflowError). Operands a double holds exactly divide directly.</summary>
    private static double? TrueDivide(BigInteger x, BigInteger y)
    {
        var limit = BigInteger.One << 53;
        if (BigInteger.Abs(x) <= limit && BigInteger.Abs(y) <= limit) return (double)x / (double)y;
        var negative = x.Sign * y.Sign < 0;
        var a = BigInteger.Abs(x);
        var b = BigInteger.Abs(y);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        // a quotient of at least 60 bits, and whether anything was left over
        var shift = 60 - (int)(a.GetBitLength() - b.GetBitLength());
        var q = shift >= 0 ? BigInteger.DivRem(a << shift, b, out var r) : BigInteger.DivRem(a, b << -shift, out r);
        var sticky = !r.IsZero;
        var bits = (int)q.GetBitLength();
        var exponent = bits - 1 - shift; // the value is about 2**exponent
        if (exponent > 1023) return null;
        var keep = exponent < -1022 ? Math.Max(0, 53 - (-1022 - exponent)) : 53;
        var drop = bits - keep;
        var mantissa = q >> drop;
        var rest = q - (mantissa << drop);
        var half = BigInteger.One << (drop - 1);
        if (rest > half || (rest == half && (sticky || !mantissa.IsEven))) mantissa += 1;
        var value = Math.ScaleB((double)mantissa, drop - shift);
        if (double.IsInfinity(value)) return null;
        return negative ? -value : value;
    }

    private static PyConstant? SequenceOp(Operator op, PyConstant left, PyConstant right)
    {
        if (op == Operator.Add)
            return (left, right) switch
            {
                (StrConstant a, StrConstant b) => new StrConstant(a.Value + b.Value),
                (BytesConstant a, BytesConstant b) => new BytesConstant([.. a.Value, .. b.Value]),
                (TupleConstant a, TupleConstant b) => new TupleConstant([.. a.Items, .. b.Items]),
                _ => null,
            };
        if (op != Operator.Mult) return null;
        if (AsInt(right) is { } n) return Repeat(left, n);
        if (AsInt(left) is { } m) return Repeat(right, m);
        return null;
    }

    private static PyConstant? Repeat(PyConstant sequence, BigInteger count)
    {
        var n = count.Sign < 0 ? 0 : (int)BigInteger.Min(count, int.MaxValue);
        return sequence switch
        {
            StrConstant s => new StrConstant(string.Concat(Enumerable.Repeat(s.Value, n))),
            BytesConstant b => new BytesConstant(Enumerable.Repeat(b.Value, n).SelectMany(x => x).ToArray()),
            TupleConstant t => new TupleConstant(Enumerable.Repeat(t.Items, n).SelectMany(x => x).ToArray()),
            _ => null,
        };
    }
}
