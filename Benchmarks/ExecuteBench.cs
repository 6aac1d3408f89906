using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Engine.VM;

/// <summary>
/// The execute benchmark: each kernel (a .py file of Benchmarks/kernels) run untraced by the
/// Engine's VM and by CPython (exec of the compiled file in a child process), best of N rounds
/// each after a warm-up, compile time excluded on both sides, one kernel on both sides before the
/// next. Both sides' output must agree.
/// Prints a table of seconds and ratios and the geometric mean of the ratios: the Engine as it
/// runs programs (hot code compiled to IL, the second tier) and its interpreter alone.
/// </summary>
static class ExecuteBench
{
    private static readonly ExecutionOptions Options = new()
    {
        MaxSteps = long.MaxValue,
        Timeout = TimeSpan.FromMinutes(10),
        MaxOutputChars = 1 << 24,
        MaxMemoryBytes = 4L << 30,
    };

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(1.5);

    /// <summary>How long each side measures a kernel at least (cpython_bench.py's MINIMUM_MEASURING).</summary>
    private static readonly TimeSpan MinimumMeasuring = TimeSpan.FromSeconds(1);

    public static int Run(string folder, int rounds)
    {
        var files = Directory.EnumerateFiles(folder, "*.py").Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"execute: {files.Count} kernels, best of {rounds} rounds, untraced, compile time excluded");
        Console.WriteLine($"  {"kernel",-22} {"Engine s",9} {"CPython s",10} {"ratio",7}   {"interp s",9} {"ratio",7}   (time / CPython's; below 1 means faster than CPython)");
        double logSum = 0, interpretedLogSum = 0;
        var mismatches = 0;
        foreach (var file in files)
        {
            var name = Path.GetFileNameWithoutExtension(file);
            var (seconds, output) = Engine(file, rounds, Options);
            var (interpreted, interpretedOutput) = Engine(file, rounds, Options with { Tier2Threshold = -1 });
            // CPython on the same kernel just before: a busy spell of the machine then weighs on both
            // sides of a kernel's ratio alike, not on every kernel of one side.
            var (cpythonSeconds, cpythonOutput) = CPython([file], rounds)[Path.GetFullPath(file)];
            var ratio = seconds / cpythonSeconds;
            logSum += Math.Log(ratio);
            interpretedLogSum += Math.Log(interpreted / cpythonSeconds);
            var same = output == cpythonOutput && interpretedOutput == cpythonOutput;
            if (!same) mismatches++;
            Console.WriteLine($"  {name,-22} {seconds,9:F4} {cpythonSeconds,10:F4} {ratio,7:F2}   {interpreted,9:F4} {interpreted / cpythonSeconds,7:F2}"
                + (same ? "" : "   OUTPUT DIFFERS: " + Short(output == cpythonOutput ? interpretedOutput : output)));
        }
        Console.WriteLine($"  {"geometric mean",-22} {"",9} {"",10} {Math.Exp(logSum / files.Count),7:F2}   {"",9} {Math.Exp(interpretedLogSum / files.Count),7:F2}");
        return mismatches == 0 ? 0 : 1;
    }

    private static string Short(string s) => s.Length > 80 ? s[..80] + "..." : s.Replace("\\n", "|");

    /// <summary>The best time of the kernel on the Engine's VM, and what it printed.</summary>
    private static (double Seconds, string Output) Engine(string file, int rounds, ExecutionOptions options)
    {
        var source = File.ReadAllText(file);
        return global::Engine.Pipeline.LargeStack.Run(() =>
        {
            var code = global::Engine.Compiler.PythonCompiler.Compile(global::Engine.Parser.PythonParser.Parse(source, "<string>").Tree!, "<string>").Code!;
            var output = "";
            var best = double.MaxValue;
            // Warm up for a while, not one round: the interpreter loop is one large method that the
            // JIT re-compiles in the background (tier 1, with the profile of the kernel at hand), which
            // takes longer than a round of a short kernel; a service's long-lived worker runs that code.
            var warmUp = Stopwatch.StartNew();
            do VirtualMachine.Execute(code, options, source: source);
            while (warmUp.Elapsed < WarmUpTime);
            // At least `rounds` rounds and a second of them: a kernel of a few milliseconds is then
            // measured over many rounds, so a busy spell of the machine does not spoil all of them.
            var measuring = Stopwatch.StartNew();
            for (var round = 0; round < rounds || measuring.Elapsed < MinimumMeasuring; round++)
            {
                var clock = Stopwatch.StartNew();
                var result = VirtualMachine.Execute(code, options, source: source);
                var elapsed = clock.Elapsed.TotalSeconds;
                output = result.Status == ExecutionStatus.Ok ? result.Stdout : $"{result.Status}: {result.Exception?.Type} {result.Exception?.Message}";
                best = Math.Min(best, elapsed);
            }
            return (best, output);
        });
    }

    /// <summary>cpython_bench.py execute: per file, the best time and the output, as JSON lines.</summary>
    private static Dictionary<string, (double, string)> CPython(List<string> files, int rounds)
    {
        var python = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
        python.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "cpython_bench.py"));
        python.ArgumentList.Add("execute");
        python.ArgumentList.Add(rounds.ToString(CultureInfo.InvariantCulture));
        foreach (var file in files) python.ArgumentList.Add(Path.GetFullPath(file));
        python.Environment["PYTHONHASHSEED"] = "0";
        using var child = Process.Start(python)!;
        var results = new Dictionary<string, (double, string)>();
        while (child.StandardOutput.ReadLine() is { } line)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            results[root.GetProperty("file").GetString()!] = (root.GetProperty("seconds").GetDouble(), root.GetProperty("stdout").GetString()!);
        }
        child.WaitForExit();
        return results;
    }
}
