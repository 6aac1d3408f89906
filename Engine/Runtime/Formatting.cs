using System.Globalization;
using System.Numerics;
using System.Text;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>format(value, spec) and the __format__ of int, bool, float, complex and str: the
/// format-specification mini-language as Python/formatter_unicode.c reads and applies it
/// ([[fill]align][sign][z][#][0][width][,|_][.precision][type]).</summary>
public static class FormatSpec
{
    /// <summary>A parsed spec (InternalFormatSpec). Fill and type are code points.</summary>
    private sealed class Spec
    {
        public int Fill = ' ';
        public char Align;
        public char Sign;
        public bool NoNegZero, Alternate;
        public int Width = -1;
        public char Grouping; // ',' or '_' (or '4' for '_' every four digits: bin, oct, hex)
        public int Precision = -1;
        public int Type;
    }

    /// <summary>format(value, spec): type(value).__format__(value, spec), whose answer must be a str.</summary>
    public static string Format(PyObject value, string spec)
    {
        // The exact builtin types go straight to their formatter; anything else through its class.
        var type = value.Type;
        if (ReferenceEquals(type, PyTypes.Str) || ReferenceEquals(type, PyTypes.Int) || ReferenceEquals(type, PyTypes.Float)
            || ReferenceEquals(type, PyTypes.Bool) || ReferenceEquals(type, PyTypes.Complex))
            return FormatBuiltin(value, spec);
        var method = type.Lookup("__format__");
        if (method is null) return FormatObject(value, spec);
        var result = Builtins.Call(method, value, PyStr.From(spec));
        return result is PyStr s ? s.Value : throw PyException.TypeError($"__format__ must return a str, not {result.Type.Name}");
    }

    /// <summary>int/float/complex/str.__format__ for a value of that builtin type (or a subclass).</summary>
    public static string FormatBuiltin(PyObject value, string spec)
    {
        // An empty spec is str(self): True stays 'True', a subclass's __str__ is honoured.
        if (spec.Length == 0) return value is PyStr s && ReferenceEquals(s.Type, PyTypes.Str) ? s.Value : value.Str();
        switch (value)
        {
            case PyInt i: return FormatInt(i, Parsed(spec, value, 'd', '>'));
            case PyFloat f: return FormatFloat(f.Value, Parsed(spec, value, '\0', '>'));
            case PyComplex c: return FormatComplex(c, Parsed(spec, value, '\0', '>'));
            case PyStr str: return FormatString(str, Parsed(spec, value, 's', '<'));
            default: return FormatObject(value, spec);
        }
    }

    /// <summary>object.__format__: str(self) for an empty spec, else a TypeError.</summary>
    public static string FormatObject(PyObject value, string spec) =>
        spec.Length == 0 ? value.Str() : throw PyException.TypeError($"unsupported format string passed to {value.Type.Name}.__format__");

    /// <summary>The __format__ methods of the builtin types (object's is in TypeCall).</summary>
    internal static void Register()
    {
        foreach (var t in new[] { PyTypes.Int, PyTypes.Float, PyTypes.Complex, PyTypes.Str })
        {
            t.AddMethod("__format__", (a, k) =>
            {
                ArgCheck.Exactly("__format__", a, k, 2);
                if (a[1] is not PyStr spec) throw PyException.TypeError($"__format__() argument must be str, not {a[1].Type.Name}");
                return PyStr.From(FormatBuiltin(a[0], spec.Value));
            });
        }
    }

    // ---- parsing -----------------------------------------------------------------------------

    private static bool IsAlign(int c) => c is '<' or '>' or '=' or '^';

    /// <summary>A spec parsed before, by its text and defaults (what parsing depends on).</summary>
    private sealed record ParsedSpec(string Text, char DefaultType, char DefaultAlign, Spec Spec);

    /// <summary>The specs parsed last, by a hash of their text: an f-string's spec is the same
    /// text each time it runs. A spec is never changed once parsed, so entries may be shared by
    /// the threads that format; a spec that does not parse is not kept (its error names the value's type).</summary>
    private static readonly ParsedSpec?[] SpecCache = new ParsedSpec?[256];

    private static Spec Parsed(string text, PyObject value, char defaultType, char defaultAlign)
    {
        var slot = (text.GetHashCode() ^ defaultType) & (SpecCache.Length - 1);
        if (SpecCache[slot] is { } kept && kept.DefaultType == defaultType && kept.DefaultAlign == defaultAlign && kept.Text == text)
            return kept.Spec;
        var spec = Parse(text, value, defaultType, defaultAlign);
        SpecCache[slot] = new ParsedSpec(text, defaultType, defaultAlign, spec);
        return spec;
    }

