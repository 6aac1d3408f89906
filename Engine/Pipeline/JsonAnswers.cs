using System.Text.Json;
using System.Text.Json.Serialization;
using Engine.Bytecode;
using Engine.Diagnostics;
using Engine.Syntax;
using Engine.Tokenizer;

namespace Engine.Pipeline;

// The answers of the four stages, in the contract's JSON shape (../shared/CONFORMANCE.md).
// Property names are written snake_case by the host's serializer options.

/// <summary>A token as tokenize.TokenInfo prints in the contract: type names, [row, col] pairs.</summary>
public sealed record TokenAnswer(string Type, string ExactType, string String, int[] Start, int[] End, string Line)
{
    public static TokenAnswer From(Token t) => new(
        Name(t.Type), Name(t.ExactType), t.String,
        [t.Start.Row, t.Start.Col], [t.End.Row, t.End.Col], t.Line);

    // The type names by value (0 to N_TOKENS and a few past it), looked up rather than made by
    // Enum.ToString for every token.
    private static readonly string[] Names = Enumerable.Range(0, (int)Enum.GetValues<TokenType>().Max() + 1)
        .Select(value => ((TokenType)value).ToString()).ToArray();

    private static string Name(TokenType type) => (uint)type < (uint)Names.Length ? Names[(int)type] : type.ToString();
}

public sealed record TokenizeAnswer(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TokenAnswer>? Tokens,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SourceError? Error);

public sealed record ParseAnswer(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [property: JsonConverter(typeof(AstNodeJsonConverter))] Node? Ast,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SourceError? Error);

public sealed record CompileAnswer(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [property: JsonConverter(typeof(CodeObjectJsonConverter))] CodeObject? Code,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Dis,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] SourceError? Error);

/// <summary>Writes a syntax tree in the contract's form (AstJsonWriter); reading trees is not offered.</summary>
public sealed class AstNodeJsonConverter : JsonConverter<Node>
{
    public override Node Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("syntax trees are written, not read");

    public override void Write(Utf8JsonWriter writer, Node value, JsonSerializerOptions options) =>
        AstJsonWriter.Write(writer, value);
}

/// <summary>Writes a code object as the oracle's code_json does (CodeJson).</summary>
public sealed class CodeObjectJsonConverter : JsonConverter<CodeObject>
{
    public override CodeObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("code objects are written, not read");

    public override void Write(Utf8JsonWriter writer, CodeObject value, JsonSerializerOptions options) =>
        CodeJson.Write(writer, value);
}
