using Engine.Syntax;
using System.Globalization;
using System.Text;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// Reads a pattern in Python's syntax as CPython 3.11's Lib/re/_parser.py reads it: the same
/// tree shapes, the same checks, and re.error's messages at the same positions. The pattern is
/// read in code points (a bytes pattern as Latin-1), so positions are Python's indexes.
/// </summary>
public sealed class ReParser
{
    public const long MaxRepeat = 4294967295;
    private const int MaxNesting = 200;
    private const string Special = ".\\[{()*+?^$|";
    private const string Whitespace = " \t\n\r\v\f";

    private readonly int[] _s;
    private readonly bool _isText;
    private int _index;
    private string? _next;

    public ReFlags Flags;
    public int Groups = 1;
    public readonly Dictionary<string, int> GroupIndex = new(StringComparer.Ordinal);
    private readonly HashSet<int> _openGroups = [];
    private readonly Dictionary<int, (long Min, long Max)> _groupWidths = [];
    private readonly Dictionary<int, int> _groupRefPos = [];
    private int? _lookbehindGroups;

    private ReParser(int[] pattern, bool isText, ReFlags flags)
    {
        _s = pattern;
        _isText = isText;
        Flags = flags;
        Advance();
    }

    public static (ReNode Tree, ReParser State) Parse(int[] pattern, bool isText, ReFlags flags)
    {
        var p = new ReParser(pattern, isText, flags);
        var tree = p.ParseSub((flags & ReFlags.Verbose) != 0, 0);
        p.Flags = FixFlags(isText, p.Flags);
        if (p._next is not null) throw p.Error("unbalanced parenthesis");
        foreach (var (g, pos) in p._groupRefPos)
            if (g >= p.Groups) throw new ReSyntaxError($"invalid group reference {g}", pos);
        return (tree, p);
    }

    public static ReFlags FixFlags(bool isText, ReFlags flags)
    {
        if (isText)
        {
            if ((flags & ReFlags.Locale) != 0) throw new ArgumentException("cannot use LOCALE flag with a str pattern");
            if ((flags & ReFlags.Ascii) == 0) flags |= ReFlags.Unicode;
            else if ((flags & ReFlags.Unicode) != 0) throw new ArgumentException("ASCII and UNICODE flags are incompatible");
        }
        else
        {
            if ((flags & ReFlags.Unicode) != 0) throw new ArgumentException("cannot use UNICODE flag with a bytes pattern");
            if ((flags & ReFlags.Locale) != 0 && (flags & ReFlags.Ascii) != 0) throw new ArgumentException("ASCII and LOCALE flags are incompatible");
        }
        return flags;
    }

    // ---- the tokenizer: one character, or a backslash and the character after it ----

    private void Advance()
    {
        if (_index >= _s.Length) { _next = null; return; }
        var c = Char(_s[_index]);
        if (c == "\\")
        {
            if (_index + 1 >= _s.Length) throw new ReSyntaxError("bad escape (end of pattern)", _s.Length - 1);
            c += Char(_s[_index + 1]);
            _index += 2;
        }
        else _index++;
        _next = c;
    }

    private static string Char(int cp) => char.ConvertFromUtf32(cp is >= 0xD800 and <= 0xDFFF ? 0xFFFD : cp);

    private static int Len(string token) => token.EnumerateRunes().Count();

    private int Tell() => _index - (_next is null ? 0 : Len(_next));

    private bool Match(string c)
    {
        if (c != _next) return false;
        Advance();
        return true;
    }

    private string? Get()
    {
        var t = _next;
        Advance();
        return t;
    }

    private void Seek(int index)
    {
        _index = index;
        Advance();
    }

