using System.Diagnostics;
using System.Globalization;
using System.Text;

// Times one Engine stage over every .py file of a folder, then CPython on the same files in a
// child process, and prints both and their ratio. Best of N rounds each, after a warm-up round.
//
//   dotnet run -c Release --project Benchmarks -- parse /usr/lib/python3.11 [rounds]
//   dotnet run -c Release --project Benchmarks -- tokenize /usr/lib/python3.11 [rounds]

if (args.Length < 2 || args[0] is not ("parse" or "tokenize"))
{
    Console.Error.WriteLine("usage: Benchmarks parse|tokenize FOLDER [ROUNDS]");
    return 2;
}
var stage = args[0];
var folder = args[1];
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;

var files = Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var sources = files.Select(Corpus.Read).Where(s => s is not null).Select(s => s!).ToList();
Action<string> work = stage == "parse"
    ? source => Engine.Parser.PythonParser.Parse(source)
    : source => Engine.Tokenizer.PythonTokenizer.Tokenize(source);
var totalChars = sources.Sum(s => (long)s.Length);

// The stages run on a large-stack thread in the service; do the same here.
var engineSeconds = Engine.Pipeline.LargeStack.Run(() =>
{
    foreach (var source in sources) work(source); // warm-up: JIT and tiering
    var best = double.MaxValue;
    for (var round = 0; round < rounds; round++)
    {
        var clock = Stopwatch.StartNew();
        foreach (var source in sources) work(source);
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }
    return best;
});

var python = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
python.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cpython_bench.py"));
python.ArgumentList.Add(stage);
python.ArgumentList.Add(rounds.ToString(CultureInfo.InvariantCulture));
foreach (var file in files) python.ArgumentList.Add(file);
using var child = Process.Start(python)!;
var cpythonSeconds = double.Parse(child.StandardOutput.ReadToEnd().Trim(), CultureInfo.InvariantCulture);
child.WaitForExit();

Console.WriteLine($"{stage}: {sources.Count} files, {totalChars / 1e6:F1} M characters, best of {rounds} rounds");
Console.WriteLine($"  Engine  {engineSeconds,8:F3} s");
Console.WriteLine($"  CPython {cpythonSeconds,8:F3} s   ({(stage == "parse" ? "ast.parse" : "tokenize.generate_tokens")})");
Console.WriteLine($"  ratio   {cpythonSeconds / engineSeconds,8:F2}x (CPython time / Engine time; above 1 means the Engine is faster)");
return 0;

static class Corpus
{
    /// <summary>The file's text decoded as CPython would (PEP 263 coding cookie, else UTF-8); null when it can't be.</summary>
    public static string? Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var encoding = DeclaredEncoding(bytes);
        try { return encoding.GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Utf8Bom) ? 3 : 0)); }
        catch (DecoderFallbackException) { return null; }
    }

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private static Encoding DeclaredEncoding(byte[] bytes)
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 400)).Split('\n').Take(2);
        foreach (var line in head)
        {
            var match = System.Text.RegularExpressions.Regex.Match(line, @"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)");
            if (!match.Success) continue;
            var name = match.Groups[1].Value.ToLowerInvariant();
            return name.StartsWith("latin-1") || name.StartsWith("iso-8859-1") || name.StartsWith("iso8859-1") ? Encoding.Latin1 : strict;
        }
        return strict;
    }
}
