using Engine.Parser;
using Engine.Tests.Support;

namespace Engine.Tests.Parser;

/// <summary>Every program of examples/invalid gets CPython 3.11's error: type, line, offset and message.</summary>
public class InvalidCorpusTests
{
    private static string CorpusDir
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Service.sln"))) return Path.Combine(dir.FullName, "examples", "invalid");
            throw new DirectoryNotFoundException("no Service.sln above " + AppContext.BaseDirectory);
        }
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var f in Directory.EnumerateFiles(CorpusDir, "*.py").Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(f));
        return data;
    }

    [Fact]
    public void CorpusIsThere() => Assert.True(Files().Count >= 271, $"examples/invalid has {Files().Count} programs");

    [Theory]
    [MemberData(nameof(Files))]
    public void SameErrorAsCPython(string file) =>
        OracleComparison.AssertSameError(File.ReadAllText(Path.Combine(CorpusDir, file)));
}
