using System.Text.Json;

namespace Engine.Pipeline;

/// <summary>
/// Writes a whole tokenize answer straight to a <see cref="Utf8JsonWriter"/>, the same JSON as
/// serializing it with <see cref="AnswerJson.Options"/> gives (tested), without the serializer's
/// per-request setup: for the service's small answers that setup costs more than the tokens.
/// It flushes the writer as it goes, so that what it writes to never holds more than
/// <see cref="FlushBytes"/> unflushed.
/// </summary>
public static class TokenizeJson
{
    public const int FlushBytes = 16 << 10;

    private static readonly JsonEncodedText Tokens = JsonEncodedText.Encode("tokens");
    private static readonly JsonEncodedText Error = JsonEncodedText.Encode("error");

    public static void Write(Utf8JsonWriter writer, TokenizeAnswer answer)
    {
        writer.WriteStartObject();
        if (answer.Tokens is { } tokens)
        {
            writer.WriteStartArray(Tokens);
            // Every token repeats its line: escape each line once (its \n and quotes take the
            // writer's slow path), not once per token.
            string? line = null;
            var escapedLine = default(JsonEncodedText);
            foreach (var token in tokens)
            {
                if (!string.Equals(token.Line, line, StringComparison.Ordinal))
                {
                    line = token.Line;
                    escapedLine = JsonEncodedText.Encode(line, AnswerJson.Options.Encoder);
                }
                TokenAnswerJsonConverter.WriteToken(writer, token, escapedLine);
                if (writer.BytesPending > FlushBytes) writer.Flush();
            }
            writer.WriteEndArray();
        }
        if (answer.Error is { } error)
        {
            writer.WritePropertyName(Error);
            JsonSerializer.Serialize(writer, error, AnswerJson.Options);
        }
        writer.WriteEndObject();
        writer.Flush();
    }
}
