using System.Text.Json;
using System.Text.Json.Serialization;

namespace Engine.Pipeline;

/// <summary>
/// Writes a token as the serializer's own contract for <see cref="TokenAnswer"/> does (snake_case
/// names in declaration order, [row, col] arrays, strings escaped by the writer's encoder), only
/// without its per-property machinery: a tokenize answer is thousands of these. It is in
/// <see cref="AnswerJson.Options"/> (what answers are written with) and deliberately not in the
/// host's options, whose reflection contract the OpenAPI description is made from.
/// </summary>
public sealed class TokenAnswerJsonConverter : JsonConverter<TokenAnswer>
{
    private static readonly JsonEncodedText TypeName = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ExactType = JsonEncodedText.Encode("exact_type");
    private static readonly JsonEncodedText StringName = JsonEncodedText.Encode("string");
    private static readonly JsonEncodedText Start = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText End = JsonEncodedText.Encode("end");
    private static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");

    public override TokenAnswer Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("tokens are written, not read");

    public override void Write(Utf8JsonWriter writer, TokenAnswer token, JsonSerializerOptions options)
    {
        WriteFields(writer, token);
        writer.WriteString(Line, token.Line);
        writer.WriteEndObject();
    }

    /// <summary>Writes the token with its line already escaped (by the writer's encoder).</summary>
    public static void WriteToken(Utf8JsonWriter writer, TokenAnswer token, JsonEncodedText line)
    {
        WriteFields(writer, token);
        writer.WriteString(Line, line);
        writer.WriteEndObject();
    }

    /// <summary>Opens the token's object and writes all but its line.</summary>
    private static void WriteFields(Utf8JsonWriter writer, TokenAnswer token)
    {
        writer.WriteStartObject();
        writer.WriteString(TypeName, token.Type);
        writer.WriteString(ExactType, token.ExactType);
        writer.WriteString(StringName, token.String);
        Pair(writer, Start, token.Start);
        Pair(writer, End, token.End);
    }

    private static void Pair(Utf8JsonWriter writer, JsonEncodedText name, int[] pair)
    {
        writer.WriteStartArray(name);
        foreach (var number in pair) writer.WriteNumberValue(number);
        writer.WriteEndArray();
    }
}
