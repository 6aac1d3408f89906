using System.Text.Json;
using Engine.Pipeline;

namespace Engine.Tests.Pipeline;

/// <summary>
/// Tokenize's answer is written with a hand-made token writer (TokenAnswerJsonConverter, in
/// AnswerJson.Options) or wholly by hand (TokenizeJson); both must give byte for byte what the
/// serializer's own contract gives with the same settings. And the service tokenizes on the request's thread, not a large-stack one:
/// the tokenizer must not recurse as the source nests.
/// </summary>
public class TokenizeAnswerJsonTests
{
    private static readonly JsonSerializerOptions Reflection = AnswerJson.Configure(new JsonSerializerOptions());

    [Theory]
    [InlineData("print(\"Hello, world!\")\n")]
    [InlineData("def f(a, *b, **c):\n\treturn a if b else c  # comment\n\nx = f'{1}' + r'\\n' + \"\\\"\"\n")]
    [InlineData("naïve = 'héllo 世界 \U0001F600'\n\u00e9t\u00e9 = 1\r\n")]
    [InlineData("s = '<tag> & \"quoted\" \\u2028'\nx = '\u0001\u001f\u007f'\n")]
    [InlineData("x = (1,\n     2\n")]
    [InlineData("if x:\n    y\n  z\n")]
    [InlineData("$ ? `\n")]
    [InlineData("")]
    [InlineData("x = '\ud800' # \udfff\n")]
    public void TheTokenWriterWritesWhatTheSerializerWould(string source)
    {
        var answer = PythonPipeline.Tokenize(source);
        var expected = JsonSerializer.Serialize(answer, Reflection);
        Assert.Equal(expected, JsonSerializer.Serialize(answer, AnswerJson.Options));
        Assert.Equal(expected, ByHand(answer));
    }

    [Fact]
    public void TheHandWriterFlushesAsItGoesAndWritesTheSame()
    {
        var answer = PythonPipeline.Tokenize(string.Concat(Enumerable.Repeat("x = 'é' + \"\\n\"  # ok\n", 3000)));
        Assert.Equal(JsonSerializer.Serialize(answer, Reflection), ByHand(answer));
        Assert.Equal(JsonSerializer.Serialize(InternalError.Tokenize(new InvalidOperationException("x")), Reflection),
            ByHand(InternalError.Tokenize(new InvalidOperationException("x"))));
    }

    private static string ByHand(TokenizeAnswer answer)
    {
        var bytes = new MemoryStream();
        using (var writer = new Utf8JsonWriter(bytes, AnswerJson.WriterOptions)) TokenizeJson.Write(writer, answer);
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    [Fact]
    public void TheTokenizerRunsDeepNestingOnASmallStack()
    {
        var source = "x = " + new string('(', 200_000) + "1" + new string(')', 200_000) + "\n" + new string('[', 100_000) + "\n";
        TokenizeAnswer? answer = null;
        var thread = new Thread(() => answer = PythonPipeline.Tokenize(source), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(answer);
        Assert.NotNull(answer.Error ?? (object?)answer.Tokens);
    }
}
