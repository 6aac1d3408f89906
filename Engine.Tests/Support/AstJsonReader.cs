using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Engine.Syntax;

namespace Engine.Tests.Support;

/// <summary>
/// Reads the oracle's AST JSON (cpython.py parse) back into the Engine's node classes, so a
/// later stage can be tested on CPython's own tree, independently of our parser.
/// </summary>
public static partial class AstJsonReader
{
    public static Node Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 10_000 });
        var root = doc.RootElement;
        return Read<Node>(root.TryGetProperty("ast", out var ast) ? ast : root);
    }

    private static T Read<T>(JsonElement o) where T : Node
    {
        var node = Create(o, o.GetProperty("_type").GetString()!);
        if (node is Located located)
        {
            located.Lineno = o.GetProperty("lineno").GetInt32();
            located.ColOffset = o.GetProperty("col_offset").GetInt32();
            located.EndLineno = OptInt(o.GetProperty("end_lineno"));
            located.EndColOffset = OptInt(o.GetProperty("end_col_offset"));
        }
        return (T)node;
    }

    private static T? Opt<T>(JsonElement o) where T : Node =>
        o.ValueKind == JsonValueKind.Null ? null : Read<T>(o);

    private static int? OptInt(JsonElement o) => o.ValueKind == JsonValueKind.Null ? null : o.GetInt32();

    private static List<T> List<T>(JsonElement array, Func<JsonElement, T> item) =>
        array.EnumerateArray().Select(item).ToList();

    private static object? Raw(JsonElement o) => o.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    /// <summary>A constant from its {"type","repr"} form: the inverse of PyConstant.Repr for literal types.</summary>
    public static PyConstant Constant(JsonElement o)
    {
        var type = o.GetProperty("type").GetString();
        var repr = o.GetProperty("repr").GetString()!;
        return type switch
        {
            "NoneType" => NoneConstant.Instance,
            "ellipsis" => EllipsisConstant.Instance,
            "bool" => new BoolConstant(repr == "True"),
            "int" => new IntConstant(BigInteger.Parse(repr, CultureInfo.InvariantCulture)),
            "float" => new FloatConstant(ParseFloat(repr)),
            "complex" => ParseComplex(repr),
            "str" => new StrConstant(Unquote(repr)),
            "bytes" => new BytesConstant(Unquote(repr[1..]).Select(c => (byte)c).ToArray()),
            _ => throw new InvalidDataException("constant type " + type),
        };
    }

    private static double ParseFloat(string s) => s switch
    {
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        "nan" => double.NaN,
        _ => double.Parse(s, CultureInfo.InvariantCulture),
    };

    private static ComplexConstant ParseComplex(string repr)
    {
        if (!repr.StartsWith('(')) return new ComplexConstant(0, ParseFloat(repr[..^1]));
        var body = repr[1..^2];
        var split = body.LastIndexOfAny(['+', '-']);
        while (split > 0 && body[split - 1] == 'e') split = body.LastIndexOfAny(['+', '-'], split - 1);
        return new ComplexConstant(ParseFloat(body[..split]), ParseFloat(body[split..]));
    }

    /// <summary>The text of a quoted repr ('...' or "..."), escapes undone.</summary>
    private static string Unquote(string repr)
    {
        var sb = new StringBuilder();
        for (var i = 1; i < repr.Length - 1; i++)
        {
            var c = repr[i];
            if (c != '\\') { sb.Append(c); continue; }
            c = repr[++i];
            switch (c)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case 'x': sb.Append((char)Convert.ToInt32(repr.Substring(i + 1, 2), 16)); i += 2; break;
                case 'u': Engine.Syntax.Surrogates.Append(sb, Convert.ToInt32(repr.Substring(i + 1, 4), 16)); i += 4; break; // a surrogate as its stand-in
                case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(repr.Substring(i + 1, 8), 16))); i += 8; break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