    private string GetWhile(int n, string chars)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++)
        {
            if (_next is null || _next.Length != 1 || !chars.Contains(_next[0])) break;
            sb.Append(_next);
            Advance();
        }
        return sb.ToString();
    }

    private string GetUntil(string terminator, string name)
    {
        var sb = new StringBuilder();
        var count = 0;
        while (true)
        {
            var c = _next;
            Advance();
            if (c is null)
            {
                if (count == 0) throw Error("missing " + name);
                throw Error($"missing {terminator}, unterminated name", count);
            }
            if (c == terminator)
            {
                if (count == 0) throw Error("missing " + name, 1);
                break;
            }
            sb.Append(c);
            count += Len(c);
        }
        return sb.ToString();
    }

    private ReSyntaxError Error(string msg, int offset = 0)
    {
        if (!_isText) msg = AsciiBackslashReplace(msg);
        return new ReSyntaxError(msg, Tell() - offset);
    }

    private static string AsciiBackslashReplace(string s)
    {
        var sb = new StringBuilder();
        foreach (var c in s)
            if (c < 128) sb.Append(c);
            else sb.Append("\\x").Append(((int)c).ToString("x2"));
        return sb.ToString();
    }

    private void CheckGroupName(string name, int offset)
    {
        if (!Identifiers.IsIdentifier(name))
            throw Error($"bad character in group name {PyRepr.Str(name)}", Len(name) + offset);
    }

    // ---- the grammar ----

    private ReNode ParseSub(bool verbose, int nested)
    {
        var items = new List<ReSequence>();
        while (true)
        {
            items.Add(ParseSequence(verbose, nested + 1, nested == 0 && items.Count == 0));
            if (!Match("|")) break;
            if (nested == 0) verbose = (Flags & ReFlags.Verbose) != 0;
        }
        return items.Count == 1 ? items[0] : new ReBranch([.. items]);
    }

    private ReSequence ParseSequence(bool verbose, int nested, bool first = false)
    {
        if (nested > MaxNesting) throw new ReSyntaxError("too many nested groups", Tell());
        var items = new List<ReNode>();
        while (true)
        {
            var t = _next;
            if (t is null || t == "|" || t == ")") break;
            Advance();
            if (verbose)
            {
                if (t.Length == 1 && Whitespace.Contains(t[0])) continue;
                if (t == "#")
                {
                    while (true)
                    {
                        var c = Get();
                        if (c is null || c == "\n") break;
                    }
                    continue;
                }
            }
            if (t[0] == '\\' && t.Length > 1) items.Add(Escape(t));
            else if (t.Length > 1 || !Special.Contains(t[0])) items.Add(new ReLiteral(char.ConvertToUtf32(t, 0)));
            else if (t == "[") items.Add(ParseSet());
            else if (t is "*" or "+" or "?" or "{")
            {
                var here = Tell();
                long min, max;
                if (t == "?") (min, max) = (0, 1);
                else if (t == "*") (min, max) = (0, MaxRepeat);
                else if (t == "+") (min, max) = (1, MaxRepeat);
                else
                {
                    if (_next == "}")
                    {
                        items.Add(new ReLiteral('{'));
                        continue;
                    }
                    (min, max) = (0, MaxRepeat);
                    var lo = GetWhile(int.MaxValue, "0123456789");
                    string hi;
                    if (Match(",")) hi = GetWhile(int.MaxValue, "0123456789");
                    else hi = lo;
                    if (!Match("}"))
                    {
                        items.Add(new ReLiteral('{'));
                        Seek(here);
                        continue;
                    }
                    if (lo.Length > 0)
                    {
                        min = lo.Length > 10 ? long.MaxValue : long.Parse(lo, CultureInfo.InvariantCulture);
                        if (min >= MaxRepeat) throw new OverflowException("the repetition number is too large");
                    }
                    if (hi.Length > 0)
                    {
                        max = hi.Length > 10 ? long.MaxValue : long.Parse(hi, CultureInfo.InvariantCulture);
                        if (max >= MaxRepeat) throw new OverflowException("the repetition number is too large");
                        if (max < min) throw Error("min repeat greater than max repeat", Tell() - here);
                    }
                }
                var at = here - 1;
                var item = items.Count > 0 ? items[^1] : null;
                if (item is null or ReAtNode) throw new ReSyntaxError("nothing to repeat", at);
                if (item is ReRepeat) throw new ReSyntaxError("multiple repeat", at);
                var kind = Match("?") ? ReRepeatKind.Lazy : Match("+") ? ReRepeatKind.Possessive : ReRepeatKind.Greedy;
                items[^1] = new ReRepeat(min, max, kind, item);
            }
            else if (t == ".") items.Add(new ReAny());
            else if (t == "(")
            {
                if (ParseParen(verbose, nested, first && items.Count == 0, items) is { } node) items.Add(node);
                else if (first && items.Count == 0) verbose = (Flags & ReFlags.Verbose) != 0;
            }
            else if (t == "^") items.Add(new ReAtNode(ReAt.Beginning));
            else if (t == "$") items.Add(new ReAtNode(ReAt.End));
        }
        // Groups that only group (no capture, no flags) dissolve into the sequence, as in sre_parse.
        var flat = new List<ReNode>(items.Count);
        foreach (var item in items)
            if (item is ReGroup { Index: null, Add: ReFlags.None, Remove: ReFlags.None, Body: ReSequence inner }) flat.AddRange(inner.Items);
            else flat.Add(item);
        return new ReSequence(flat);
    }

    /// <summary>After "(": a group or extension; null for what adds no node (a comment, global flags).</summary>
    private ReNode? ParseParen(bool verbose, int nested, bool first, List<ReNode> items)
    {
        var start = Tell() - 1;
        var capture = true;
        var atomic = false;
        string? name = null;
        ReFlags add = 0, remove = 0;
        if (Match("?"))
        {
            var c = Get() ?? throw Error("unexpected end of pattern");
            if (c == "P")
            {
                if (Match("<"))
                {
                    name = GetUntil(">", "group name");
                    CheckGroupName(name, 1);
                }
                else if (Match("="))
                {
                    name = GetUntil(")", "group name");
                    CheckGroupName(name, 1);
                    if (!GroupIndex.TryGetValue(name, out var gid))
                        throw Error($"unknown group name {PyRepr.Str(name)}", Len(name) + 1);
                    if (_openGroups.Contains(gid)) throw Error("cannot refer to an open group", Len(name) + 1);
                    CheckLookbehindGroup(gid);
                    return new ReGroupRef(gid);
                }
                else
                {
                    var ch = Get() ?? throw Error("unexpected end of pattern");
                    throw Error("unknown extension ?P" + ch, Len(ch) + 2);
                }
            }
            else if (c == ":") capture = false;
            else if (c == "#")
            {
                while (true)
                {
                    if (_next is null) throw Error("missing ), unterminated comment", Tell() - start);
                    if (Get() == ")") break;
                }
                return null;
            }
            else if (c is "=" or "!" or "<")
            {
                var behind = false;
                if (c == "<")
                {
                    c = Get() ?? throw Error("unexpected end of pattern");
                    if (c is not ("=" or "!")) throw Error("unknown extension ?<" + c, Len(c) + 2);
                    behind = true;
                }
                var saved = _lookbehindGroups;
                if (behind && saved is null) _lookbehindGroups = Groups;
                var body = ParseSub(verbose, nested + 1);
                if (behind && saved is null) _lookbehindGroups = null;
                if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
                if (behind)
                {
                    var (lo, hi) = Width(body);
                    if (lo != hi) throw new ReSyntaxError("look-behind requires fixed-width pattern", null);
                }
                return new ReAssert(behind, c == "!", body);
            }
            else if (c == "(")
            {
                var condName = GetUntil(")", "group name");
                int cond;
                if (Identifiers.IsIdentifier(condName))
                {
                    if (!GroupIndex.TryGetValue(condName, out cond))
                        throw Error($"unknown group name {PyRepr.Str(condName)}", Len(condName) + 1);
                }
                else
                {
                    if (!condName.All(char.IsAsciiDigit) || condName.Length > 9)
                        throw Error($"bad character in group name {PyRepr.Str(condName)}", Len(condName) + 1);
                    cond = int.Parse(condName, CultureInfo.InvariantCulture);
                    if (cond == 0) throw Error("bad group number", Len(condName) + 1);
                    if (cond >= 100) throw Error($"invalid group reference {cond}", Len(condName) + 1);
                    _groupRefPos.TryAdd(cond, Tell() - Len(condName) - 1);
                }
                CheckLookbehindGroup(cond);
                var yes = ParseSequence(verbose, nested + 1);
                ReNode? no = null;
                if (Match("|"))
                {
                    no = ParseSequence(verbose, nested + 1);
                    if (_next == "|") throw Error("conditional backref with more than two branches");
                }
                if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
                return new ReGroupExists(cond, yes, no);
            }
            else if (c == ">")
            {
                capture = false;
                atomic = true;
            }
            else if (c.Length == 1 && ("aiLmsux".Contains(c[0]) || c == "-"))
            {
                var flags = ParseFlags(c);
                if (flags is null)
                {
                    if (!first || items.Count > 0)
                        throw Error("global flags not at the start of the expression", Tell() - start);
                    return null;
                }
                (add, remove) = flags.Value;
                capture = false;
            }
            else throw Error("unknown extension ?" + c, Len(c) + 1);
        }
        int? group = null;
        if (capture)
        {
            group = Groups++;
            if (group >= 100) throw Error("too many groups", name is null ? 0 : Len(name) + 1);
            if (name is not null)
            {
                if (GroupIndex.TryGetValue(name, out var old))
                    throw Error($"redefinition of group name {PyRepr.Str(name)} as group {group}; was group {old}", Len(name) + 1);
                GroupIndex[name] = group.Value;
            }
            _openGroups.Add(group.Value);
        }
        var subVerbose = (verbose || (add & ReFlags.Verbose) != 0) && (remove & ReFlags.Verbose) == 0;
        var inner = ParseSub(subVerbose, nested + 1);
        if (!Match(")")) throw Error("missing ), unterminated subpattern", Tell() - start);
        if (group is { } g)
        {
            _openGroups.Remove(g);
            _groupWidths[g] = Width(inner);
        }
        if (atomic) return new ReAtomic(inner);
        return new ReGroup(group, add, remove, inner);
    }

    private void CheckLookbehindGroup(int gid)
    {
        if (_lookbehindGroups is { } lb && gid >= lb)
            throw Error("cannot refer to group defined in the same lookbehind subpattern");
    }

    private static ReFlags FlagOf(char c) => c switch
    {
        'a' => ReFlags.Ascii,
        'i' => ReFlags.IgnoreCase,
        'L' => ReFlags.Locale,
        'm' => ReFlags.Multiline,
        's' => ReFlags.DotAll,
        'u' => ReFlags.Unicode,
        'x' => ReFlags.Verbose,
        _ => ReFlags.None,
    };

    private static bool IsFlag(string? c) => c is { Length: 1 } && "aiLmsux".Contains(c[0]);

    private static bool IsAlpha(string c) => c.Length > 0 && char.IsLetter(c, 0);

    private (ReFlags, ReFlags)? ParseFlags(string c)
    {
        const ReFlags typeFlags = ReFlags.Ascii | ReFlags.Locale | ReFlags.Unicode;
        ReFlags add = 0, remove = 0;
        string? ch = c;
        if (ch != "-")
        {
            while (true)
            {
                var flag = FlagOf(ch![0]);
                if (_isText && ch == "L") throw Error("bad inline flags: cannot use 'L' flag with a str pattern");
                if (!_isText && ch == "u") throw Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                add |= flag;
                if ((flag & typeFlags) != 0 && (add & typeFlags) != flag)
                    throw Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                ch = Get();
                if (ch is null) throw Error("missing -, : or )");
                if (ch is ")" or "-" or ":") break;
                if (!IsFlag(ch)) throw Error(IsAlpha(ch) ? "unknown flag" : "missing -, : or )", Len(ch));
            }
        }
        if (ch == ")")
        {
            Flags |= add;
            return null;
        }
        if ((add & ReFlags.Debug) != 0) throw Error("bad inline flags: cannot turn on global flag", 1);
        if (ch == "-")
        {
            ch = Get();
            if (ch is null) throw Error("missing flag");
            if (!IsFlag(ch)) throw Error(IsAlpha(ch) ? "unknown flag" : "missing flag", Len(ch));
            while (true)
            {
                var flag = FlagOf(ch![0]);
                if ((flag & typeFlags) != 0) throw Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                remove |= flag;
                ch = Get();
                if (ch is null) throw Error("missing :");
                if (ch == ":") break;
                if (!IsFlag(ch)) throw Error(IsAlpha(ch) ? "unknown flag" : "missing :", Len(ch));
            }
        }
        if ((add & remove) != 0) throw Error("bad inline flags: flag turned on and off", 1);
        return (add, remove);
    }

    private ReNode ParseSet()
    {
        var here = Tell() - 1;
        var items = new List<ReSetItem>();
        var negate = Match("^");
        while (true)
        {
            var t = Get() ?? throw Error("unterminated character set", Tell() - here);
            if (t == "]" && items.Count > 0) break;
            ReSetItem code1 = t[0] == '\\' && t.Length > 1 ? ClassEscape(t) : new ReSetLiteral(char.ConvertToUtf32(t, 0));
            if (Match("-"))
            {
                var that = Get() ?? throw Error("unterminated character set", Tell() - here);
                if (that == "]")
                {
                    items.Add(code1);
                    items.Add(new ReSetLiteral('-'));
                    break;
                }
                ReSetItem code2 = that[0] == '\\' && that.Length > 1 ? ClassEscape(that) : new ReSetLiteral(char.ConvertToUtf32(that, 0));
                if (code1 is not ReSetLiteral l1 || code2 is not ReSetLiteral l2 || l2.CodePoint < l1.CodePoint)
                    throw Error($"bad character range {t}-{that}", Len(t) + 1 + Len(that));
                items.Add(new ReSetRange(l1.CodePoint, l2.CodePoint));
            }
            else items.Add(code1);
        }
        items = [.. items.Distinct()];
        if (items is [ReSetLiteral single] && !negate) return new ReLiteral(single.CodePoint);
        return new ReSet(negate, items);
    }

    private static ReCategory? CategoryOf(string escape) => escape switch
    {
        "\\d" => ReCategory.Digit,
        "\\D" => ReCategory.NotDigit,
        "\\s" => ReCategory.Space,
        "\\S" => ReCategory.NotSpace,
        "\\w" => ReCategory.Word,
        "\\W" => ReCategory.NotWord,
        _ => null,
    };

    private static int? SimpleEscape(string escape) => escape switch
    {
        "\\a" => 7,
        "\\b" => 8,
        "\\f" => 12,
        "\\n" => 10,
        "\\r" => 13,
        "\\t" => 9,
        "\\v" => 11,
        "\\\\" => '\\',
        _ => null,
    };

    private ReSetItem ClassEscape(string escape)
    {
        if (SimpleEscape(escape) is { } cp) return new ReSetLiteral(cp);
        if (CategoryOf(escape) is { } cat) return new ReSetCategory(cat);
        var c = escape[1];
        if (NumericEscape(ref escape, inClass: true) is { } value) return new ReSetLiteral(value);
        if (escape.Length == 2 && !char.IsAsciiDigit(c))
        {
            if (char.IsAsciiLetter(c)) throw Error("bad escape " + escape, Len(escape));
            return new ReSetLiteral(char.ConvertToUtf32(escape, 1));
        }
        throw Error("bad escape " + escape, Len(escape));
    }

    /// <summary>\x, \u, \U, \N{...} and (in a set) octal escapes: the code point, or null when the
    /// escape is none of these. <paramref name="escape"/> grows by the digits read.</summary>
    private int? NumericEscape(ref string escape, bool inClass)
    {
        var c = escape[1];
        if (c == 'x')
        {
            escape += GetWhile(2, "0123456789abcdefABCDEF");
            if (escape.Length != 4) throw Error("incomplete escape " + escape, escape.Length);
            return Convert.ToInt32(escape[2..], 16);
        }
        if (c == 'u' && _isText)
        {
            escape += GetWhile(4, "0123456789abcdefABCDEF");
            if (escape.Length != 6) throw Error("incomplete escape " + escape, escape.Length);
            return Convert.ToInt32(escape[2..], 16);
        }
        if (c == 'U' && _isText)
        {
            escape += GetWhile(8, "0123456789abcdefABCDEF");
            if (escape.Length != 10) throw Error("incomplete escape " + escape, escape.Length);
            var v = Convert.ToInt64(escape[2..], 16);
            if (v > 0x10FFFF) throw Error("bad escape " + escape, escape.Length);
            return (int)v;
        }
        if (c == 'N' && _isText)
        {
            if (!Match("{")) throw Error("missing {");
            var charName = GetUntil("}", "character name");
            throw Error($"undefined character name {PyRepr.Str(charName)}", Len(charName) + 4);
        }
        if (inClass && c is >= '0' and <= '7')
        {
            escape += GetWhile(2, "01234567");
            var v = Convert.ToInt32(escape[1..], 8);
            if (v > 0xFF) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
            return v;
        }
        return null;
    }

    private ReNode Escape(string escape)
    {
        switch (escape)
        {
            case "\\A": return new ReAtNode(ReAt.BeginningString);
            case "\\Z": return new ReAtNode(ReAt.EndString);
            case "\\b": return new ReAtNode(ReAt.Boundary);
            case "\\B": return new ReAtNode(ReAt.NonBoundary);
        }
        if (CategoryOf(escape) is { } cat) return new ReCategoryNode(cat);
        if (SimpleEscape(escape) is { } cp && escape != "\\b") return new ReLiteral(cp);
        var c = escape[1];
        if (c == '0')
        {
            escape += GetWhile(2, "01234567");
            return new ReLiteral(Convert.ToInt32(escape[1..], 8));
        }
        if (char.IsAsciiDigit(c))
        {
            if (_next is { Length: 1 } n1 && char.IsAsciiDigit(n1[0]))
            {
                escape += Get();
                if (escape[1] is >= '0' and <= '7' && escape[2] is >= '0' and <= '7' && _next is { Length: 1 } n2 && n2[0] is >= '0' and <= '7')
                {
                    escape += Get();
                    var v = Convert.ToInt32(escape[1..], 8);
                    if (v > 0xFF) throw Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
                    return new ReLiteral(v);
                }
            }
            var group = int.Parse(escape[1..], CultureInfo.InvariantCulture);
            if (group < Groups)
            {
                if (_openGroups.Contains(group)) throw Error("cannot refer to an open group", escape.Length);
                CheckLookbehindGroup(group);
                return new ReGroupRef(group);
            }
            throw Error($"invalid group reference {group}", escape.Length - 1);
        }
        if (NumericEscape(ref escape, inClass: false) is { } value) return new ReLiteral(value);
        if (escape.Length == 2)
        {
            if (char.IsAsciiLetter(c)) throw Error("bad escape " + escape, Len(escape));
            return new ReLiteral(char.ConvertToUtf32(escape, 1));
        }
        throw Error("bad escape " + escape, Len(escape));
    }

    // ---- widths, for the fixed-width rule of look-behinds ----

    private (long Min, long Max) Width(ReNode node)
    {
        const long Cap = MaxRepeat;
        switch (node)
        {
            case ReLiteral or ReAny or ReSet or ReCategoryNode: return (1, 1);
            case ReSequence s:
            {
                long lo = 0, hi = 0;
                foreach (var item in s.Items)
                {
                    var (a, b) = Width(item);
                    lo = Math.Min(Cap, lo + a);
                    hi = Math.Min(Cap, hi + b);
                }
                return (lo, hi);
            }
            case ReBranch b:
            {
                long lo = long.MaxValue, hi = 0;
                foreach (var alt in b.Alternatives)
                {
                    var (x, y) = Width(alt);
                    lo = Math.Min(lo, x);
                    hi = Math.Max(hi, y);
                }
                return (lo, hi);
            }
            case ReGroup g: return Width(g.Body);
            case ReAtomic a: return Width(a.Body);
            case ReRepeat r:
            {
                var (x, y) = Width(r.Item);
                return ((long)Math.Min(Cap, (double)x * r.Min), (long)Math.Min(Cap, (double)y * r.Max));
            }
            case ReGroupRef gr: return _groupWidths.TryGetValue(gr.Index, out var w) ? w : (0, Cap);
            case ReGroupExists e:
            {
                var (x, y) = Width(e.Yes);
                var (p, q) = e.No is null ? (0L, 0L) : Width(e.No);
                return (Math.Min(x, p), Math.Max(y, q));
            }
            default: return (0, 0);
        }
    }
}
