using System.Globalization;
using System.Numerics;
using System.Text;

namespace Engine.Runtime;

/// <summary>PyOS_double_to_string: a float's digits, correctly rounded as David Gay's dtoa gives
/// them (shortest for 'r', n significant digits for 'e'/'g', n decimals for 'f', ties to even),
/// laid out as format_float_short lays them out. The digits come from exact integer arithmetic
/// on the double's binary value, so no precision is too large and no rounding is doubled.</summary>
public static class FloatFormat
{
    /// <summary>The text of |v| (no sign) for code 'e', 'f', 'g' or 'r' (upper: 'E', 'F', 'G');
    /// <paramref name="negative"/> says whether a '-' belongs in front (after 'z' coercion).</summary>
    public static string Format(double v, char code, int precision, bool alternate, bool addDot0, bool noNegZero, out bool negative)
    {
        var upper = code is 'E' or 'F' or 'G';
        code = char.ToLowerInvariant(code);
        if (double.IsNaN(v)) { negative = false; return upper ? "NAN" : "nan"; }
        negative = double.IsNegative(v);
        var a = Math.Abs(v);
        if (double.IsInfinity(a)) return upper ? "INF" : "inf";
        string digits;
        int decpt;
        switch (code)
        {
            case 'r': (digits, decpt) = Shortest(a); break;
            case 'f': (digits, decpt) = Fixed(a, precision); break;
            case 'e': precision++; (digits, decpt) = Significant(a, precision); break;
            default: if (precision == 0) precision = 1; (digits, decpt) = Significant(a, precision); break;
        }
        if (noNegZero && negative && (digits.Length == 0 || digits == "0")) negative = false;
        return Layout(digits, decpt, code, precision, alternate, addDot0, upper);
    }

