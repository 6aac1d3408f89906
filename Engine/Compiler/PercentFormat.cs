using System.Text;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// ast_opt.c's optimize_format: `"...%s...%r..." % (a, b)` with a constant format and a tuple
/// of as many items becomes the f-string `f"...{a!s}...{b!r}..."`, so that it compiles to
/// FORMAT_VALUE and BUILD_STRING. Any other unit (%d, %x, a `*` width, a mapping key...) or a
/// count mismatch leaves the expression alone.
/// </summary>
internal static class PercentFormat
{
    private const int MaxDigits = 3;
    private const int LeftJustify = 1;

    public static Expr Optimize(BinOp node, string format, List<Expr> items)
    {
        var pos = 0;
        var count = 0;
        var values = new List<Expr>();
        while (true)
        {
            if (Literal(format, ref pos) is { } literal) values.Add(literal);
            if (pos >= format.Length) break;
            if (count >= items.Count) return node; // more units than items
            pos++; // the '%'
            var unit = Unit(format, ref pos, items[count]);
            count++;
            if (unit is null) return node;
            values.Add(unit);
        }
        if (count < items.Count) return node; // more items than units
        var joined = new JoinedStr(values)
        {
            Lineno = node.Lineno, ColOffset = node.ColOffset, EndLineno = node.EndLineno, EndColOffset = node.EndColOffset,
        };
        return joined;
    }

    /// <summary>parse_literal: text up to the next lone '%', with '%%' written as '%'.</summary>
    private static Constant? Literal(string format, ref int pos)
    {
        var start = pos;
        var hasPercents = false;
        while (pos < format.Length)
        {
            if (format[pos] != '%') pos++;
            else if (pos + 1 < format.Length && format[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else break;
        }
        if (pos == start) return null;
        var text = format[start..pos];
        if (hasPercents) text = text.Replace("%%", "%");
        return Unplaced(new Constant(new StrConstant(text), null));
    }

    /// <summary>parse_format with simple_format_arg_parse: flags, a width and a precision of at most
    /// two digits each, then the conversion, which must be s, r or a.</summary>
    private static FormattedValue? Unit(string format, ref int pos, Expr arg)
    {
        var p = pos;
        int ch;
        bool Next(out int c)
        {
            c = p < format.Length ? format[p] : -1;
            if (p >= format.Length) return false;
            p++;
            return true;
        }
        var flags = 0;
        while (true)
        {
            if (!Next(out ch)) return null;
            if (ch == '-') { flags |= LeftJustify; continue; }
            if (ch is '+' or ' ' or '#' or '0') continue;
            break;
        }
        var width = -1;
        if (ch is >= '0' and <= '9')
        {
            width = 0;
            var digits = 0;
            while (ch is >= '0' and <= '9')
            {
                width = width * 10 + (ch - '0');
                if (!Next(out ch)) return null;
                if (++digits >= MaxDigits) return null;
            }
        }
        var precision = -1;
        if (ch == '.')
        {
            if (!Next(out ch)) return null;
            precision = 0;
            if (ch is >= '0' and <= '9')
            {
                var digits = 0;
                while (ch is >= '0' and <= '9')
                {
                    precision = precision * 10 + (ch - '0');
                    if (!Next(out ch)) return null;
                    if (++digits >= MaxDigits) return null;
                }
            }
        }
        pos = p;
        if (ch is not ('s' or 'r' or 'a')) return null;
        var spec = new StringBuilder();
        if ((flags & LeftJustify) == 0 && width > 0) spec.Append('>');
        if (width >= 0) spec.Append(width);
        if (precision >= 0) spec.Append('.').Append(precision);
        var formatSpec = spec.Length == 0 ? null : Unplaced(new Constant(new StrConstant(spec.ToString()), null));
        return new FormattedValue(arg, ch, formatSpec)
        {
            Lineno = arg.Lineno, ColOffset = arg.ColOffset, EndLineno = arg.EndLineno, EndColOffset = arg.EndColOffset,
        };
    }

    /// <summary>The pieces CPython makes have no place in the source (line -1).</summary>
    private static Constant Unplaced(Constant c)
    {
        c.Lineno = -1;
        c.ColOffset = -1;
        c.EndLineno = -1;
        c.EndColOffset = -1;
        return c;
    }
}
