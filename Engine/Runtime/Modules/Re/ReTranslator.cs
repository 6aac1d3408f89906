using System.Text;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// Writes a parsed Python pattern as a .NET pattern with the same meaning. Everything whose
/// meaning differs between the two dialects is written out explicitly rather than left to .NET's
/// options: <c>.</c> and DOTALL, <c>^</c>/<c>$</c> and MULTILINE (Python's <c>$</c> is .NET's
/// <c>\Z</c>), Python's <c>\Z</c> (.NET's <c>\z</c>), <c>\w</c>/<c>\s</c>/<c>\b</c> in Unicode and
/// ASCII modes, possessive repeats (as atomic groups). Literals are written as \uXXXX escapes, so
/// no Python character can mean something else to .NET. Capturing groups stay plain "(...)", which
/// .NET numbers as Python does (left parenthesis order); names are kept on the Python side.
/// </summary>
public sealed class ReTranslator
{
    private const string UnicodeWord = @"\p{L}\p{N}_";
    private const string AsciiWord = "0-9A-Za-z_";
    private const string UnicodeSpace = @"\s\u001C-\u001F";
    private const string AsciiSpace = @" \t\n\r\f\v";

    private readonly StringBuilder _sb = new();

    /// <summary>For each group, the groups it is nested in (for Match.lastindex).</summary>
    public readonly Dictionary<int, List<int>> Ancestors = [];
    private readonly List<int> _open = [];

    public static (string Pattern, Dictionary<int, List<int>> Ancestors) Translate(ReNode tree, ReFlags flags)
    {
        var t = new ReTranslator();
        if ((flags & ReFlags.IgnoreCase) != 0) t._sb.Append("(?i)");
        t.Write(tree, flags);
        return (t._sb.ToString(), t.Ancestors);
    }

    private void Write(ReNode node, ReFlags f)
    {
        switch (node)
        {
            case ReLiteral l:
                Literal(l.CodePoint);
                break;
            case ReAny:
                _sb.Append((f & ReFlags.DotAll) != 0 ? @"[\s\S]" : @"[^\n]");
                break;
            case ReCategoryNode c:
                _sb.Append('[');
                Category(c.Category, f, standalone: true);
                _sb.Append(']');
                break;
            case ReSet s:
                Set(s, f);
                break;
            case ReAtNode a:
                At(a.At, f);
                break;
            case ReSequence s:
                foreach (var item in s.Items) Write(item, f);
                break;
            case ReBranch b:
                _sb.Append("(?:");
                for (var i = 0; i < b.Alternatives.Count; i++)
                {
                    if (i > 0) _sb.Append('|');
                    Write(b.Alternatives[i], f);
                }
                _sb.Append(')');
                break;
            case ReGroup g:
                if (g.Index is { } index)
                {
                    Ancestors[index] = [.. _open];
                    _open.Add(index);
                    _sb.Append('(');
                    Write(g.Body, f);
                    _sb.Append(')');
                    _open.RemoveAt(_open.Count - 1);
                }
                else
                {
                    var inner = (f | g.Add) & ~g.Remove;
                    var wasI = (f & ReFlags.IgnoreCase) != 0;
                    var isI = (inner & ReFlags.IgnoreCase) != 0;
                    _sb.Append(wasI == isI ? "(?:" : isI ? "(?i:" : "(?-i:");
                    Write(g.Body, inner);
                    _sb.Append(')');
                }
                break;
            case ReAtomic a:
                _sb.Append("(?>");
                Write(a.Body, f);
                _sb.Append(')');
                break;
            case ReAssert a:
                _sb.Append(a.Behind ? (a.Negative ? "(?<!" : "(?<=") : (a.Negative ? "(?!" : "(?="));
                Write(a.Body, f);
                _sb.Append(')');
                break;
            case ReGroupRef r:
                _sb.Append(@"\k<").Append(r.Index).Append('>');
                break;
            case ReGroupExists e:
                _sb.Append("(?(").Append(e.Index).Append(")(?:");
                Write(e.Yes, f);
                _sb.Append(")|(?:");
                if (e.No is not null) Write(e.No, f);
                _sb.Append("))");
                break;
            case ReRepeat r:
                Repeat(r, f);
                break;
        }
    }