    /// <summary>format_float_short: the digit string padded with zeros on either side, a decimal
    /// point, and an exponent when the code (or the size of the number) asks for one.</summary>
    private static string Layout(string digits, int decpt, char code, int precision, bool alternate, bool addDot0, bool upper)
    {
        var length = digits.Length;
        var end = length;
        var useExp = false;
        switch (code)
        {
            case 'e': useExp = true; end = precision; break;
            case 'f': end = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alternate) end = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        var exp = 0;
        if (useExp) { exp = decpt - 1; decpt = 1; }
        var start = decpt <= 0 ? decpt - 1 : 0;
        end = !useExp && addDot0 ? Math.Max(end, decpt + 1) : Math.Max(end, decpt);
        var size = end - start + 8;
        MemoryBudget.CheckString(size);
        // Laid out in a buffer of its final size at most (on the stack when small): the one string
        // made is the answer.
        var sb = new TextBuffer(size <= 128 ? stackalloc char[128] : new char[size]);
        if (decpt <= 0)
        {
            sb.Append('0', decpt - start);
            sb.Append('.');
            sb.Append('0', -decpt);
        }
        if (0 < decpt && decpt <= length)
        {
            sb.Append(digits.AsSpan(0, decpt));
            sb.Append('.');
            sb.Append(digits.AsSpan(decpt));
        }
        else sb.Append(digits);
        if (length < decpt)
        {
            sb.Append('0', decpt - length);
            sb.Append('.');
            sb.Append('0', end - decpt);
        }
        else sb.Append('0', end - length);
        if (sb.Last == '.' && !alternate) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e');
            sb.Append(exp < 0 ? '-' : '+');
            var magnitude = Math.Abs(exp);
            if (magnitude < 10) sb.Append('0');
            sb.Append(magnitude.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>Text written into a fixed buffer large enough for all of it.</summary>
    private ref struct TextBuffer(Span<char> buffer)
    {
        private readonly Span<char> _buffer = buffer;
        public int Length;

        public readonly char Last => _buffer[Length - 1];

        public void Append(char c) => _buffer[Length++] = c;

        public void Append(char c, int count)
        {
            if (count <= 0) return;
            _buffer.Slice(Length, count).Fill(c);
            Length += count;
        }

        public void Append(ReadOnlySpan<char> text)
        {
            text.CopyTo(_buffer[Length..]);
            Length += text.Length;
        }

        public override readonly string ToString() => new(_buffer[..Length]);
    }

    /// <summary>The shortest digits that read back as <paramref name="a"/> (dtoa mode 0).</summary>
    private static (string, int) Shortest(double a)
    {
        if (a == 0) return ("0", 1);
        var r = a.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOfAny(['E', 'e']);
        var exp10 = e < 0 ? 0 : int.Parse(r[(e + 1)..], CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.');
        var intLength = dot < 0 ? mantissa.Length : dot;
        var all = mantissa.Replace(".", "");
        var lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') lead++;
        var digits = all[lead..].TrimEnd('0');
        return (digits.Length == 0 ? "0" : digits, intLength + exp10 - lead);
    }

    /// <summary>a = mantissa * 2^exponent, exactly.</summary>
    private static (BigInteger, int) Decompose(double a)
    {
        var bits = BitConverter.DoubleToInt64Bits(a);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & ((1L << 52) - 1);
        if (exponent == 0) exponent = 1;
        else mantissa |= 1L << 52;
        return (mantissa, exponent - 1075);
    }

    /// <summary>round(a * 10^scale) with ties to even, exactly.</summary>
    private static BigInteger Scaled(double a, int scale) => Scaled(a, scale, out _);

    /// <summary>round(a * 10^scale) with ties to even, exactly; <paramref name="truncated"/> is the floor.</summary>
    private static BigInteger Scaled(double a, int scale, out BigInteger truncated)
    {
        var (m, e) = Decompose(a);
        BigInteger num = m, den = BigInteger.One;
        if (e >= 0) num <<= e; else den <<= -e;
        if (scale >= 0) num *= BigInteger.Pow(10, scale); else den *= BigInteger.Pow(10, -scale);
        var q = BigInteger.DivRem(num, den, out var rem);
        truncated = q;
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>dtoa mode 3: the digits of a rounded to <paramref name="precision"/> decimals.</summary>
    private static (string, int) Fixed(double a, int precision)
    {
        if (a == 0) return ("0", 1);
        if (FixedBySmallProduct(a, precision) is { } small) return small;
        if (FixedByRuntime(a, precision) is { } quick) return quick;
        return FixedExact(a, precision);
    }

    /// <summary><see cref="Fixed"/> by exact integer arithmetic, whatever the value and precision.</summary>
    internal static (string, int) FixedExact(double a, int precision)
    {
        if (a == 0) return ("0", 1);
        MemoryBudget.CheckString(precision);
        return ScaledDigits(Scaled(a, precision).ToString(CultureInfo.InvariantCulture), precision);
    }

    /// <summary>Fixed's answer from the decimal digits of round(a·10^p), whichever path made them:
    /// the significant digits and the decimal point's place ("" when the rounding gave 0).</summary>
    private static (string, int) ScaledDigits(ReadOnlySpan<char> digits, int precision)
    {
        var start = 0;
        while (start < digits.Length && digits[start] == '0') start++;
        digits = digits[start..];
        if (digits.Length == 0) return ("", -precision);
        return (new string(digits.TrimEnd('0')), digits.Length - precision);
    }

    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 16).Select(p => "F" + p.ToString(CultureInfo.InvariantCulture))];

    private static readonly double[] PowersOfTen = [.. Enumerable.Range(0, 16).Select(p => Math.Pow(10, p))];

    /// <summary>
    /// <see cref="Fixed"/>'s answer when a·10^p is below 2^52: y = a·10^p rounded, its rounding
    /// error e = a·10^p − y exactly (a fused multiply-add), n the integer nearest y; then
    /// a·10^p − n = (y − n) + e, where y − n is exact and the sum rounds by 2^-54 at most, decides
    /// whether n is the correctly rounded answer or one off. Within 10^-9 of a half (an exact tie,
    /// or too close to tell) it answers null, and the slower paths decide. No string formatting,
    /// no BigInteger: '%.2f' of a price, f'{x:.3f}' of a measurement.
    /// </summary>
    internal static (string, int)? FixedBySmallProduct(double a, int precision)
    {
        if (precision >= PowersOfTen.Length) return null;
        var scale = PowersOfTen[precision];
        var y = a * scale;
        if (!(y < 4e15)) return null;
        var error = Math.FusedMultiplyAdd(a, scale, -y);
        var n = Math.Round(y, MidpointRounding.ToEven);
        var rest = (y - n) + error;
        if (Math.Abs(Math.Abs(rest) - 0.5) < 1e-9) return null;
        if (rest > 0.5) n += 1;
        else if (rest < -0.5) n -= 1;
        Span<char> digits = stackalloc char[20];
        ((long)n).TryFormat(digits, out var count, default, CultureInfo.InvariantCulture);
        return ScaledDigits(digits[..count], precision);
    }

    /// <summary>
    /// <see cref="Fixed"/>'s answer from .NET's own fixed formatting, which rounds the double's exact
    /// value correctly too, but an exact tie away from zero where dtoa rounds it to even; null when
    /// the value may be such a tie (or is too large or too precise to bother). a·10^(p+1) ends in a
    /// 5 with nothing after it only if a·2^(p+1) is an odd integer (a·10^(p+1) = a·2^(p+1)·5^(p+1)),
    /// which a multiplication by a power of two tells exactly. Saves the BigInteger arithmetic
    /// (about 700 bytes) of each '%.2f'.
    /// </summary>
    internal static (string, int)? FixedByRuntime(double a, int precision)
    {
        if (precision >= FixedFormats.Length || a >= 1e15) return null;
        var twice = Math.ScaleB(a, precision + 1);
        if (twice == Math.Floor(twice) && twice % 2 == 1) return null;
        Span<char> text = stackalloc char[48];
        if (!a.TryFormat(text, out var written, FixedFormats[precision], CultureInfo.InvariantCulture)) return null;
        Span<char> digits = stackalloc char[48];
        var count = 0;
        foreach (var c in text[..written])
            if (c != '.') digits[count++] = c;
        return ScaledDigits(digits[..count], precision);
    }

    /// <summary>dtoa mode 2: a rounded to <paramref name="count"/> significant digits.</summary>
    private static (string, int) Significant(double a, int count)
    {
        if (a == 0) return ("0", 1);
        MemoryBudget.CheckString(count);
        var k = (int)Math.Floor(Math.Log10(a));
        var low = BigInteger.Pow(10, count - 1);
        var high = low * 10;
        for (var tries = 0; ; tries++)
        {
            // k is right when 10^(count-1) <= a * 10^(count-1-k) < 10^count before rounding.
            var n = Scaled(a, count - 1 - k, out var floor);
            if (floor >= high && tries < 4) { k++; continue; }
            if (floor < low && tries < 4) { k--; continue; }
            if (n >= high) { n /= 10; k++; }
            var s = n.ToString(CultureInfo.InvariantCulture);
            return (s.TrimEnd('0'), k + 1);
        }
    }
}
