using System.Globalization;
using System.Numerics;
using System.Text;

namespace Engine.Runtime;

/// <summary>format(value, spec): the format-specification mini-language for int, float and str
/// ([[fill]align][sign][#][0][width][,|_][.precision][type]).</summary>
public static class FormatSpec
{
    private sealed record Spec(char? Fill, char? Align, char Sign, bool Alternate, bool Zero, int Width, char? Grouping, int? Precision, char? Type);

    public static string Format(PyObject value, string spec)
    {
        // A class's own __format__ (object.__format__ is the str() for an empty spec, else a TypeError).
        if (value.Type.IsUserDefined && UserMethods.TryCall(value, "__format__", [PyStr.From(spec)], out var custom))
            return custom is PyStr cs ? cs.Value : throw PyException.TypeError($"__format__ must return a str, not {custom.Type.Name}");
        if (spec.Length == 0) return value.Str();
        var s = Parse(spec);
        string body;
        switch (value)
        {
            case PyInt i when s.Type is null or 'd' or 'n' or 'x' or 'X' or 'o' or 'b' or 'c':
                if (s.Precision is not null) throw PyException.ValueError("Precision not allowed in integer format specifier");
                body = FormatInt(i, s);
                break;
            case PyInt i when s.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                body = FormatFloat(i.ToDouble(), s);
                break;
            case PyFloat f when s.Type is null or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n':
                body = FormatFloat(f.Value, s);
                break;
            case PyStr str when s.Type is null or 's':
                if (s.Sign != '\0') throw PyException.ValueError("Sign not allowed in string format specifier");
                body = s.Precision is int p && p < str.Length ? str.Substring(0, p) : str.Value;
                return Pad(body, s, '<');
            case PyStr or PyInt or PyFloat:
                throw PyException.ValueError($"Unknown format code '{s.Type}' for object of type '{value.Type.Name}'");
            default:
                throw PyException.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");
        }
        return Pad(body, s, '>');
    }

