using System.Globalization;
using System.Text;

namespace Engine.Syntax;

/// <summary>Python's repr() of the built-in literal types, character for character.</summary>
public static class PyRepr
{
    /// <summary>repr(float): the shortest digits that round-trip, laid out by CPython's 'r' rules.</summary>
    public static string Float(double value) => FormatFloat(value, addDotZero: true);

    /// <summary>repr(complex): 'imag j' alone when the real part is +0.0, else '(real±imag j)'.</summary>
    public static string Complex(double real, double imag)
    {
        if (real == 0 && !double.IsNegative(real))
            return FormatFloat(imag, addDotZero: false) + "j";
        var im = FormatFloat(imag, addDotZero: false);
        var sign = im.StartsWith('-') ? "" : "+";
        return "(" + FormatFloat(real, addDotZero: false) + sign + im + "j)";
    }

    /// <summary>The fewest significant digits that read back as the same double, correctly rounded
    /// (what repr's dtoa mode 0 gives). .NET's "R" is that almost always, but not at some powers of
    /// two, where the doubles below are closer together than those above (2**-25 needs 17 digits):
    /// there the digits are counted up until they read back.</summary>
    private static string ShortestRoundTrip(double value)
    {
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        if (double.Parse(r, CultureInfo.InvariantCulture) == value) return r;
        for (var precision = 0; precision < 16; precision++)
        {
            var candidate = value.ToString("E" + precision, CultureInfo.InvariantCulture);
            if (double.Parse(candidate, CultureInfo.InvariantCulture) == value) return candidate;
        }
        return value.ToString("E16", CultureInfo.InvariantCulture);
    }

    private static string FormatFloat(double value, bool addDotZero)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsInfinity(value)) return value > 0 ? "inf" : "-inf";
        var negative = double.IsNegative(value);
        if (value == 0) return (negative ? "-0" : "0") + (addDotZero ? ".0" : "");
        // "E16" is not shortest; "R" is (since .NET Core 3.0), in either fixed or E notation.
        var r = ShortestRoundTrip(Math.Abs(value));
        int exponent = 0;
        var e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exponent = int.Parse(r.AsSpan(e + 1), CultureInfo.InvariantCulture);
            r = r[..e];
        }
        var dot = r.IndexOf('.');
        var intPart = dot >= 0 ? r[..dot] : r;
        var fracPart = dot >= 0 ? r[(dot + 1)..] : "";
        var digits = (intPart + fracPart).TrimStart('0');
        // decpt: the value is 0.<digits> * 10**decpt
        var decpt = intPart.TrimStart('0').Length + exponent;
        if (intPart.TrimStart('0').Length == 0)
            decpt = exponent - (fracPart.Length - fracPart.TrimStart('0').Length);
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";

        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            var exp = decpt - 1;
            sb.Append(exp < 0 ? "e-" : "e+").Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (digits.Length <= decpt)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>repr(str): CPython's quote choice and escapes; printable non-ASCII stays as it is.</summary>
    public static string Str(string value)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 2);
        sb.Append(quote);
        for (var i = 0; i < value.Length; i++)
        {
            var cp = Surrogates.CodePointAt(value, i, out var units);
            i += units - 1;
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (IsPrintable(cp)) sb.Append(char.ConvertFromUtf32(cp)); // never a surrogate: those are not printable
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>repr(bytes): b'...' with \t \n \r, \\ and \xNN for everything outside printable ASCII.</summary>
    public static string Bytes(ReadOnlySpan<byte> value)
    {
        var quote = value.Contains((byte)'\'') && !value.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder(value.Length + 3);
        sb.Append('b').Append(quote);
        foreach (var b in value)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < ' ' || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)b);
        }
        return sb.Append(quote).ToString();
    }

    /// <summary>str.isprintable() for one code point, by CPython 3.11's Unicode 14.0 (not .NET's newer
    /// tables): not a control, format, surrogate, private-use, unassigned or separator character,
    /// except the ASCII space.</summary>
    public static bool IsPrintable(int codePoint)
    {
        // The number of flips at or below the code point: odd inside a printable run.
        var i = PrintableRuns.Starts.BinarySearch(codePoint);
        var flips = i >= 0 ? i + 1 : ~i;
        return flips % 2 == 1;
    }
}
