namespace Engine.Tests.Support;

/// <summary>The recorded CPython answers (Engine.Tests/Fixtures) are sound, and still what CPython says.</summary>
public class OracleFixtureTests
{
    /// <summary>How many fixtures the live check re-asks CPython (ORACLE_VERIFY=all: every one).</summary>
    private const int Sample = 40;

    [Fact]
    public void EveryFixtureIsKeyedByItsRequest()
    {
        var fixtures = OracleFixtures.All();
        if (OracleFixtures.Mode != OracleFixtures.OracleMode.Record) Assert.NotEmpty(fixtures);
        foreach (var f in fixtures)
        {
            Assert.True(f.Key == f.Request.Key, $"{f.File}: key {f.Key} is not the hash of its request {f.Request}");
            Assert.True(Path.GetFileName(f.File) == f.Request.Group + OracleFixtures.Extension, $"{f.File}: {f.Request} belongs in {f.Request.Group}{OracleFixtures.Extension}");
        }
    }

    [Fact]
    public void LinesRoundTrip()
    {
        var request = OracleRequest.ForOracle("execute", "print('caf\u00e9 \U0001F600 \\n \"q\"')\n\u2028x\r\n", ["--trace"]);
        var answer = new OracleAnswer(1, "{\n \"a\": \"\u4e2d\"\n}\n", "Traceback\n");
        var line = OracleFixtures.FormatLine(request, answer);
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain('\r', line);
        var file = Path.Combine(Path.GetTempPath(), $"oracle-fixture-{Guid.NewGuid():N}.jsonl.gz");
        try
        {
            // record mode appends a gzip member per answer: a file of several members reads as one
            OracleFixtures.AppendLine(file, "first");
            OracleFixtures.AppendLine(file, line);
            Assert.Equal(["first", line], OracleFixtures.ReadLines(file));
        }
        finally
        {
            File.Delete(file);
        }
        var back = OracleFixtures.ParseLine(line, "oracle-execute.jsonl.gz");
        Assert.Equal(request.Key, back.Key);
        Assert.Equal(request.Key, back.Request.Key);
        Assert.Equal(["execute", "-", "--trace"], back.Request.Args);
        Assert.Equal(request.Stdin, back.Request.Stdin);
        Assert.Equal(answer, back.Answer);
        Assert.Equal("oracle-execute", request.Group);
    }

    [Fact]
    public void KeyIsTheDocumentedHash()
    {
        // sha256(b"10:cpython.py,5:parse,1:-,6:x = 1\n,") as the doc comment of OracleRequest.Key says
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData("10:cpython.py,5:parse,1:-,6:x = 1\n,"u8)),
            OracleRequest.ForOracle("parse", "x = 1\n", []).Key);
    }

    [SkippableFact]
    public void RecordedAnswersAreStillCPythons()
    {
        Skip.If(Oracle.LiveUnavailableReason is not null,
            $"needs the live CPython 3.11 oracle: {Oracle.LiveUnavailableReason} (the tests use the recorded answers)");
        Skip.If(OracleFixtures.Mode == OracleFixtures.OracleMode.Record, "ORACLE=record: the fixtures are being recorded from CPython right now");
        var all = OracleFixtures.All();
        Assert.NotEmpty(all);
        var checkAll = Environment.GetEnvironmentVariable("ORACLE_VERIFY") == "all";
        // A fixed sample spread over every file: the first fixture of each, then every n-th by key.
        var byKey = all.OrderBy(f => f.Key, StringComparer.Ordinal).ToList();
        var step = Math.Max(1, byKey.Count / Sample);
        var sample = checkAll
            ? byKey
            : all.GroupBy(f => f.File).Select(g => g.First())
                .Concat(byKey.Where((_, i) => i % step == 0))
                .DistinctBy(f => f.Key).ToList();
        var stale = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.ForEach(sample, new ParallelOptions { MaxDegreeOfParallelism = 2 }, f =>
        {
            // stderr is not compared: it is kept only for a failure, and names paths on the recording machine
            var live = Oracle.RunLive(f.Request);
            if (live.ExitCode != f.Answer.ExitCode || live.Stdout != f.Answer.Stdout)
                stale.Add($"{f.Request}: recorded exit {f.Answer.ExitCode}, {f.Answer.Stdout.Length} chars; " +
                          $"CPython now says exit {live.ExitCode}, {live.Stdout.Length} chars, first difference at {FirstDifference(f.Answer.Stdout, live.Stdout)}");
        });
        Assert.True(stale.IsEmpty,
            $"{stale.Count} of {sample.Count} recorded answers are not what CPython says now " +
            $"(re-record with `{OracleFixtures.RecordCommand}`):\n" + string.Join("\n", stale));
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }
}
