using System.Text;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// ast_opt.c's optimize_format: <c>'literal %s %r' % (a, b)</c> with a tuple that is not constant
/// becomes the f-string <c>f'literal {a!s} {b!r}'</c>, when every unit is %s, %r or %a (flags,
/// a width and a precision of up to two digits allowed) and the units match the items one to one.
/// Anything else is left as the % operation it is.
/// </summary>
internal static partial class AstOptimizer
{
    private const int MaxDigits = 3;

    private static Expr OptimizeFormat(BinOp node, string fmt, List<Expr> elts)
    {
        var values = new List<Expr>();
        var pos = 0;
        var count = 0;
        while (true)
        {
            if (ParseLiteral(fmt, ref pos) is { } literal) values.Add(literal);
            if (pos >= fmt.Length) break;
            // more format units than items
            if (count >= elts.Count) return node;
            pos++; // the '%'
            if (ParseFormat(fmt, ref pos, elts[count]) is not { } formatted) return node;
            count++;
            values.Add(formatted);
        }
        // more items than format units
        if (count < elts.Count) return node;
        var joined = new JoinedStr(values);
        CopyLocation(node, joined);
        return joined;
    }

    /// <summary>The text up to the next lone '%', with "%%" read as '%'; null if there is none.</summary>
    private static Constant? ParseLiteral(string fmt, ref int pos)
    {
        var start = pos;
        var hasPercents = false;
        while (pos < fmt.Length)
        {
            if (fmt[pos] != '%') pos++;
            else if (pos + 1 < fmt.Length && fmt[pos + 1] == '%')
            {
                hasPercents = true;
                pos += 2;
            }
            else break;
        }
        if (pos == start) return null;
        var text = fmt[start..pos];
        if (hasPercents) text = text.Replace("%%", "%");
        return NoLocation(new Constant(new StrConstant(text), null));
    }

    /// <summary>parse_format with simple_format_arg_parse: one %-unit applied to <paramref name="arg"/>.</summary>
    private static FormattedValue? ParseFormat(string fmt, ref int pos, Expr arg)
    {
        var p = pos;
        bool Next(out char ch)
        {
            ch = p < fmt.Length ? fmt[p] : '\0';
            if (p >= fmt.Length) return false;
            p++;
            return true;
        }
        var leftJustify = false;
        char c;
        while (true)
        {
            if (!Next(out c)) return null;
            if (c is '-') { leftJustify = true; continue; }
            if (c is '+' or ' ' or '#' or '0') continue;
            break;
        }
        int width = -1, precision = -1;
        if (c is >= '0' and <= '9')
        {
            width = 0;
            var digits = 0;
            while (c is >= '0' and <= '9')
            {
                width = width * 10 + (c - '0');
                if (!Next(out c) || ++digits >= MaxDigits) return null;
            }
        }
        if (c == '.')
        {
            if (!Next(out c)) return null;
            precision = 0;
            var digits = 0;
            while (c is >= '0' and <= '9')
            {
                precision = precision * 10 + (c - '0');
                if (!Next(out c) || ++digits >= MaxDigits) return null;
            }
        }
        if (c is not ('s' or 'r' or 'a')) return null;
        pos = p;
        var spec = new StringBuilder();
        if (!leftJustify && width > 0) spec.Append('>');
        if (width >= 0) spec.Append(width);
        if (precision >= 0) spec.Append('.').Append(precision);
        var formatSpec = spec.Length > 0 ? NoLocation(new Constant(new StrConstant(spec.ToString()), null)) : null;
        var value = new FormattedValue(arg, c, formatSpec);
        CopyLocation(arg, value);
        return value;
    }

    /// <summary>A node the optimizer makes from nothing in the source: no location (-1 everywhere).</summary>
    private static T NoLocation<T>(T node) where T : Located
    {
        node.Lineno = node.ColOffset = -1;
        node.EndLineno = node.EndColOffset = -1;
        return node;
    }
}
