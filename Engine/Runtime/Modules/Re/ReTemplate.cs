using Engine.Syntax;
using System.Globalization;
using System.Text;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// A replacement template of sub() and Match.expand(), read as _parser.parse_template reads it:
/// literal text, and group references \1, \g&lt;2&gt;, \g&lt;name&gt;, with CPython's errors.
/// </summary>
public sealed class ReTemplate
{
    /// <summary>Literal text (Group &lt; 0) or a group reference.</summary>
    public readonly List<(string Text, int Group)> Parts = [];

    public static ReTemplate Parse(PyRePattern pattern, PyObject template, string text)
    {
        var t = new ReTemplate();
        var literal = new StringBuilder();
        var cps = text.EnumerateRunes().Select(r => r.Value).ToArray();
        var i = 0;

        PyException Error(string msg, int pos) => pattern.Error(msg, template, pos);

        void AddGroup(int index, int pos)
        {
            if (index > pattern.Groups) throw Error($"invalid group reference {index}", pos);
            if (literal.Length > 0) { t.Parts.Add((literal.ToString(), -1)); literal.Clear(); }
            t.Parts.Add(("", index));
        }

        bool IsDigit(int at) => at < cps.Length && cps[at] is >= '0' and <= '9';
        bool IsOct(int at) => at < cps.Length && cps[at] is >= '0' and <= '7';

        while (i < cps.Length)
        {
            var c = cps[i];
            if (c != '\\')
            {
                literal.Append(char.ConvertFromUtf32(c));
                i++;
                continue;
            }
            var start = i;
            if (i + 1 >= cps.Length) throw Error("bad escape (end of pattern)", cps.Length - 1);
            var e = cps[i + 1];
            i += 2;
            if (e == 'g')
            {
                if (i >= cps.Length || cps[i] != '<') throw Error("missing <", i);
                i++;
                var nameStart = i;
                while (i < cps.Length && cps[i] != '>') i++;
                var name = string.Concat(cps[nameStart..i].Select(char.ConvertFromUtf32));
                if (i >= cps.Length)
                {
                    if (name.Length == 0) throw Error("missing group name", i);
                    throw Error("missing >, unterminated name", nameStart);
                }
                if (name.Length == 0) throw Error("missing group name", i);
                i++;
                int index;
                if (Identifiers.IsIdentifier(name))
                {
                    if (!pattern.GroupIndex.TryGetValue(name, out index))
                        throw PyException.IndexError($"unknown group name {PyRepr.Str(name)}");
                }
                else
                {
                    if (!name.All(char.IsAsciiDigit) || name.Length > 9)
                        throw Error($"bad character in group name {PyRepr.Str(name)}", nameStart);
                    index = int.Parse(name, CultureInfo.InvariantCulture);
                    if (index >= 100) throw Error($"invalid group reference {index}", nameStart);
                }
                AddGroup(index, nameStart);
            }
            else if (e == '0')
            {
                var n = 0;
                var end = i;
                while (end < i + 2 && IsOct(end)) n = n * 8 + (cps[end++] - '0');
                i = end;
                literal.Append((char)(n & 0xFF));
            }
            else if (e is >= '0' and <= '9')
            {
                var digits = e - '0';
                var octal = false;
                if (IsDigit(i))
                {
                    var d2 = cps[i];
                    if (e <= '7' && d2 <= '7' && IsOct(i + 1))
                    {
                        var v = (e - '0') * 64 + (d2 - '0') * 8 + (cps[i + 1] - '0');
                        if (v > 0xFF) throw Error($"octal escape value \\{(char)e}{(char)d2}{(char)cps[i + 1]} outside of range 0-0o377", start);
                        literal.Append((char)v);
                        i += 2;
                        octal = true;
                    }
                    else
                    {
                        digits = digits * 10 + (d2 - '0');
                        i++;
                    }
                }
                if (!octal) AddGroup(digits, start + 1);
            }
            else
            {
                int? simple = e switch
                {
                    'a' => 7, 'b' => 8, 'f' => 12, 'n' => 10, 'r' => 13, 't' => 9, 'v' => 11, '\\' => '\\', _ => null,
                };
                if (simple is { } s) literal.Append((char)s);
                else
                {
                    if (e < 128 && char.IsAsciiLetter((char)e)) throw Error("bad escape \\" + (char)e, start);
                    literal.Append('\\').Append(char.ConvertFromUtf32(e));
                }
            }
        }
        if (literal.Length > 0) t.Parts.Add((literal.ToString(), -1));
        return t;
    }

    public string Expand(PyReMatch m)
    {
        var sb = new StringBuilder();
        foreach (var (text, group) in Parts)
        {
            if (group < 0) sb.Append(text);
            else if (m.Starts[group] >= 0)
            {
                var a = m.Subject.Unit(m.Starts[group]);
                sb.Append(m.Subject.Text, a, m.Subject.Unit(m.Ends[group]) - a);
            }
        }
        return sb.ToString();
    }
}
