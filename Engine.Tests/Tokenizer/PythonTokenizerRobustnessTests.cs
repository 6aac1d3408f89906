using System.Diagnostics;
using System.Text;
using Engine.Tokenizer;
using static Engine.Tokenizer.TokenType;

namespace Engine.Tests.Tokenizer;

/// <summary>Any input gives tokens or an error, quickly, and tokens point at their own text.</summary>
public class PythonTokenizerRobustnessTests
{
    private static readonly string[] Pieces =
    [
        " ", "\t", "\f", "\n", "\n", "\r", "\r\n", "\\", "\\\n", "'", "\"", "'''", "\"\"\"", "#", "(", ")", "[", "]", "{", "}",
        "0", "1", "9", ".", "_", "e", "j", "x", "b", "r", "f", "u", "if x:", "\n    ", "\n  ", "$", "?", "!", "=", "*", "/",
        "\0", "\v", "\u00e9", "\u00b2", "\u0661", "\u00a0", "\U0001F600", "\U0001D518", "\uD800", "\uDC00", "\uDBFF\uDFFF",
        "\uFFFF", "\u2028",
    ];

    [Fact]
    public void RandomInputsGiveTokensOrAnErrorAndTokensMatchTheirText()
    {
        var random = new Random(12345);
        for (int n = 0; n < 3000; n++)
        {
            var sb = new StringBuilder();
            int count = random.Next(0, 40);
            for (int i = 0; i < count; i++)
                sb.Append(random.Next(4) == 0 ? ((char)random.Next(0, 0x10000)).ToString() : Pieces[random.Next(Pieces.Length)]);
            string source = sb.ToString();
            var result = PythonTokenizer.Tokenize(source);
            if (result.Error is { } error)
            {
                Assert.Empty(result.Tokens);
                Assert.Contains(error.Type, new[] { "TokenError", "IndentationError" });
                continue;
            }
            CheckTokens(source, result.Tokens);
        }
    }

    [Fact]
    public void MegabyteLineIsTokenizedInLinearTime()
    {
        string source = string.Concat(Enumerable.Repeat("ab+", 400_000)) + "\n";
        var watch = Stopwatch.StartNew();
        var result = PythonTokenizer.Tokenize(source);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Null(result.Error);
        Assert.Equal(800_000 + 2, result.Tokens.Count); // NAME/OP pairs, NEWLINE, ENDMARKER
        var newline = result.Tokens[^2];
        Assert.Equal(NEWLINE, newline.Type);
        Assert.Equal(new TokenPosition(1, 1_200_000), newline.Start);
    }

    [Fact]
    public void LongLineOfAstralCharactersKeepsCodePointColumns()
    {
        string source = "x = " + string.Concat(Enumerable.Repeat("\U0001F600 ", 200_000)) + "\n";
        var watch = Stopwatch.StartNew();
        var result = PythonTokenizer.Tokenize(source);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        var last = result.Tokens[^3]; // the last emoji; then NEWLINE, ENDMARKER
        Assert.Equal(ERRORTOKEN, last.Type);
        Assert.Equal("\U0001F600", last.String);
        Assert.Equal(new TokenPosition(1, 4 + 2 * 199_999), last.Start);
        Assert.Equal(new TokenPosition(1, 4 + 2 * 199_999 + 1), last.End);
    }

    [Fact]
    public void LongMultiLineStringAndDeepNestingAreLinear()
    {
        string source = "s = '''" + string.Concat(Enumerable.Repeat("line\n", 200_000)) + "'''\n"
                        + new string('(', 100_000) + new string(')', 100_000) + "\n";
        var watch = Stopwatch.StartNew();
        var result = PythonTokenizer.Tokenize(source);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.Null(result.Error);
        var str = result.Tokens[2];
        Assert.Equal(STRING, str.Type);
        Assert.Equal(new TokenPosition(1, 4), str.Start);
        Assert.Equal(new TokenPosition(200_001, 3), str.End);
        Assert.Equal(4 + 200_000 + 2, result.Tokens.Count); // s = STRING NEWLINE, the parentheses, NEWLINE ENDMARKER
    }

    [Fact]
    public void LoneSurrogatesAreSingleErrortokens()
    {
        var result = PythonTokenizer.Tokenize("a\uD800b\uDC00\n");
        Assert.Null(result.Error);
        Assert.Equal(
            new[] { (NAME, "a", 0), (ERRORTOKEN, "\uD800", 1), (NAME, "b", 2), (ERRORTOKEN, "\uDC00", 3), (NEWLINE, "\n", 4), (ENDMARKER, "", 0) },
            result.Tokens.Select(t => (t.Type, t.String, t.Start.Col)).ToArray());
    }

    /// <summary>Every token's text is the source between its start and end; tokens come in order; ENDMARKER ends.</summary>
    private static void CheckTokens(string source, IReadOnlyList<Token> tokens)
    {
        Assert.NotEmpty(tokens);
        Assert.Equal(ENDMARKER, tokens[^1].Type);
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < source.Length; i++)
            if (source[i] == '\n') lineStarts.Add(i + 1);
        TokenPosition previousEnd = new(1, 0);
        foreach (var t in tokens)
        {
            if (t.String.Length == 0) continue; // DEDENT, ENDMARKER, the implicit NEWLINE, an NL at EOF
            Assert.True(Compare(t.Start, previousEnd) >= 0, $"{t} starts before the previous token ends");
            Assert.True(Compare(t.End, t.Start) > 0, $"{t} ends before it starts");
            int from = Offset(source, lineStarts, t.Start), to = Offset(source, lineStarts, t.End);
            Assert.Equal(t.String, source[from..to]);
            previousEnd = t.End;
        }
    }

    private static int Compare(TokenPosition a, TokenPosition b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Col.CompareTo(b.Col);

    private static int Offset(string source, List<int> lineStarts, TokenPosition p)
    {
        int i = lineStarts[p.Row - 1];
        for (int col = 0; col < p.Col; col++)
            i += char.IsHighSurrogate(source[i]) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]) ? 2 : 1;
        return i;
    }
}
