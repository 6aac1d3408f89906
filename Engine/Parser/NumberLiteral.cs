using System.Globalization;
using System.Numerics;
using Engine.Syntax;

namespace Engine.Parser;

/// <summary>The value of a NUMBER token (the tokenizer has already checked its form): int of any size, float, or imaginary.</summary>
internal static class NumberLiteral
{
    /// <summary>sys.int_info.default_max_str_digits: a longer decimal int literal is a SyntaxError in 3.11.</summary>
    public static bool ExceedsDigitLimit(string text, out int digits)
    {
        digits = 0;
        if (text.Length <= 4300 || text.Length > 1 && (text[1] | 0x20) is 'x' or 'o' or 'b') return false;
        // a decimal literal that starts with 0 is all zeros (the tokenizer saw to it): PyLong_FromString skips them
        if (text[0] == '0' && text.AsSpan().IndexOfAny('.', 'e', 'E') < 0 && text.AsSpan().IndexOfAny('j', 'J') < 0) return false;
        foreach (char c in text)
        {
            if (c is '.' or 'e' or 'E' or 'j' or 'J') return false;
            if (c != '_') digits++;
        }
        return digits > 4300;
    }

    public static PyConstant Parse(string text)
    {
        string s = text.Contains('_') ? text.Replace("_", "") : text;
        char last = s[^1];
        if (last is 'j' or 'J')
            return new ComplexConstant(0.0, ParseFloat(s[..^1]));
        if (s.Length > 1 && s[0] == '0' && (s[1] | 0x20) is 'x' or 'o' or 'b')
            return new IntConstant(ParseRadix(s.AsSpan(2), (s[1] | 0x20) switch { 'x' => 16, 'o' => 8, _ => 2 }));
        if (s.AsSpan().IndexOfAny('.', 'e', 'E') >= 0)
            return new FloatConstant(ParseFloat(s));
        return new IntConstant(ParseDecimal(s));
    }

    /// <summary>.NET Core's double parsing is correctly rounded (IEEE 754), like CPython's dtoa; overflow gives infinity as in Python literals.</summary>
    private static double ParseFloat(string s) =>
        double.Parse(s, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static BigInteger ParseDecimal(string s)
    {
        if (s.Length <= 18) return long.Parse(s, CultureInfo.InvariantCulture);
        return BigInteger.Parse(s, CultureInfo.InvariantCulture);
    }

    private static BigInteger ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (radix == 16)
        {
            // a leading 0 keeps BigInteger from reading the top bit as a sign
            return BigInteger.Parse("0" + digits.ToString(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        int bits = radix == 8 ? 3 : 1;
        var bytes = new byte[(digits.Length * bits + 7) / 8 + 1];
        int bitPos = 0;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i] - '0';
            for (int b = 0; b < bits; b++, bitPos++)
                if ((d >> b & 1) != 0) bytes[bitPos / 8] |= (byte)(1 << (bitPos % 8));
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }
}
