using System.Globalization;
using System.Numerics;
using System.Text;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>printf-style formatting: str % values and bytes % values (PyUnicode_Format and
/// _PyBytes_FormatEx): %[(key)][flags][width|*][.precision|*][hlL]type.</summary>
public static class PercentFormat
{
    public static string Format(string format, PyObject values) => Run(format, values, bytes: false);

    /// <summary>bytes % values: the same conversions, working on bytes (each char of the strings is one byte).</summary>
    public static byte[] FormatBytes(byte[] format, PyObject values)
    {
        var text = Run(Encoding.Latin1.GetString(format), values, bytes: true);
        return Encoding.Latin1.GetBytes(text);
    }

    private static string Run(string format, PyObject values, bool bytes)
    {
        // The values: a tuple's items, or the one value (no array made for it).
        var items = values is PyTuple t ? t.Items : null;
        var count = items?.Length ?? 1;
        // A mapping (but not a tuple or str) feeds %(key) conversions.
        var mapping = values is PyTuple or PyStr ? null
            : values is PyDict || (values.Type.IsUserDefined && values.Type.Lookup("__getitem__") is not null) ? values : null;
        var sb = StringBuilderCache.Acquire(format.Length + 16);
        var next = 0;
        var keyed = false;
        PyObject NextArg()
        {
            // After a %(key) conversion there are no positional arguments left to take.
            if (next >= count || keyed) throw PyException.TypeError("not enough arguments for format string");
            var k = next++;
            return items is null ? values : items[k];
        }
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= format.Length) throw PyException.ValueError("incomplete format");
            if (format[i] == '%') { sb.Append('%'); continue; }
            PyObject? arg = null;
            if (format[i] == '(')
            {
                // The key runs to the matching ')', nested parentheses included.
                var depth = 1;
                var keyStart = ++i;
                while (i < format.Length && depth > 0)
                {
                    if (format[i] == ')') depth--;
                    else if (format[i] == '(') depth++;
                    i++;
                }
                if (depth > 0) throw PyException.ValueError("incomplete format key");
                if (mapping is null) throw PyException.TypeError("format requires a mapping");
                var keyText = format[keyStart..(i - 1)];
                PyObject key = bytes ? new PyBytes(Encoding.Latin1.GetBytes(keyText)) : PyStr.From(keyText);
                arg = Ops.GetItem(mapping, key);
                keyed = true;
            }
            bool left = false, plus = false, space = false, alternate = false, zero = false;
            for (; i < format.Length; i++)
            {
                switch (format[i])
                {
                    case '-': left = true; continue;
                    case '+': plus = true; continue;
                    case ' ': space = true; continue;
                    case '#': alternate = true; continue;
                    case '0': zero = true; continue;
                }
                break;
            }
            var width = -1;
            if (i < format.Length && format[i] == '*')
            {
                var w = NextArg();
                if (w is not PyInt wi) throw PyException.TypeError("* wants int");
                width = ClampInt(wi.AsBig);
                if (width < 0) { left = true; width = -width; }
                i++;
            }
            else width = ReadNumber(format, ref i, width);
            var precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*')
                {
                    var p = NextArg();
                    if (p is not PyInt pi) throw PyException.TypeError("* wants int");
                    precision = Math.Max(0, ClampInt(pi.AsBig));
                    i++;
                }
                else precision = Math.Max(0, ReadNumber(format, ref i, 0));
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L') i++;
            if (i >= format.Length) throw PyException.ValueError("incomplete format");
            var type = format[i];
            arg ??= NextArg();
            var sign = plus ? '+' : space ? ' ' : '\0';
            var (text, numeric) = Convert(type, arg, sign, alternate, precision, i, bytes);
            var length = bytes ? text.Length : Engine.Tokenizer.SourceLines.CodePointCount(text); // code points, as the width counts
            if (width <= length)
            {
                sb.Append(text);
                continue;
            }
            MemoryBudget.CheckString(width);
            if (left) sb.Append(text).Append(' ', width - length);
            else if (zero && numeric)
            {
                // Zeros go after the sign and the 0x/0o prefix.
                var skip = text.Length > 0 && text[0] is '-' or '+' or ' ' ? 1 : 0;
                if (alternate && text.Length > skip + 1 && text[skip] == '0' && text[skip + 1] is 'x' or 'X' or 'o') skip += 2;
                sb.Append(text, 0, skip).Append('0', width - length).Append(text, skip, text.Length - skip);
            }
            else sb.Append(' ', width - length).Append(text);
        }
        if (next < count && mapping is null) throw PyException.TypeError(
            bytes ? "not all arguments converted during bytes formatting" : "not all arguments converted during string formatting");
        return StringBuilderCache.Release(sb);
    }

    private static int ClampInt(BigInteger n) =>
        n > int.MaxValue ? throw PyException.OverflowError("Python int too large to convert to C int") : n < -int.MaxValue ? -int.MaxValue : (int)n;

    private static int ReadNumber(string format, ref int i, int fallback)
    {
        var start = i;
        long n = 0;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            n = n * 10 + (format[i++] - '0');
            if (n > int.MaxValue) throw PyException.ValueError("width too big");
        }
        return i == start ? fallback : (int)n;
    }

    /// <summary>One conversion; numeric says whether the '0' flag pads it with zeros.</summary>
    private static (string, bool) Convert(char type, PyObject arg, char sign, bool alternate, int precision, int index, bool bytes)
    {
        switch (type)
        {
            case 's' or 'b' when bytes:
            {
                var s = arg switch
                {
                    PyBytes b => Encoding.Latin1.GetString(b.Value),
                    PyByteArray or PyMemoryView => Encoding.Latin1.GetString(ByteArrays.View(arg)!.Value.Span),
                    _ when arg.Type.Lookup("__bytes__") is { } m && Builtins.Call(m, arg) is PyBytes bb => Encoding.Latin1.GetString(bb.Value),
                    _ => throw PyException.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{arg.Type.Name}'"),
                };
                return (Truncate(s, precision), false);
            }
            case 's':
                return (Truncate(arg.Str(), precision), false);
            case 'r' or 'a':
            {
                var s = type == 'a' || bytes ? Builtins.Ascii(arg.Repr()) : arg.Repr();
                return (Truncate(s, precision), false);
            }
            case 'd' or 'i' or 'u' when arg is PyInt { IsBig: false } small && precision < 0 && sign == '\0':
                // the common case, a machine-size int as is: no BigInteger
                return (small.Value.ToString(CultureInfo.InvariantCulture), true);
            case 'd' or 'i' or 'u':
            {
                var n = arg switch
                {
                    PyInt i => i.AsBig,
                    PyFloat f when double.IsNaN(f.Value) => throw PyException.ValueError("cannot convert float NaN to integer"),
                    PyFloat f when double.IsInfinity(f.Value) => throw PyException.OverflowError("cannot convert float infinity to integer"),
                    PyFloat f => new BigInteger(Math.Truncate(f.Value)),
                    _ when arg.Type.Lookup("__int__") is { } m && Builtins.Call(m, arg) is PyInt r => r.AsBig,
                    _ => throw PyException.TypeError($"%{type} format: a real number is required, not {arg.Type.Name}"),
                };
                return (IntText(n, 10, false, sign, false, precision), true);
            }
            case 'x' or 'X' or 'o':
            {
                var n = arg switch
                {
                    PyInt i => i.AsBig,
                    _ when arg.Type.Lookup("__index__") is { } m && Builtins.Call(m, arg) is PyInt r => r.AsBig,
                    _ => throw PyException.TypeError($"%{type} format: an integer is required, not {arg.Type.Name}"),
                };
                return (IntText(n, type == 'o' ? 8 : 16, type == 'X', sign, alternate, precision), true);
            }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
            {
                var d = arg switch
                {
                    PyFloat f => f.Value,
                    PyInt n => n.ToDouble(),
                    _ when arg.Type.Lookup("__float__") is { } m && Builtins.Call(m, arg) is PyFloat r => r.Value,
                    _ when arg.Type.Lookup("__index__") is { } m && Builtins.Call(m, arg) is PyInt r => r.ToDouble(),
                    _ => throw PyException.TypeError($"must be real number, not {arg.Type.Name}"),
                };
                var body = FloatFormat.Format(d, type, precision < 0 ? 6 : precision, alternate, false, false, out var negative);
                return ((negative ? "-" : sign == '\0' ? "" : sign.ToString()) + body, true);
            }
            case 'c' when bytes:
                return (arg switch
                {
                    PyInt n when n.AsBig >= 0 && n.AsBig < 256 => ((char)(int)n.AsBig).ToString(),
                    PyBytes { Value.Length: 1 } b => ((char)b.Value[0]).ToString(),
                    _ => throw PyException.TypeError("%c requires an integer in range(256) or a single byte"),
                }, false);
            case 'c':
                return (arg switch
                {
                    PyInt n when n.AsBig < 0 || n.AsBig > 0x10FFFF => throw PyException.OverflowError("%c arg not in range(0x110000)"),
                    PyInt n => Surrogates.ToText((int)n.AsBig),
                    PyStr { Length: 1 } s => s.Value,
                    _ => throw PyException.TypeError("%c requires int or char"),
                }, false);
            default:
                var shown = type > 32 && type < 127 ? type.ToString() : "?";
                throw PyException.ValueError($"unsupported format character '{shown}' (0x{(int)type:x}) at index {index}");
        }
    }

    private static string Truncate(string s, int precision)
    {
        if (precision < 0) return s;
        var p = PyStr.From(s);
        return precision < p.Length ? p.Substring(0, precision) : s;
    }

    /// <summary>An int in base 10, 8 or 16: sign, 0x/0o prefix with '#', digits zero-padded to the precision.</summary>
    private static string IntText(BigInteger n, int radix, bool upper, char sign, bool alternate, int precision)
    {
        var digits = radix == 10 ? BigInteger.Abs(n).ToString(CultureInfo.InvariantCulture) : FormatSpec.ToBase(BigInteger.Abs(n), radix, upper);
        if (precision > digits.Length)
        {
            MemoryBudget.CheckString(precision);
            digits = new string('0', precision - digits.Length) + digits;
        }
        var prefix = alternate && radix != 10 ? radix == 8 ? "0o" : upper ? "0X" : "0x" : "";
        return (n.Sign < 0 ? "-" : sign == '\0' ? "" : sign.ToString()) + prefix + digits;
    }
}
