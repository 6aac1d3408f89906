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
                // exact for operands a double holds exactly; CPython rounds the true quotient correctly
                if (BigInteger.Abs(x) > (BigInteger.One << 53) || BigInteger.Abs(y) > (BigInteger.One << 53)) return null;
                return new FloatConstant((double)x / (double)y);
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
            _ => null,
        };
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
