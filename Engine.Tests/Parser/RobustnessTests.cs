using Engine.Parser;

namespace Engine.Tests.Parser;

/// <summary>Any text gets a tree or an error, never an exception, and deep nesting stops with an error, not a stack overflow.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData(100_000, "-", "1")]
    [InlineData(100_000, "not ", "1")]
    [InlineData(100_000, "a.", "b")]
    [InlineData(100_000, "1+", "1")]
    [InlineData(100_000, "2**", "1")]
    [InlineData(100_000, "lambda:", "1")]
    [InlineData(100_000, "1 if 1 else ", "1")]
    [InlineData(50_000, "()", "", "f")]
    [InlineData(50_000, "[0]", "", "x")]
    public void DeepNestingIsAnErrorNotACrash(int n, string piece, string tail, string head = "")
    {
        var source = head + string.Concat(Enumerable.Repeat(piece, n)) + tail + "\n";
        var result = RunOnSmallStack(() => PythonParser.Parse(source));
        Assert.Null(result.Tree);
        Assert.Equal("RecursionError", result.Error!.Type);
    }

    [Fact]
    public void NestingCPythonAcceptsStillParses()
    {
        var result = RunOnSmallStack(() => PythonParser.Parse(new string('-', 1000) + "1\n"));
        Assert.NotNull(result.Tree);
    }

    [Fact]
    public void RandomTextNeverThrows()
    {
        var random = new Random(12345);
        const string alphabet = "abc019_ ()[]{}:;,.'\"\\\n\t#=+-*/%@!<>&|^~\u00e9\u20ac\ud800\0fFrRbBuUjJxXeE";
        for (int i = 0; i < 3000; i++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int k = 0; k < chars.Length; k++) chars[k] = alphabet[random.Next(alphabet.Length)];
            var source = new string(chars);
            var result = PythonParser.Parse(source);
            Assert.True(result.Tree is not null ^ result.Error is not null, source);
        }
    }

    private static T RunOnSmallStack<T>(Func<T> f)
    {
        T result = default!;
        var thread = new Thread(() => result = f(), 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        return result;
    }
}
