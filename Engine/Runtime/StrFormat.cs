using System.Text;

namespace Engine.Runtime;

/// <summary>str.format and str.format_map (Objects/stringlib/unicode_format.h): literal text with
/// {{ and }}, and replacement fields {field_name!conversion:format_spec} whose name is an index, a
/// keyword or nothing (automatic numbering) followed by .attribute and [key] parts, and whose spec
/// may hold nested fields. The parser is shared with _string.formatter_parser.</summary>
public static class StrFormat
{
    /// <summary>One piece of a format string: literal text, then (unless Field is null) a field.</summary>
    public readonly record struct Chunk(string Literal, string? Field, string? Spec, char? Conversion);

    public static string Format(string format, PyObject[] args, IReadOnlyDictionary<string, PyObject> kwargs) =>
        Run(format, new Source(args, key => kwargs.TryGetValue(key, out var v) ? v : throw PyException.KeyError(PyStr.From(key))));

    public static string FormatMap(string format, PyObject mapping) =>
        Run(format, new Source([], key => Ops.GetItem(mapping, PyStr.From(key)), mapOnly: true));

    private sealed class Source(PyObject[] args, Func<string, PyObject> keyword, bool mapOnly = false)
    {
        public readonly PyObject[] Args = args;
        public readonly Func<string, PyObject> Keyword = keyword;
        public readonly bool MapOnly = mapOnly;
        public int Auto; // the next automatic number; -1 once a field was numbered by hand
        public bool Manual;
    }

    private static string Run(string format, Source source)
    {
        var sb = new StringBuilder(format.Length + 16);
        Render(format, source, sb, 2);
        return sb.ToString();
    }

    private static void Render(string format, Source source, StringBuilder sb, int depth)
    {
        if (depth <= 0) throw PyException.ValueError("Max string recursion exceeded");
        foreach (var chunk in Parse(format))
        {
            sb.Append(chunk.Literal);
            if (chunk.Field is null) continue;
            var value = Resolve(chunk.Field, source);
            value = chunk.Conversion switch
            {
                'r' => PyStr.From(value.Repr()),
                's' => PyStr.From(value.Str()),
                'a' => PyStr.From(Builtins.Ascii(value.Repr())),
                null => value,
                var other => throw PyException.ValueError(other > 32 && other < 128
                    ? $"Unknown conversion specifier {other}" : $"Unknown conversion specifier \\x{(int)other:x}"),
            };
            var spec = chunk.Spec ?? "";
            if (spec.Contains('{'))
            {
                var inner = new StringBuilder();
                Render(spec, source, inner, depth - 1);
                spec = inner.ToString();
            }
            sb.Append(FormatSpec.Format(value, spec));
        }
    }