    private static Spec Parse(string spec)
    {
        var i = 0;
        char? fill = null, align = null;
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '^' or '=') { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec.Length >= 1 && spec[0] is '<' or '>' or '^' or '=') { align = spec[0]; i = 1; }
        var sign = '\0';
        if (i < spec.Length && spec[i] is '+' or '-' or ' ') sign = spec[i++];
        var alternate = false;
        if (i < spec.Length && spec[i] == '#') { alternate = true; i++; }
        var zero = false;
        if (i < spec.Length && spec[i] == '0') { zero = true; i++; }
        var width = 0;
        while (i < spec.Length && char.IsAsciiDigit(spec[i])) width = width * 10 + (spec[i++] - '0');
        char? grouping = null;
        if (i < spec.Length && spec[i] is ',' or '_') grouping = spec[i++];
        int? precision = null;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            var p = 0;
            var start = i;
            while (i < spec.Length && char.IsAsciiDigit(spec[i])) p = p * 10 + (spec[i++] - '0');
            if (i == start) throw PyException.ValueError("Format specifier missing precision");
            precision = p;
        }
        char? type = null;
        if (i < spec.Length) type = spec[i++];
        if (i < spec.Length) throw PyException.ValueError("Invalid format specifier");
        return new Spec(fill, align, sign, alternate, zero, width, grouping, precision, type);
    }

    private static string FormatInt(PyInt i, Spec s)
    {
        if (s.Type == 'c') return char.ConvertFromUtf32((int)i.AsIndex());
        var v = BigInteger.Abs(i.AsBig);
        string digits = s.Type switch
        {
            'x' => ToBase(v, 16, false),
            'X' => ToBase(v, 16, true),
            'o' => ToBase(v, 8, false),
            'b' => ToBase(v, 2, false),
            _ => v.ToString(CultureInfo.InvariantCulture),
        };
        if (s.Grouping is { } g) digits = Group(digits, s.Type is 'x' or 'X' or 'o' or 'b' ? 4 : 3, g);
        var prefix = s.Alternate ? s.Type switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", 'b' => "0b", _ => "" } : "";
        return SignOf(i.Sign < 0, s.Sign) + prefix + digits;
    }

    public static string ToBase(BigInteger v, int radix, bool upper)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        var chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        while (!v.IsZero)
        {
            v = BigInteger.DivRem(v, radix, out var r);
            sb.Insert(0, chars[(int)r]);
        }
        return sb.ToString();
    }

    private static string SignOf(bool negative, char sign) => negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";

    private static string Group(string digits, int size, char separator)
    {
        var dot = digits.IndexOfAny(['.', 'e', 'E', '%']);
        var intPart = dot < 0 ? digits : digits[..dot];
        var rest = dot < 0 ? "" : digits[dot..];
        var sb = new StringBuilder();
        for (var k = 0; k < intPart.Length; k++)
        {
            if (k > 0 && (intPart.Length - k) % size == 0) sb.Append(separator);
            sb.Append(intPart[k]);
        }
        return sb + rest;
    }

    private static string FormatFloat(double v, Spec s)
    {
        var negative = double.IsNegative(v) && !double.IsNaN(v);
        var a = Math.Abs(v);
        string body;
        if (s.Type is null && s.Precision is null) body = Engine.Syntax.PyRepr.Float(a);
        else body = FloatBody(a, s.Type ?? 'r', s.Precision ?? 6, s.Alternate, s.Type is null);
        if (s.Grouping is { } g && !double.IsInfinity(a) && !double.IsNaN(a)) body = Group(body, 3, g);
        return SignOf(negative, s.Sign) + body;
    }

    /// <summary>The digits of a non-negative float in printf style ('f', 'e', 'g', '%').</summary>
    public static string FloatBody(double a, char type, int precision, bool alternate, bool noType = false)
    {
        if (double.IsNaN(a)) return char.IsUpper(type) ? "NAN" : "nan";
        if (double.IsInfinity(a)) return char.IsUpper(type) ? "INF" : "inf";
        switch (type)
        {
            case 'f' or 'F':
                return a.ToString("F" + precision, CultureInfo.InvariantCulture) + (alternate && precision == 0 ? "." : "");
            case '%':
                return (a * 100).ToString("F" + precision, CultureInfo.InvariantCulture) + "%";
            case 'e' or 'E':
                return Exponent(a, precision, type == 'E', alternate);
            default:
            {
                // 'g' (and a spec with a precision but no type, which is 'g' that keeps one decimal)
                var p = precision == 0 ? 1 : precision;
                if (a == 0) return noType ? "0.0" : alternate ? "0." + new string('0', p - 1) : "0";
                var exp = int.Parse(a.ToString("E" + (p - 1), CultureInfo.InvariantCulture).Split('E')[1], CultureInfo.InvariantCulture);
                string r;
                if (exp >= -4 && exp < p)
                {
                    r = a.ToString("F" + (p - 1 - exp), CultureInfo.InvariantCulture);
                    if (!alternate && r.Contains('.')) r = r.TrimEnd('0').TrimEnd('.');
                    if (noType && !r.Contains('.')) r += ".0";
                }
                else
                {
                    r = Exponent(a, p - 1, char.IsUpper(type), alternate);
                    if (!alternate)
                    {
                        var e = r.IndexOfAny(['e', 'E']);
                        var mant = r[..e];
                        if (mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
                        r = mant + r[e..];
                    }
                }
                return r;
            }
        }
    }

    private static string Exponent(double a, int precision, bool upper, bool alternate)
    {
        var t = a.ToString((upper ? "E" : "e") + precision, CultureInfo.InvariantCulture);
        var e = t.IndexOfAny(['e', 'E']);
        var exp = int.Parse(t[(e + 1)..], CultureInfo.InvariantCulture);
        var mant = t[..e] + (alternate && precision == 0 ? "." : "");
        return mant + (upper ? "E" : "e") + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Pad(string body, Spec s, char defaultAlign)
    {
        if (body.Length >= s.Width) return body;
        var align = s.Align ?? (s.Zero ? '=' : defaultAlign);
        var fill = s.Fill ?? (s.Zero && s.Align is null ? '0' : ' ');
        var n = s.Width - body.Length;
        switch (align)
        {
            case '<': return body + new string(fill, n);
            case '^': return new string(fill, n / 2) + body + new string(fill, n - n / 2);
            case '=':
            {
                var signLength = body.Length > 0 && body[0] is '-' or '+' or ' ' ? 1 : 0;
                if (body.Length > signLength + 1 && body[signLength] == '0' && body[signLength + 1] is 'x' or 'X' or 'o' or 'b') signLength += 2;
                return body[..signLength] + new string(fill, n) + body[signLength..];
            }
            default: return new string(fill, n) + body;
        }
    }
}

/// <summary>printf-style formatting: str % values.</summary>
public static class PercentFormat
{
    public static string Format(string format, PyObject values)
    {
        var args = values is PyTuple t ? t.Items : [values];
        var mapping = values as PyDict;
        var sb = new StringBuilder();
        var next = 0;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%') { sb.Append(c); continue; }
            if (++i >= format.Length) throw PyException.ValueError("incomplete format");
            PyObject? arg = null;
            if (format[i] == '(')
            {
                var close = format.IndexOf(')', i);
                if (close < 0) throw PyException.ValueError("incomplete format key");
                if (mapping is null) throw PyException.TypeError("format requires a mapping");
                var key = PyStr.From(format[(i + 1)..close]);
                arg = mapping.Get(key) ?? throw PyException.KeyError(key);
                i = close + 1;
            }
            var flags = "";
            while (i < format.Length && format[i] is '-' or '+' or ' ' or '#' or '0') flags += format[i++];
            var width = 0;
            while (i < format.Length && char.IsAsciiDigit(format[i])) width = width * 10 + (format[i++] - '0');
            int? precision = null;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                var p = 0;
                while (i < format.Length && char.IsAsciiDigit(format[i])) p = p * 10 + (format[i++] - '0');
                precision = p;
            }
            if (i >= format.Length) throw PyException.ValueError("incomplete format");
            var type = format[i];
            if (type == '%') { sb.Append('%'); continue; }
            if (arg is null)
            {
                if (next >= args.Length) throw PyException.TypeError("not enough arguments for format string");
                arg = args[next++];
            }
            var text = Convert(type, arg, flags, precision, i);
            if (text.Length < width)
            {
                if (flags.Contains('-')) text = text.PadRight(width);
                else if (flags.Contains('0') && type is not ('s' or 'r' or 'a' or 'c'))
                {
                    var signLength = text.Length > 0 && text[0] is '-' or '+' or ' ' ? 1 : 0;
                    text = text[..signLength] + new string('0', width - text.Length) + text[signLength..];
                }
                else text = text.PadLeft(width);
            }
            sb.Append(text);
        }
        if (mapping is null && next < args.Length) throw PyException.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static string Convert(char type, PyObject arg, string flags, int? precision, int index)
    {
        var sign = flags.Contains('+') ? '+' : flags.Contains(' ') ? ' ' : '\0';
        switch (type)
        {
            case 's': { var s = arg.Str(); return precision is int p && p < s.Length ? s[..p] : s; }
            case 'r' or 'a': { var s = arg.Repr(); return precision is int p && p < s.Length ? s[..p] : s; }
            case 'd' or 'i' or 'u':
            {
                var i = arg switch
                {
                    PyInt n => n.AsBig,
                    PyFloat f when !double.IsNaN(f.Value) && !double.IsInfinity(f.Value) => new BigInteger(Math.Truncate(f.Value)),
                    _ => throw PyException.TypeError($"%{type} format: a real number is required, not {arg.Type.Name}"),
                };
                return (i.Sign < 0 ? "-" : sign == '\0' ? "" : sign.ToString()) + BigInteger.Abs(i).ToString(CultureInfo.InvariantCulture);
            }
            case 'x' or 'X' or 'o':
            {
                if (arg is not PyInt n) throw PyException.TypeError($"%{type} format: an integer is required, not {arg.Type.Name}");
                var digits = FormatSpec.ToBase(BigInteger.Abs(n.AsBig), type == 'o' ? 8 : 16, type == 'X');
                if (flags.Contains('#')) digits = (type == 'o' ? "0o" : type == 'x' ? "0x" : "0X") + digits;
                return (n.Sign < 0 ? "-" : sign == '\0' ? "" : sign.ToString()) + digits;
            }
            case 'f' or 'F' or 'e' or 'E' or 'g' or 'G':
            {
                var d = arg switch
                {
                    PyFloat f => f.Value,
                    PyInt n => n.ToDouble(),
                    _ => throw PyException.TypeError($"must be real number, not {arg.Type.Name}"),
                };
                var body = FormatSpec.FloatBody(Math.Abs(d), type, precision ?? 6, flags.Contains('#'));
                return (double.IsNegative(d) && !double.IsNaN(d) ? "-" : sign == '\0' ? "" : sign.ToString()) + body;
            }
            case 'c':
                return arg switch
                {
                    PyInt n => char.ConvertFromUtf32((int)n.AsIndex()),
                    PyStr { Length: 1 } s => s.Value,
                    _ => throw PyException.TypeError("%c requires int or char"),
                };
            default:
                throw PyException.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {index}");
        }
    }
}