    private static Spec Parse(string text, PyObject value, char defaultType, char defaultAlign)
    {
        var spec = new Spec { Align = defaultAlign, Type = defaultType };
        var cps = CodePoints(text);
        var pos = 0;
        var end = cps.Length;
        var fillSpecified = false;
        var alignSpecified = false;
        if (end - pos >= 2 && IsAlign(cps[pos + 1]))
        {
            spec.Align = (char)cps[pos + 1];
            spec.Fill = cps[pos];
            fillSpecified = alignSpecified = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(cps[pos]))
        {
            spec.Align = (char)cps[pos];
            alignSpecified = true;
            pos++;
        }
        if (end - pos >= 1 && cps[pos] is '+' or '-' or ' ') spec.Sign = (char)cps[pos++];
        if (end - pos >= 1 && cps[pos] == 'z') { spec.NoNegZero = true; pos++; }
        if (end - pos >= 1 && cps[pos] == '#') { spec.Alternate = true; pos++; }
        // The '0' flag: zero fill, placed after the sign for numbers (alignment '=').
        if (!fillSpecified && end - pos >= 1 && cps[pos] == '0')
        {
            spec.Fill = '0';
            if (!alignSpecified && defaultAlign == '>') spec.Align = '=';
            pos++;
        }
        var width = ReadInteger(cps, ref pos);
        if (width >= 0) spec.Width = width;
        if (end - pos >= 1 && cps[pos] == ',') { spec.Grouping = ','; pos++; }
        if (end - pos >= 1 && cps[pos] == '_')
        {
            if (spec.Grouping != '\0') throw PyException.ValueError("Cannot specify both ',' and '_'.");
            spec.Grouping = '_';
            pos++;
        }
        if (end - pos >= 1 && cps[pos] == ',' && spec.Grouping == '_') throw PyException.ValueError("Cannot specify both ',' and '_'.");
        if (end - pos >= 1 && cps[pos] == '.')
        {
            pos++;
            var precision = ReadInteger(cps, ref pos);
            if (precision < 0) throw PyException.ValueError("Format specifier missing precision");
            spec.Precision = precision;
        }
        if (end - pos > 1)
            throw PyException.ValueError($"Invalid format specifier '{text}' for object of type '{value.Type.Name}'");
        if (end - pos == 1) spec.Type = cps[pos];
        if (spec.Grouping != '\0')
        {
            switch (spec.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0':
                    break;
                case 'b' or 'o' or 'x' or 'X' when spec.Grouping == '_':
                    spec.Grouping = '4';
                    break;
                default:
                    throw PyException.ValueError($"Cannot specify '{spec.Grouping}' with {CodeText(spec.Type)}.");
            }
        }
        return spec;
    }

    /// <summary>Digits as a non-negative int; -1 when there are none.</summary>
    private static int ReadInteger(int[] cps, ref int pos)
    {
        var start = pos;
        long n = 0;
        while (pos < cps.Length && cps[pos] is >= '0' and <= '9')
        {
            n = n * 10 + (cps[pos++] - '0');
            if (n > int.MaxValue) throw PyException.ValueError("Too many decimal digits in format string");
        }
        return pos == start ? -1 : (int)n;
    }