    /// <summary>The chunks of a format string (MarkupIterator), with its ValueErrors.</summary>
    public static List<Chunk> Parse(string s)
    {
        var chunks = new List<Chunk>();
        var literal = new StringBuilder();
        // An escaped brace ends a literal chunk, as MarkupIterator yields it.
        void EndLiteral()
        {
            chunks.Add(new Chunk(literal.ToString(), null, null, null));
            literal.Clear();
        }
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '}')
            {
                if (i + 1 < s.Length && s[i + 1] == '}') { literal.Append('}'); i += 2; EndLiteral(); continue; }
                throw PyException.ValueError("Single '}' encountered in format string");
            }
            if (c != '{') { literal.Append(c); i++; continue; }
            if (i + 1 < s.Length && s[i + 1] == '{') { literal.Append('{'); i += 2; EndLiteral(); continue; }
            if (i + 1 >= s.Length) throw PyException.ValueError("Single '{' encountered in format string");
            // The name runs to '!', ':' or '}' (a [key] may hold any of them); the spec to the '}'
            // that balances this '{', since a spec may nest fields.
            var start = ++i;
            while (i < s.Length && s[i] is not ('!' or ':' or '}'))
            {
                if (s[i] == '[') { while (i < s.Length && s[i] != ']') i++; if (i >= s.Length) break; }
                else if (s[i] == '{') throw PyException.ValueError("unexpected '{' in field name");
                i++;
            }
            if (i >= s.Length) throw PyException.ValueError("expected '}' before end of string");
            var name = s[start..i];
            char? conversion = null;
            var spec = "";
            if (s[i] == '!')
            {
                if (++i >= s.Length) throw PyException.ValueError("end of string while looking for conversion specifier");
                conversion = s[i++];
                if (i >= s.Length) throw PyException.ValueError("unmatched '{' in format spec");
                if (s[i] is not (':' or '}')) throw PyException.ValueError("expected ':' after conversion specifier");
            }
            if (s[i] == ':')
            {
                var specStart = ++i;
                var count = 1;
                while (i < s.Length)
                {
                    if (s[i] == '{') count++;
                    else if (s[i] == '}' && --count == 0) break;
                    i++;
                }
                if (i >= s.Length) throw PyException.ValueError("unmatched '{' in format spec");
                spec = s[specStart..i];
            }
            i++; // the closing '}'
            chunks.Add(new Chunk(literal.ToString(), name, spec, conversion));
            literal.Clear();
        }
        if (literal.Length > 0) chunks.Add(new Chunk(literal.ToString(), null, null, null));
        return chunks;
    }

    /// <summary>The value a field name designates: its first part from the arguments, then each .attr and [key].</summary>
    private static PyObject Resolve(string field, Source source)
    {
        var (first, parts) = SplitName(field);
        PyObject value;
        if (first is null)
        {
            if (source.Manual) throw PyException.ValueError("cannot switch from manual field specification to automatic field numbering");
            if (source.MapOnly) throw PyException.ValueError("Format string contains positional fields");
            var index = source.Auto++;
            value = index < source.Args.Length ? source.Args[index]
                : throw PyException.IndexError($"Replacement index {index} out of range for positional args tuple");
        }
        else if (first is int index)
        {
            if (source.Auto > 0) throw PyException.ValueError("cannot switch from automatic field numbering to manual field specification");
            source.Manual = true;
            if (source.MapOnly) throw PyException.ValueError("Format string contains positional fields");
            value = index < source.Args.Length ? source.Args[index]
                : throw PyException.IndexError($"Replacement index {index} out of range for positional args tuple");
        }
        else value = source.Keyword((string)first);
        foreach (var (isAttribute, key) in parts)
            value = isAttribute ? Ops.GetAttr(value, ((PyStr)key).Value) : Ops.GetItem(value, key);
        return value;
    }

    /// <summary>formatter_field_name_split: the first part (null for an empty name, an int for digits,
    /// else the str) and the (is_attribute, key) parts after it.</summary>
    public static (object? First, List<(bool, PyObject)> Parts) SplitName(string field)
    {
        var i = 0;
        while (i < field.Length && field[i] is not ('.' or '[')) i++;
        var firstText = field[..i];
        object? first = firstText.Length == 0 ? null
            : firstText.All(char.IsAsciiDigit) ? ParseIndex(firstText) : firstText;
        var parts = new List<(bool, PyObject)>();
        while (i < field.Length)
        {
            if (field[i] == '.')
            {
                var start = ++i;
                while (i < field.Length && field[i] is not ('.' or '[')) i++;
                if (i == start) throw PyException.ValueError("Empty attribute in format string");
                parts.Add((true, PyStr.From(field[start..i])));
            }
            else if (field[i] == '[')
            {
                var start = ++i;
                while (i < field.Length && field[i] != ']') i++;
                if (i >= field.Length) throw PyException.ValueError("Missing ']' in format string");
                var key = field[start..i];
                if (key.Length == 0) throw PyException.ValueError("Empty attribute in format string");
                parts.Add((false, key.All(char.IsAsciiDigit) ? PyInt.From(ParseIndex(key)) : PyStr.From(key)));
                i++;
                if (i < field.Length && field[i] is not ('.' or '[')) throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
            else throw PyException.ValueError("Only '.' or '[' may follow ']' in format field specifier");
        }
        return (first, parts);
    }

    private static int ParseIndex(string digits) =>
        int.TryParse(digits, out var n) ? n : throw PyException.ValueError("Too many decimal digits in format string");
}
