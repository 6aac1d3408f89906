using System.Diagnostics;
using System.Globalization;
using System.Text;

// Times one Engine stage over every .py file of a folder, then CPython on the same files in a
// child process, and prints both and their ratio. Best of N rounds each, after a warm-up round.
//
//   dotnet run -c Release --project Benchmarks -- parse /usr/lib/python3.11 [rounds]
//   dotnet run -c Release --project Benchmarks -- tokenize /usr/lib/python3.11 [rounds]
//   dotnet run -c Release --project Benchmarks -- compile /usr/lib/python3.11 [rounds]
//   dotnet run -c Release --project Benchmarks -- execute Benchmarks/kernels [rounds]
//   dotnet run -c Release --project Benchmarks -- load [seconds] [connections] [threads]
//
// compile is source to code objects (tokenize, parse, compile), timed only on the files both
// sides compile without error, so that both do the same, whole work.

if (args.Length >= 1 && args[0] == "trace") return TraceBench.Run(args);
if (args is ["load", ..]) return LoadBench.Run(args[1..]);
if (args.Length < 2 || args[0] is not ("parse" or "tokenize" or "compile" or "execute"))
{
    Console.Error.WriteLine("usage: Benchmarks parse|tokenize|compile|execute FOLDER [ROUNDS]\n       Benchmarks load [SECONDS] [CONNECTIONS] [THREADS]\n       Benchmarks trace [FILE] [STEPS] [--url URL | --port PORT]");
    return 2;
}
var stage = args[0];
var folder = args[1];
var rounds = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
if (stage == "execute") return ExecuteBench.Run(folder, rounds);

var files = Directory.EnumerateFiles(folder, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var skipped = "";
if (stage == "compile")
{
    var ours = Engine.Pipeline.LargeStack.Run(() => files.Where(f => Corpus.Read(f) is { } source && Compiles(source)).ToList());
    var theirs = CPythonBench("accepts", files).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
    skipped = $" (of {files.Count}: {files.Count - ours.Count} the Engine does not compile, {files.Count - theirs.Count} CPython does not)";
    files = ours.Where(theirs.Contains).ToList();
}
var sources = files.Select(Corpus.Read).Where(s => s is not null).Select(s => s!).ToList();
Action<string> work = stage switch
{
    "parse" => source => Engine.Parser.PythonParser.Parse(source),
    "compile" => source => Engine.Compiler.PythonCompiler.Compile(Engine.Parser.PythonParser.Parse(source).Tree!),
    _ => source => Engine.Tokenizer.PythonTokenizer.Tokenize(source),
};
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

var cpythonSeconds = double.Parse(CPythonBench(stage, files, rounds.ToString(CultureInfo.InvariantCulture)).Trim(), CultureInfo.InvariantCulture);

Console.WriteLine($"{stage}: {sources.Count} files{skipped}, {totalChars / 1e6:F2} M characters, best of {rounds} rounds");
Console.WriteLine($"  Engine  {engineSeconds,8:F4} s");
Console.WriteLine($"  CPython {cpythonSeconds,8:F4} s   ({stage switch { "parse" => "ast.parse", "compile" => "compile(source, '<string>', 'exec')", _ => "tokenize.generate_tokens" }})");
Console.WriteLine($"  ratio   {cpythonSeconds / engineSeconds,8:F2}x (CPython time / Engine time; above 1 means the Engine is faster)");
return 0;

// Whether the Engine compiles the source to code objects without error (a crash counts as an error).
static bool Compiles(string source)
{
    try
    {
        var parsed = Engine.Parser.PythonParser.Parse(source);
        return parsed.Error is null && Engine.Compiler.PythonCompiler.Compile(parsed.Tree!).Error is null;
    }
    catch (Exception)
    {
        return false;
    }
}

// What cpython_bench.py prints for COMMAND [ARGS] FILE... (python3 in a child process).
static string CPythonBench(string command, IEnumerable<string> files, params string[] args)
{
    var python = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
    python.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cpython_bench.py"));
    python.ArgumentList.Add(command);
    foreach (var arg in args) python.ArgumentList.Add(arg);
    foreach (var file in files) python.ArgumentList.Add(file);
    using var child = Process.Start(python)!;
    var output = child.StandardOutput.ReadToEnd();
    child.WaitForExit();
    return output;
}

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