    private static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        int units;
        for (var i = 0; i < s.Length; i += units) list.Add(Surrogates.CodePointAt(s, i, out units));
        return [.. list];
    }

    /// <summary>A format code as the messages quote it: 'x', or '\x..' when it is not printable ASCII.</summary>
    private static string CodeText(int code) =>
        code > 32 && code < 128 ? $"'{(char)code}'" : $"'\\x{code:x}'";

    private static PyException UnknownCode(int code, PyObject value) =>
        PyException.ValueError($"Unknown format code {CodeText(code)} for object of type '{value.Type.Name}'");

    private static string FillText(int fill, int count)
    {
        if (count <= 0) return "";
        var unit = Surrogates.ToText(fill); // a surrogate fill is its stand-in, two units
        MemoryBudget.CheckString(count * (long)unit.Length);
        if (unit.Length == 1) return new string(unit[0], count);
        var sb = new StringBuilder(count * 2);
        for (var i = 0; i < count; i++) sb.Append(unit);
        return sb.ToString();
    }

    // ---- str -----------------------------------------------------------------------------------

    private static string FormatString(PyStr value, Spec spec)
    {
        if (spec.Type != 's') throw UnknownCode(spec.Type, value);
        if (spec.Sign != '\0')
            throw PyException.ValueError(spec.Sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
        if (spec.NoNegZero) throw PyException.ValueError("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate) throw PyException.ValueError("Alternate form (#) not allowed in string format specifier");
        if (spec.Align == '=') throw PyException.ValueError("'=' alignment not allowed in string format specifier");
        var text = value.Value;
        var length = value.Length;
        if (spec.Precision >= 0 && spec.Precision < length)
        {
            text = value.Substring(0, spec.Precision);
            length = spec.Precision;
        }
        return Pad(text, length, spec);
    }

    /// <summary>Pads a finished text to the width: '<' left, '>' right, '^' centred (extra on the right).</summary>
    private static string Pad(string text, int length, Spec spec)
    {
        if (spec.Width <= length) return text;
        var total = spec.Width - length;
        var left = spec.Align switch { '>' => total, '^' => total / 2, _ => 0 };
        return FillText(spec.Fill, left) + text + FillText(spec.Fill, total - left);
    }

    // ---- int -----------------------------------------------------------------------------------

    private static string FormatInt(PyInt value, Spec spec)
    {
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                break;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(value.ToDouble(), spec);
            default:
                throw UnknownCode(spec.Type, value);
        }
        if (spec.Precision >= 0) throw PyException.ValueError("Precision not allowed in integer format specifier");
        if (spec.NoNegZero) throw PyException.ValueError("Negative zero coercion (z) not allowed in integer format specifier");
        if (spec.Type == 'c')
        {
            if (spec.Sign != '\0') throw PyException.ValueError("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) throw PyException.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
            var big = value.AsBig;
            if (big > long.MaxValue || big < long.MinValue) throw PyException.OverflowError("Python int too large to convert to C long");
            if (big < 0 || big > 0x10FFFF) throw PyException.OverflowError("%c arg not in range(0x110000)");
            var ch = (int)big;
            return Number("", "", Surrogates.ToText(ch), "", 1, spec, noGrouping: true);
        }
        var v = BigInteger.Abs(value.AsBig);
        var digits = spec.Type switch
        {
            'x' => ToBase(v, 16, false),
            'X' => ToBase(v, 16, true),
            'o' => ToBase(v, 8, false),
            'b' => ToBase(v, 2, false),
            _ => v.ToString(CultureInfo.InvariantCulture),
        };
        var prefix = spec.Alternate ? spec.Type switch { 'x' => "0x", 'X' => "0X", 'o' => "0o", 'b' => "0b", _ => "" } : "";
        return Number(SignText(value.Sign < 0, spec.Sign), prefix, digits, "", digits.Length, spec, noGrouping: spec.Type == 'n');
    }

    public static string ToBase(BigInteger v, int radix, bool upper)
    {
        if (v.IsZero) return "0";
        var chars = upper ? "0123456789ABCDEF" : "0123456789abcdef";
        if (radix == 16 || radix == 8 || radix == 2)
        {
            // Powers of two: read the bits straight off the magnitude, no repeated division.
            var shift = radix == 16 ? 4 : radix == 8 ? 3 : 1;
            var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
            var bitCount = (int)v.GetBitLength();
            var count = (bitCount + shift - 1) / shift;
            var buffer = new char[count];
            for (var d = 0; d < count; d++)
            {
                var digit = 0;
                for (var b = 0; b < shift; b++)
                {
                    var bit = d * shift + b;
                    if (bit < bitCount && (bytes[bit >> 3] >> (bit & 7) & 1) != 0) digit |= 1 << b;
                }
                buffer[count - 1 - d] = chars[digit];
            }
            return new string(buffer);
        }
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            v = BigInteger.DivRem(v, radix, out var r);
            sb.Insert(0, chars[(int)r]);
        }
        return sb.ToString();
    }

    private static string SignText(bool negative, char sign) => negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";

    // ---- float ---------------------------------------------------------------------------------

    private static string FormatFloat(double value, Spec spec)
    {
        var type = spec.Type;
        var precision = spec.Precision;
        var addDot0 = false;
        var defaultPrecision = 6;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
            throw UnknownCode(type, new PyFloat(value));
        if (type == '\0')
        {
            // No type: repr() without a precision, else 'g' that always shows a digit after the point.
            addDot0 = true;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        var percent = false;
        if (type == '%') { type = 'f'; value *= 100; percent = true; }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var body = FloatFormat.Format(value, (char)type, precision, spec.Alternate, addDot0, spec.NoNegZero, out var negative);
        if (percent) body += "%";
        return FloatNumber(SignText(negative, spec.Sign), body, spec, noGrouping: spec.Type == 'n');
    }

    /// <summary>Splits a float's text into integer digits and the rest ('.', fraction, exponent, '%').</summary>
    private static string FloatNumber(string sign, string body, Spec spec, bool noGrouping)
    {
        var n = 0;
        while (n < body.Length && char.IsAsciiDigit(body[n])) n++;
        return Number(sign, "", body[..n], body[n..], n, spec, noGrouping || n == 0);
    }

    // ---- complex -------------------------------------------------------------------------------

    private static string FormatComplex(PyComplex value, Spec spec)
    {
        var type = spec.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n')) throw UnknownCode(type, value);
        if (spec.Fill == '0') throw PyException.ValueError("Zero padding is not allowed in complex format specifier");
        if (spec.Align == '=') throw PyException.ValueError("'=' alignment flag is not allowed in complex format specifier");
        var precision = spec.Precision;
        var defaultPrecision = 6;
        var skipReal = false;
        var parens = false;
        if (type == '\0')
        {
            // Like str(self): a positive zero real part is left out, otherwise parentheses.
            type = 'r';
            defaultPrecision = 0;
            if (value.Real == 0 && !double.IsNegative(value.Real)) skipReal = true;
            else parens = true;
        }
        if (type == 'n') type = 'g';
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        var reBody = FloatFormat.Format(value.Real, (char)type, precision, spec.Alternate, false, spec.NoNegZero, out var reNegative);
        var imBody = FloatFormat.Format(value.Imag, (char)type, precision, spec.Alternate, false, spec.NoNegZero, out var imNegative);
        var inner = new Spec { Grouping = spec.Grouping, Width = -1, Align = '<' };
        var re = skipReal ? "" : FloatNumber(SignText(reNegative, spec.Sign), reBody, inner, false);
        var im = FloatNumber(SignText(imNegative, skipReal ? spec.Sign : '+'), imBody, inner, false);
        var text = (parens ? "(" : "") + re + im + "j" + (parens ? ")" : "");
        return Pad(text, text.Length, spec);
    }

    // ---- layout of a number ----------------------------------------------------------------------

    /// <summary>calc_number_widths and fill_number: padding, sign, prefix, zero padding or the
    /// '=' fill, the integer digits (grouped), then the rest.</summary>
    private static string Number(string sign, string prefix, string digits, string rest, int digitsLength, Spec spec, bool noGrouping)
    {
        var fixedLength = sign.Length + prefix.Length + rest.Length;
        var grouped = digits;
        if (spec.Grouping != '\0' && !noGrouping)
        {
            var minWidth = spec.Fill == '0' && spec.Align == '=' ? spec.Width - fixedLength : 0;
            grouped = Group(digits, spec.Grouping == '4' ? 4 : 3, spec.Grouping == ',' ? ',' : '_', minWidth);
            digitsLength = grouped.Length;
        }
        var padding = Math.Max(0, spec.Width - (fixedLength + digitsLength));
        int left = 0, middle = 0, right = 0;
        switch (spec.Align)
        {
            case '<': right = padding; break;
            case '^': left = padding / 2; right = padding - left; break;
            case '=': middle = padding; break;
            default: left = padding; break;
        }
        return FillText(spec.Fill, left) + sign + prefix + FillText(spec.Fill, middle) + grouped + rest + FillText(spec.Fill, right);
    }

    /// <summary>_PyUnicode_InsertThousandsGrouping: separators every <paramref name="size"/> digits from
    /// the right, and leading zeros (grouped too) until the text is at least <paramref name="minWidth"/> long.</summary>
    private static string Group(string digits, int size, char separator, int minWidth)
    {
        MemoryBudget.CheckString(Math.Max(minWidth, digits.Length) * 2L);
        var parts = new List<string>();
        var remaining = digits.Length;
        while (true)
        {
            var l = Math.Min(size, Math.Max(Math.Max(remaining, minWidth), 1));
            var zeros = Math.Max(0, l - remaining);
            var chars = Math.Max(0, Math.Min(remaining, l));
            parts.Add(new string('0', zeros) + digits.Substring(remaining - chars, chars));
            remaining -= chars;
            minWidth -= l;
            if (remaining <= 0 && minWidth <= 0) break;
            minWidth -= 1;
        }
        parts.Reverse();
        return string.Join(separator, parts);
    }
}
