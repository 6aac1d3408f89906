using System.Globalization;
using System.Numerics;

namespace Engine.Runtime;

/// <summary>int(str, base) and float(str) with Python's syntax: surrounding whitespace, a sign,
/// underscores between digits, base prefixes, and CPython's error messages.</summary>
public static class NumberParsing
{
    /// <summary>The value of up to 18 ASCII digits and nothing else (what str(n) gives back), which
    /// needs no trimming, underscores or limits; null for any other text.</summary>
    private static long? PlainDecimal(string text)
    {
        if (text.Length is 0 or > 18) return null;
        long value = 0;
        foreach (var c in text)
        {
            if (c is < '0' or > '9') return null;
            value = value * 10 + (c - '0');
        }
        return value;
    }

    public static PyInt ParseInt(string text, int @base)
    {
        if (@base != 0 && (@base < 2 || @base > 36)) throw PyException.ValueError("int() base must be >= 2 and <= 36, or 0");
        if (@base == 10 && PlainDecimal(text) is { } plain) return PyInt.From(plain);
        var s = text.Trim(WhiteSpace);
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-') negative = s[i++] == '-';
        var b = @base;
        if (i + 1 < s.Length && s[i] == '0' && (b == 0 || b == 16 || b == 8 || b == 2))
        {
            var p = char.ToLowerInvariant(s[i + 1]);
            var prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (b == 0 || b == prefixBase))
            {
                b = prefixBase;
                i += 2;
                if (i < s.Length && s[i] == '_') i++;
            }
        }
        var zeroBase = b == 0;
        if (b == 0) b = 10;
        var digits = s[i..];
        if (digits.Length == 0 || digits.StartsWith('_') || digits.EndsWith('_') || digits.Contains("__")) throw Invalid(text, @base);
        if (zeroBase && digits.Length > 1 && digits[0] == '0' && digits.Replace("_", "").Trim('0').Length > 0) throw Invalid(text, @base);
        if (digits.Length > IntLimits.MaxStrDigits && b == 10 && digits.Replace("_", "").Length > IntLimits.MaxStrDigits)
            throw PyException.ValueError($"Exceeds the limit (4300 digits) for integer string conversion: value has {digits.Replace("_", "").Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        BigInteger value = 0;
        long small = 0;
        var isSmall = true;
        foreach (var c in digits)
        {
            if (c == '_') continue;
            var d = DigitValue(c);
            if (d < 0 || d >= b) throw Invalid(text, @base);
            if (isSmall && small < (long.MaxValue - d) / b) small = small * b + d;
            else
            {
                if (isSmall) { value = small; isSmall = false; }
                value = value * b + d;
            }
        }
        if (isSmall) return PyInt.From(negative ? -small : small);
        return PyInt.From(negative ? -value : value);
    }

    private static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9') return c - '0';
        if (c is >= 'a' and <= 'z') return c - 'a' + 10;
        if (c is >= 'A' and <= 'Z') return c - 'A' + 10;
        if (char.IsDigit(c)) return (int)char.GetNumericValue(c);
        return -1;
    }

    private static PyException Invalid(string text, int @base) =>
        PyException.ValueError($"invalid literal for int() with base {@base}: {Engine.Syntax.PyRepr.Str(text)}");

    private static readonly char[] WhiteSpace = [' ', '\t', '\n', '\r', '\v', '\f', '\x1c', '\x1d', '\x1e', '\x1f', '\x85', '\xa0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000'];

    public static double ParseFloat(string text)
    {
        // A plain literal (a sign, digits, a point, an exponent; no spaces, no underscores), as
        // str(x) and '%.2f' give back: parsed as it is, without the copies below.
        var unsigned = text.Length > 0 && text[0] is '+' or '-' ? text.AsSpan(1) : text;
        if (IsFloatSyntax(unsigned) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var plain)) return plain;
        var s = ToAsciiDigitsAndSpaces(text).Trim(WhiteSpace);
        var body = s.TrimStart('+', '-');
        var negative = s.StartsWith('-');
        if (s.Length - body.Length <= 1)
        {
            switch (body.ToLowerInvariant())
            {
                case "inf" or "infinity": return negative ? double.NegativeInfinity : double.PositiveInfinity;
                case "nan": return double.NaN;
            }
        }
        if (body.Length > 0 && !body.StartsWith('_') && !body.EndsWith('_') && !body.Contains("__") && IsFloatSyntax(body.Replace("_", ""))
            && double.TryParse(s.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            return v;
        throw PyException.ValueError($"could not convert string to float: {Engine.Syntax.PyRepr.Str(text)}");
    }

    /// <summary>_PyUnicode_TransformDecimalAndSpaceToASCII: every Unicode decimal digit as its
    /// ASCII digit, every Unicode space as ' ', any other character past ASCII as '?' (which no
    /// number's syntax accepts), so float('\u0663.5') is 3.5 as in CPython.</summary>
    private static string ToAsciiDigitsAndSpaces(string text)
    {
        if (System.Text.Ascii.IsValid(text)) return text;
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii) sb.Append((char)rune.Value);
            else if (System.Text.Rune.IsWhiteSpace(rune)) sb.Append(' ');
            else if (System.Text.Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber) sb.Append((char)('0' + System.Text.Rune.GetNumericValue(rune)));
            else sb.Append('?');
        }
        return sb.ToString();
    }

    /// <summary>digits [. digits] [e [sign] digits], at least one digit in the mantissa.</summary>
    private static bool IsFloatSyntax(ReadOnlySpan<char> s)
    {
        var i = 0;
        var mantissaDigits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; mantissaDigits++; }
        }
        if (mantissaDigits == 0) return false;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            i++;
            if (i < s.Length && s[i] is '+' or '-') i++;
            var expDigits = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        return i == s.Length;
    }

    /// <summary>int(float): truncation toward zero, with CPython's errors for inf and nan.</summary>
    public static PyInt FromDouble(double d)
    {
        if (double.IsNaN(d)) throw PyException.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyException.OverflowError("cannot convert float infinity to integer");
        var t = Math.Truncate(d);
        return Math.Abs(t) < 9e18 ? PyInt.From((long)t) : PyInt.From(new BigInteger(t));
    }
}