    private void Repeat(ReRepeat r, ReFlags f)
    {
        if (r.Kind == ReRepeatKind.Possessive) _sb.Append("(?>");
        _sb.Append("(?:");
        Write(r.Item, f);
        _sb.Append(')');
        var max = r.Max >= ReParser.MaxRepeat || r.Max > int.MaxValue ? -1 : r.Max;
        var min = Math.Min(r.Min, int.MaxValue);
        if (min == 0 && max == -1) _sb.Append('*');
        else if (min == 1 && max == -1) _sb.Append('+');
        else if (min == 0 && max == 1) _sb.Append('?');
        else if (max == -1) _sb.Append('{').Append(min).Append(",}");
        else if (min == max) _sb.Append('{').Append(min).Append('}');
        else _sb.Append('{').Append(min).Append(',').Append(max).Append('}');
        if (r.Kind == ReRepeatKind.Lazy) _sb.Append('?');
        if (r.Kind == ReRepeatKind.Possessive) _sb.Append(')');
    }

    private void At(ReAt at, ReFlags f)
    {
        var ascii = (f & ReFlags.Unicode) == 0;
        var w = "[" + (ascii ? AsciiWord : UnicodeWord) + "]";
        _sb.Append(at switch
        {
            ReAt.Beginning => (f & ReFlags.Multiline) != 0 ? "(?m:^)" : @"\A",
            ReAt.End => (f & ReFlags.Multiline) != 0 ? "(?m:$)" : @"\Z",
            ReAt.BeginningString => @"\A",
            ReAt.EndString => @"\z",
            ReAt.Boundary => $"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))",
            _ => $"(?!\\A\\z)(?:(?<={w})(?={w})|(?<!{w})(?!{w}))",
        });
    }

    private void Set(ReSet s, ReFlags f)
    {
        var astral = new List<int>();
        var sb = new StringBuilder("[");
        if (s.Negate) sb.Append('^');
        var empty = true;
        foreach (var item in s.Items)
        {
            switch (item)
            {
                case ReSetLiteral l when l.CodePoint > 0xFFFF:
                    astral.Add(l.CodePoint);
                    continue;
                case ReSetLiteral l:
                    sb.Append(Escape(l.CodePoint));
                    break;
                case ReSetRange r:
                    if (r.Low > 0xFFFF) continue;
                    sb.Append(Escape(r.Low)).Append('-').Append(Escape(Math.Min(r.High, 0xFFFF)));
                    break;
                case ReSetCategory c:
                    var saved = _sb.Length;
                    Category(c.Category, f, standalone: false);
                    sb.Append(_sb, saved, _sb.Length - saved);
                    _sb.Length = saved;
                    break;
            }
            empty = false;
        }
        sb.Append(']');
        var cls = empty ? (s.Negate ? @"[\s\S]" : "(?!)") : sb.ToString();
        if (astral.Count == 0 || s.Negate)
        {
            _sb.Append(cls);
            return;
        }
        _sb.Append("(?:").Append(cls);
        foreach (var cp in astral)
        {
            _sb.Append('|');
            Literal(cp);
        }
        _sb.Append(')');
    }

    /// <summary>A category's class contents; alone (between brackets of its own) the negated ones
    /// can be written exactly as a negated class.</summary>
    private void Category(ReCategory c, ReFlags f, bool standalone)
    {
        var ascii = (f & ReFlags.Unicode) == 0;
        switch (c)
        {
            case ReCategory.Digit: _sb.Append(ascii ? "0-9" : @"\d"); break;
            case ReCategory.NotDigit: _sb.Append(ascii ? (standalone ? "^0-9" : @"\D") : @"\D"); break;
            case ReCategory.Word: _sb.Append(ascii ? AsciiWord : UnicodeWord); break;
            case ReCategory.NotWord: _sb.Append(standalone ? "^" + (ascii ? AsciiWord : UnicodeWord) : @"\W"); break;
            case ReCategory.Space: _sb.Append(ascii ? AsciiSpace : UnicodeSpace); break;
            case ReCategory.NotSpace: _sb.Append(standalone ? "^" + (ascii ? AsciiSpace : UnicodeSpace) : @"\S"); break;
        }
    }

    private void Literal(int cp)
    {
        if (cp > 0xFFFF)
        {
            var s = char.ConvertFromUtf32(cp);
            _sb.Append("(?:").Append(Escape(s[0])).Append(Escape(s[1])).Append(')');
        }
        else _sb.Append(Escape(cp));
    }

    private static string Escape(int cp) =>
        cp < 128 && char.IsAsciiLetterOrDigit((char)cp) ? ((char)cp).ToString() : "\\u" + cp.ToString("X4");
}
