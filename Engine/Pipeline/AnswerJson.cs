using System.Text.Encodings.Web;
using System.Text.Json;

namespace Engine.Pipeline;

/// <summary>
/// How the stages' answers are written as JSON: snake_case names, text as it is (no \u escapes
/// for non-ASCII), and room for trees as deep as the parser allows. The Api and the sandbox's
/// worker processes write with the same settings, so an answer reads the same from either.
/// </summary>
public static class AnswerJson
{
    /// <summary>What answers are written with: the settings below, and the token writer
    /// (<see cref="TokenAnswerJsonConverter"/>: the same JSON as the serializer's own, faster).</summary>
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions { Converters = { new TokenAnswerJsonConverter() } });

    /// <summary>The settings of a <see cref="Utf8JsonWriter"/> that writes answers by hand (<see cref="TokenizeJson"/>): the same encoder and depth.</summary>
    public static JsonWriterOptions WriterOptions { get; } = new() { Encoder = Options.Encoder, MaxDepth = Options.MaxDepth };

    /// <summary>Applies the answer settings to <paramref name="options"/> (the host's own options object).</summary>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        // Syntax trees nest as deep as the program does (the parser bounds that, as CPython does).
        options.MaxDepth = 100_000;
        return options;
    }
}
