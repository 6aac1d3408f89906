using System.Text.Json.Nodes;
using Engine.Compiler;
using Engine.Parser;
using Engine.Tests.Support;

namespace Engine.Tests.Compiler;

/// <summary>
/// Every program of examples/invalid-compile (it parses, and CPython's compiler rejects it) gets
/// CPython 3.11's compile-time SyntaxError from our compiler: type, line, offset and message.
/// The files CI's ratchet still lists in conformance/known-failures/compile-invalid.txt are
/// skipped, so that list is the one place saying what is not done yet; a file turns green here
/// when it leaves that list.
/// </summary>
public class InvalidCompileCorpusTests
{
    private const string Corpus = "invalid-compile";
    private const string KnownFailuresFile = "conformance/known-failures/compile-invalid.txt";

    /// <summary>The placeholder error our compiler raises for a construct it does not compile yet
    /// (CodeGenerator.Unsupported): at the construct, so it may sit where CPython's error does.</summary>

    public static TheoryData<string> Files => new(Repo.Examples(Corpus).Select(Path.GetFileName)!);

    /// <summary>The corpus files listed as known failures (lines are repository paths; '#' starts a comment).</summary>
    private static HashSet<string> KnownFailures() =>
        File.ReadLines(Path.Combine(Repo.Root, KnownFailuresFile))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    private static string RepoPath(string file) => $"examples/{Corpus}/{file}";

    [Fact]
    public void CorpusIsThere() => Assert.True(Files.Count >= 100, $"examples/{Corpus} has {Files.Count} programs");

    [Fact]
    public void EveryKnownFailureIsInTheCorpus()
    {
        var files = Repo.Examples(Corpus).Select(f => RepoPath(Path.GetFileName(f))).ToHashSet(StringComparer.Ordinal);
        var stale = KnownFailures().Where(known => !files.Contains(known)).ToList();
        Assert.True(stale.Count == 0, $"{KnownFailuresFile} lists files not in the corpus: {string.Join(", ", stale)}");
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void SameCompileErrorAsCPython(string file)
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, "examples", Corpus, file));
        // asked before any skip, so that recording (ORACLE=record) keeps every file's answer
        var expected = JsonNode.Parse(Oracle.Run("compile", source))!["error"];
        Assert.True(expected is not null, $"CPython compiles {file} without error: it does not belong in examples/{Corpus}");
        Skip.If(KnownFailures().Contains(RepoPath(file)), $"listed in {KnownFailuresFile}");

        // compile() as a whole, as the compile endpoint runs it: an error our parser raises where
        // CPython's compiler does is the same answer at this stage
        var parsed = PythonParser.Parse(source);
        var error = parsed.Error ?? PythonCompiler.Compile(parsed.Tree!).Error;
        Assert.True(error is not null, $"our compiler accepts {file}; CPython: {expected.ToJsonString()}");

        var want = $"{(string?)expected["type"]} {(int?)expected["lineno"]}:{(int?)expected["offset"]}";
        Assert.Equal(want, $"{error.Type} {error.Lineno}:{error.Offset}");
        Assert.Equal((string?)expected["msg"], error.Msg);
    }
}
