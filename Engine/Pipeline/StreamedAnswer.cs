using System.Text.Json;

namespace Engine.Pipeline;

/// <summary>
/// The streamed execute answer (Accept: application/x-ndjson): one line per trace step
/// (<see cref="VM.TraceStreamWriter"/>), then this end line: the buffered answer's JSON without
/// "trace" (a streamed answer keeps none), with "kind": "end" put first so a client tells it from
/// the steps, which have no "kind".
/// </summary>
public static class StreamedAnswer
{
    public const string MediaType = "application/x-ndjson";

    private static readonly byte[] EndPrefix = "{\"kind\":\"end\","u8.ToArray();

    /// <summary>The end line for <paramref name="answer"/>, newline included.</summary>
    public static byte[] EndLine(ExecuteAnswer answer)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(answer with { Trace = null }, AnswerJson.Options);
        // The answer is an object with at least its status: "{...}" becomes "{"kind":"end",...}".
        var line = new byte[EndPrefix.Length + json.Length];
        EndPrefix.CopyTo(line, 0);
        json.AsSpan(1).CopyTo(line.AsSpan(EndPrefix.Length));
        line[^1] = (byte)'\n';
        return line;
    }
}
