using System.Text;
using System.Text.Json;
using Engine.Pipeline;
using Engine.VM;

namespace Engine.Tests.VM;

/// <summary>The streamed trace (TraceStreamWriter): its lines, put in index order with "index"
/// taken out, are byte for byte the steps of the buffered answer's trace.</summary>
public sealed class TraceStreamTests
{
    private const string Calls = """
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)

        def squares(k):
            for i in range(k):
                yield i * i

        def counter():
            count = -3
            def bump():
                nonlocal count
                count += 1
                return count
            return bump

        bump = counter()
        bump(), bump()
        values = [fib(i) for i in range(5)]
        text = {"é": "a\n\"b\\", "tab": "\t", "ü": [1.5, None, (2,)]}
        ascii = "".join(chr(c) for c in range(32, 127)) + "\x7f\ud800\U0001f600"
        ascii_list = [ascii, ascii[:40], 2.5, -7, 10 ** 30, True]
        print(values, sum(squares(4)), text)
        raise ValueError("end " + str(values))
        """;

    private const string Deep = """
        class Node:
            def __init__(self, value, rest):
                self.value = value
                self.rest = rest
            def __repr__(self):
                return f"Node({self.value}, {self.rest!r})"

        def build(n):
            return None if n == 0 else Node(n, build(n - 1))

        chain = build(40)
        total = 0
        for i in range(30):
            total += i
        """;

    [Theory]
    [InlineData(Calls, 100_000)]
    [InlineData(Deep, 100_000)]
    [InlineData(Deep, 50)]
    public void StreamedLinesAreTheBufferedSteps(string source, int maxTraceSteps)
    {
        var options = new ExecutionOptions { Trace = true, MaxTraceSteps = maxTraceSteps };
        var buffered = PythonPipeline.Execute(source, "<string>", options);
        var lines = new MemoryStream();
        var streamed = PythonPipeline.Execute(source, "<string>", options, traceStream: new TraceStreamWriter(chunk => lines.Write(chunk.Span)));

        var expected = buffered.Trace!.Select(step => JsonSerializer.Serialize(step, AnswerJson.Options)).ToList();
        var got = Encoding.UTF8.GetString(lines.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                var index = JsonDocument.Parse(line).RootElement.GetProperty("index").GetInt64();
                var prefix = $"{{\"index\":{index},";
                Assert.StartsWith(prefix, line);
                return (Index: index, Step: "{" + line[prefix.Length..]);
            })
            .OrderBy(s => s.Index).ToList();
        Assert.Equal(Enumerable.Range(0, expected.Count).Select(i => (long)i), got.Select(s => s.Index));
        Assert.Equal(expected, got.Select(s => s.Step));

        Assert.Null(streamed.Trace);
        Assert.Equal(buffered.TraceTruncated, streamed.TraceTruncated);
        Assert.Equal(JsonSerializer.Serialize(buffered with { Trace = null }, AnswerJson.Options),
            JsonSerializer.Serialize(streamed, AnswerJson.Options));
    }

    [Fact]
    public void TheEndLineIsTheAnswerWithoutTheTraceKindFirst()
    {
        var answer = PythonPipeline.Execute("print('hi')\n", "<string>", new ExecutionOptions { Trace = true });
        var line = Encoding.UTF8.GetString(StreamedAnswer.EndLine(answer));
        Assert.EndsWith("}\n", line);
        Assert.Equal("{\"kind\":\"end\",\"status\":\"ok\",\"stdout\":\"hi\\n\",\"exception\":null,\"steps\":" + answer.Steps + ",\"trace_truncated\":false}\n", line);
    }

    [Fact]
    public void ACallsStepComesAfterItsCalleesSteps()
    {
        var lines = new List<string>();
        PythonPipeline.Execute("def f():\n    return 1\n\nf()\n", "<string>", new ExecutionOptions { Trace = true },
            traceStream: new TraceStreamWriter(chunk => lines.AddRange(Encoding.UTF8.GetString(chunk.Span).Split('\n', StringSplitOptions.RemoveEmptyEntries))));
        var steps = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var call = steps.FindIndex(s => s.GetProperty("opname").GetString() == "CALL");
        var ret = steps.FindIndex(s => s.GetProperty("code").GetString() == "f" && s.GetProperty("opname").GetString() == "RETURN_VALUE");
        Assert.True(ret < call);
        Assert.True(steps[call].GetProperty("index").GetInt64() < steps[ret].GetProperty("index").GetInt64());
        Assert.Equal("1", steps[call].GetProperty("stack")[0].GetString());
    }
}
