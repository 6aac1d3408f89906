using System.Text.Json;

namespace Engine.Syntax;

/// <summary>
/// Writes a tree in the contract's JSON form: <c>{"_type", fields in _fields order,
/// lineno/col_offset/end_lineno/end_col_offset}</c>, a Constant's value as <c>{"type","repr"}</c>.
/// Nesting is bounded by the parser's own limits, so the recursion here is too.
/// </summary>
public sealed class AstJsonWriter(Utf8JsonWriter json)
{
    public static void Write(Utf8JsonWriter json, Node node) => new AstJsonWriter(json).WriteNode(node);

    public static string ToJson(Node node)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            Write(json, node);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void WriteNode(Node node)
    {
        json.WriteStartObject();
        json.WriteString("_type", node.TypeName);
        node.WriteFields(this);
        if (node is Located located)
        {
            json.WriteNumber("lineno", located.Lineno);
            json.WriteNumber("col_offset", located.ColOffset);
            WriteOptional("end_lineno", located.EndLineno);
            WriteOptional("end_col_offset", located.EndColOffset);
        }
        json.WriteEndObject();
    }

    private void WriteOptional(string name, int? value)
    {
        if (value is int v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    internal void Node(string name, Node? node)
    {
        json.WritePropertyName(name);
        if (node is null) json.WriteNullValue();
        else WriteNode(node);
    }

    internal void NodeList<T>(string name, List<T> nodes) where T : Node?
    {
        json.WriteStartArray(name);
        foreach (var node in nodes)
        {
            if (node is null) json.WriteNullValue();
            else WriteNode(node);
        }
        json.WriteEndArray();
    }

    internal void Enum(string name, string member)
    {
        json.WriteStartObject(name);
        json.WriteString("_type", member);
        json.WriteEndObject();
    }

    internal void EnumList(string name, List<string> members)
    {
        json.WriteStartArray(name);
        foreach (var member in members)
        {
            json.WriteStartObject();
            json.WriteString("_type", member);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal void String(string name, string? value)
    {
        if (value is null) json.WriteNull(name);
        else json.WriteString(name, value);
    }

    internal void StringList(string name, List<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    internal void Int(string name, int? value) => WriteOptional(name, value);

    internal void Constant(string name, PyConstant value)
    {
        json.WriteStartObject(name);
        json.WriteString("type", value.TypeName);
        json.WriteString("repr", value.Repr());
        json.WriteEndObject();
    }

    /// <summary>MatchSingleton's value: the bare JSON true/false/null the oracle prints.</summary>
    internal void Raw(string name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case bool b: json.WriteBoolean(name, b); break;
            case BoolConstant b: json.WriteBoolean(name, b.Value); break;
            case NoneConstant: json.WriteNull(name); break;
            default: json.WriteString(name, value.ToString()); break;
        }
    }
}
