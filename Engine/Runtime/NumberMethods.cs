using System.Globalization;
using System.Numerics;
using System.Text;

namespace Engine.Runtime;

/// <summary>The named methods of int, float and complex (Objects/longobject.c, floatobject.c,
/// complexobject.c); self is args[0]. The operator dunders come from <see cref="SlotWrappers"/>.</summary>
public static class NumberMethods
{
    public static void Register()
    {
        var i = PyTypes.Int;
        i.AddMethod("bit_length", (a, k) => { ArgCheck.Exactly("bit_length", a, k, 1); return PyInt.From((long)BigInteger.Abs(Int(a[0])).GetBitLength()); });
        i.AddMethod("bit_count", (a, k) => { ArgCheck.Exactly("bit_count", a, k, 1); return PyInt.From(PopCount(BigInteger.Abs(Int(a[0])))); });
        i.AddMethod("conjugate", (a, k) => { ArgCheck.Exactly("conjugate", a, k, 1); return PyInt.From(Int(a[0])); });
        i.AddMethod("as_integer_ratio", (a, k) => { ArgCheck.Exactly("as_integer_ratio", a, k, 1); return new PyTuple([PyInt.From(Int(a[0])), PyInt.From(1)]); });
        i.AddMethod("to_bytes", ToBytes);
        i.Dict["from_bytes"] = new PyClassMethod(new PyBuiltinFunction("from_bytes", FromBytes, i));

        var f = PyTypes.Float;
        f.AddMethod("is_integer", (a, k) => { ArgCheck.Exactly("is_integer", a, k, 1); var v = Float(a[0]); return PyBool.From(double.IsFinite(v) && v == Math.Floor(v)); });
        f.AddMethod("conjugate", (a, k) => { ArgCheck.Exactly("conjugate", a, k, 1); return new PyFloat(Float(a[0])); });
        f.AddMethod("as_integer_ratio", (a, k) =>
        {
            ArgCheck.Exactly("as_integer_ratio", a, k, 1);
            var (n, d) = Ratio(Float(a[0]));
            return new PyTuple([PyInt.From(n), PyInt.From(d)]);
        });
        f.AddMethod("hex", (a, k) => { ArgCheck.Exactly("hex", a, k, 1); return PyStr.From(Hex(Float(a[0]))); });
        f.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
        {
            ArgCheck.Exactly("fromhex", a, k, 2);
            var s = a[1] as PyStr ?? throw PyException.TypeError($"fromhex() argument must be str, not {a[1].Type.Name}");
            var r = new PyFloat(FromHex(s.Value));
            return ReferenceEquals(a[0], PyTypes.Float) ? r : Builtins.Call(a[0], r);
        }, f));

        PyTypes.Complex.AddMethod("conjugate", (a, k) =>
        {
            ArgCheck.Exactly("conjugate", a, k, 1);
            var c = (PyComplex)a[0];
            return new PyComplex(c.Real, -c.Imag);
        });
    }

    private static BigInteger Int(PyObject o) => ((PyInt)o).AsBig;
    private static double Float(PyObject o) => ((PyFloat)o).Value;

    private static long PopCount(BigInteger v)
    {
        long n = 0;
        foreach (var b in v.ToByteArray(isUnsigned: true)) n += BitOperations.PopCount(b);
        return n;
    }

    private static bool BigEndian(PyObject? order)
    {
        if (order is null) return true;
        var s = order as PyStr ?? throw PyException.TypeError($"to_bytes() argument 'byteorder' must be str, not {order.Type.Name}");
        return s.Value switch
        {
            "big" => true,
            "little" => false,
            _ => throw PyException.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    /// <summary>int.to_bytes(length=1, byteorder='big', *, signed=False).</summary>
    private static PyObject ToBytes(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var p = ArgParse.Bind("to_bytes", a[1..], k, ["length", "byteorder", "signed"], 0, 2);
        var length = p[0] is null ? 1 : ArgCheck.Index(p[0]!);
        if (length < 0) throw PyException.ValueError("length argument must be non-negative");
        var big = BigEndian(p[1]);
        var signed = ArgParse.Bool(p[2], false);
        var v = Int(a[0]);
        if (v.Sign < 0 && !signed) throw PyException.Create(PyTypes.OverflowError, "can't convert negative int to unsigned");
        RuntimeContext.Current.CheckAllocation(length);
        var raw = signed ? v.ToByteArray() : v.ToByteArray(isUnsigned: true);
        // ToByteArray is little-endian and minimal: trailing sign bytes can go, and the rest must fit.
        var used = raw.Length;
        var fill = (byte)(v.Sign < 0 ? 0xff : 0);
        if (v.IsZero) used = 0;
        if (used > length) throw PyException.Create(PyTypes.OverflowError, "int too big to convert");
        var result = new byte[length];
        for (var j = 0; j < length; j++) result[j] = j < used ? raw[j] : fill;
        if (big) Array.Reverse(result);
        return new PyBytes(result);
    }

    /// <summary>int.from_bytes(bytes, byteorder='big', *, signed=False), a classmethod.</summary>
    private static PyObject FromBytes(ReadOnlySpan<PyObject> a, string[]? k)
    {
        var cls = a[0];
        var p = ArgParse.Bind("from_bytes", a[1..], k, ["bytes", "byteorder", "signed"], 1, 2);
        var big = BigEndian(p[1]);
        var signed = ArgParse.Bool(p[2], false);
        var data = BytesMethods.AsBytes(p[0]!) ?? Ops.ToList(p[0]!).Select(o =>
        {
            var b = ArgCheck.Index(o);
            return b is >= 0 and <= 255 ? (byte)b : throw PyException.ValueError("bytes must be in range(0, 256)");
        }).ToArray();
        var v = new BigInteger(data, isUnsigned: !signed, isBigEndian: big);
        var r = PyInt.From(v);
        return ReferenceEquals(cls, PyTypes.Int) ? r : Builtins.Call(cls, r);
    }

    /// <summary>float.as_integer_ratio: the exact fraction in lowest terms.</summary>
    public static (BigInteger, BigInteger) Ratio(double v)
    {
        if (double.IsNaN(v)) throw PyException.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(v)) throw PyException.Create(PyTypes.OverflowError, "cannot convert Infinity to integer ratio");
        if (v == 0) return (0, 1);
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exp = (int)((bits >> 52) & 0x7ff);
        var mant = bits & 0xfffffffffffffL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        var tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;
        BigInteger n = mant, d = 1;
        if (exp > 0) n <<= exp; else d <<= -exp;
        return (v < 0 ? -n : n, d);
    }

    /// <summary>float.hex: 0x1.&lt;13 hex digits&gt;p&lt;exponent&gt;; subnormals as 0x0.…p-1022.</summary>
    public static string Hex(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        var sign = double.IsNegative(v) ? "-" : "";
        if (v == 0) return sign + "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(v);
        var exp = (int)((bits >> 52) & 0x7ff);
        var mant = bits & 0xfffffffffffffL;
        var lead = exp == 0 ? 0 : 1;
        var e = exp == 0 ? -1022 : exp - 1023;
        return $"{sign}0x{lead}.{mant:x13}p{(e >= 0 ? "+" : "")}{e}";
    }

    /// <summary>float.fromhex: [sign] [0x] digits [. digits] [p exponent], or inf / nan, rounded half to even.</summary>
    public static double FromHex(string text)
    {
        var s = text.Trim();
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-') negative = s[i++] == '-';
        var rest = s[i..].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) rest = rest[2..];
        BigInteger mant = 0;
        long exp = 0;
        var digits = 0;
        var j = 0;
        for (; j < rest.Length && Uri.IsHexDigit(rest[j]); j++, digits++) mant = mant * 16 + Convert.ToInt32(rest[j].ToString(), 16);
        if (j < rest.Length && rest[j] == '.')
            for (j++; j < rest.Length && Uri.IsHexDigit(rest[j]); j++, digits++)
            {
                mant = mant * 16 + Convert.ToInt32(rest[j].ToString(), 16);
                exp -= 4;
            }
        if (digits == 0) throw PyException.ValueError("invalid hexadecimal floating-point string");
        if (j < rest.Length && rest[j] == 'p')
        {
            j++;
            var start = j;
            if (j < rest.Length && rest[j] is '+' or '-') j++;
            var numStart = j;
            while (j < rest.Length && char.IsAsciiDigit(rest[j])) j++;
            if (j == numStart) throw PyException.ValueError("invalid hexadecimal floating-point string");
            var e = BigInteger.Parse(rest[start..j], CultureInfo.InvariantCulture);
            exp += (long)BigInteger.Clamp(e, -100000, 100000);
        }
        if (j != rest.Length) throw PyException.ValueError("invalid hexadecimal floating-point string");
        if (mant.IsZero) return negative ? -0.0 : 0.0;
        var bitLength = (long)mant.GetBitLength();
        var top = bitLength + exp - 1;
        if (top > 1023) throw PyException.Create(PyTypes.OverflowError, "hexadecimal value too large to represent as a float");
        var keep = top < -1022 ? 53 - (-1022 - top) : 53;
        var shift = bitLength - keep;
        if (shift > 0)
        {
            if (shift > bitLength + 1) return negative ? -0.0 : 0.0;
            var half = BigInteger.One << (int)(shift - 1);
            var low = mant & ((half << 1) - 1);
            mant >>= (int)shift;
            if (low > half || (low == half && !mant.IsEven)) mant += 1;
            exp += shift;
        }
        var r = Math.ScaleB((double)mant, (int)exp);
        if (double.IsInfinity(r)) throw PyException.Create(PyTypes.OverflowError, "hexadecimal value too large to represent as a float");
        return negative ? -r : r;
    }
}
