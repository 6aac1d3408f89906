using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

/// <summary>
/// The load benchmark: the service's tokenize of a small program against a bare minimal API
/// (Benchmarks/BareApi) answering a small JSON POST, both Release builds started here on
/// loopback, both loaded by wrk with the same threads, connections, duration and body. Each
/// side is run <see cref="Rounds"/> times, alternating, after a warm-up; the best of each counts.
/// Two bodies are measured in turn (<see cref="Bodies"/>).
///
///   dotnet run -c Release --project Benchmarks -- load [SECONDS] [CONNECTIONS] [THREADS]
///
/// The service runs as in production (appsettings.json: Information logs, one line a request,
/// written to a file as a container's console would be; workstation GC as in the Dockerfile),
/// except that the per-client rate limit is off: one client sending thousands of requests a second
/// is what the run is, and the limit would only measure itself.
/// </summary>
static partial class LoadBench
{
    private const int Rounds = 2;
    private const int WarmUpSeconds = 5;

    /// <summary>The bodies both sides are sent, one after the other: a small program (the
    /// measure of issue 10: one line, 6 tokens), then a little larger one (4 lines, 21 tokens).</summary>
    private static readonly (string Name, string Body)[] Bodies =
    [
        ("small", """{"source":"print(\"Hello, world!\")\n"}"""),
        ("4 lines", """{"source":"def greet(name):\n    return f\"Hello, {name}!\"\n\nprint(greet(\"world\"))\n"}"""),
    ];

    public static int Run(string[] args)
    {
        var seconds = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10;
        var connections = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 32;
        var threads = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1;
        if (Which("wrk") is null)
        {
            Console.Error.WriteLine("wrk is not installed: sudo apt-get install -y wrk");
            return 2;
        }
        var root = RepositoryRoot();
        var work = Directory.CreateTempSubdirectory("loadbench-").FullName;
        foreach (var project in new[] { "Api/Api.csproj", "Benchmarks/BareApi/BareApi.csproj" })
            if (RunToEnd("dotnet", root, "build", project, "-c", "Release", "-v", "q", "-nologo") is var (code, output) && code != 0)
            {
                Console.Error.WriteLine($"building {project} failed:\n{output}");
                return 1;
            }

        var succeeded = false;
        var service = Start("service", root, work, "Api/bin/Release/net10.0/Api.dll", "Api", new() { ["RateLimiting__Enabled"] = "false" });
        var bare = Start("bare", root, work, "Benchmarks/BareApi/bin/Release/net10.0/BareApi.dll", "Benchmarks/BareApi", []);
        try
        {
            var tokenizeUrl = $"{service.Url}/api/v1/tokenize";
            var echoUrl = $"{bare.Url}/echo";
            if (!Ready(service, tokenizeUrl, "\"tokens\"") || !Ready(bare, echoUrl, "\"length\""))
                return 1;

            Console.WriteLine($"load: wrk -t{threads} -c{connections} -d{seconds}s --latency -s POST.lua URL, {Rounds} rounds each side (alternating, after a {WarmUpSeconds} s warm-up of each side on each body), best counts");
            Console.WriteLine($"  load average before: {LoadAverage()}");
            var scripts = Bodies.Select((body, index) =>
            {
                var script = Path.Combine(work, $"post-{index}.lua");
                File.WriteAllText(script, $"wrk.method = \"POST\"\nwrk.headers[\"Content-Type\"] = \"application/json\"\nwrk.body = {LuaString(body.Body)}\n");
                return script;
            }).ToList();
            string[] Options(string script, int duration) => [$"-t{threads}", $"-c{connections}", $"-d{duration}s", "--latency", "-s", script];
            // Warm both up on every body before measuring any: the JIT's tiering (and its
            // profile-guided recompiles) must be over, or the first body measured pays for it.
            foreach (var script in scripts)
            {
                Wrk(Options(script, WarmUpSeconds), echoUrl);
                Wrk(Options(script, WarmUpSeconds), tokenizeUrl);
            }
            var figures = new List<string>();
            foreach (var ((name, body), script) in Bodies.Zip(scripts))
            {
                Console.WriteLine($"  {name} body ({Encoding.UTF8.GetByteCount(body)} bytes): {body}");
                var best = new Dictionary<string, WrkResult>();
                for (var round = 1; round <= Rounds; round++)
                    foreach (var (side, url) in new[] { ("bare", echoUrl), ("tokenize", tokenizeUrl) })
                    {
                        var result = Wrk(Options(script, seconds), url);
                        if (result is null) return 1;
                        Console.WriteLine($"    round {round} {side,-8} {result.RequestsPerSecond,10:F0} req/s   p50 {result.P50,8}  p99 {result.P99,8}");
                        if (!best.TryGetValue(side, out var previous) || result.RequestsPerSecond > previous.RequestsPerSecond) best[side] = result;
                    }
                var ratio = best["tokenize"].RequestsPerSecond / best["bare"].RequestsPerSecond;
                figures.Add($"  {name,-8} bare {best["bare"].RequestsPerSecond,8:F0} req/s   tokenize {best["tokenize"].RequestsPerSecond,8:F0} req/s   ratio {ratio,7:P1}");
            }
            Console.WriteLine($"  load average after:  {LoadAverage()}");
            Console.WriteLine("best of each (bare: POST /echo of a bare minimal API; tokenize: POST /api/v1/tokenize; the goal is a ratio of at least 70 % on the small body)");
            foreach (var figure in figures) Console.WriteLine(figure);
            succeeded = true;
            return 0;
        }
        finally
        {
            service.Stop();
            bare.Stop();
            // the service's log has a line a request: hundreds of megabytes; kept only when something failed
            if (succeeded) Directory.Delete(work, recursive: true);
            else Console.WriteLine($"  logs: {work}");
        }
    }

    private sealed record WrkResult(double RequestsPerSecond, string P50, string P99);

    /// <summary>Runs wrk; null (and its output on stderr) when it failed or any answer was not 2xx.</summary>
    private static WrkResult? Wrk(string[] options, string url)
    {
        var (code, output) = RunToEnd("wrk", Directory.GetCurrentDirectory(), [.. options, url]);
        var rate = RequestsPerSecond().Match(output);
        if (code != 0 || !rate.Success || output.Contains("Non-2xx") || output.Contains("Socket errors"))
        {
            Console.Error.WriteLine($"wrk {string.Join(' ', options)} {url} failed:\n{output}");
            return null;
        }
        return new(double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), Percentile(output, "50"), Percentile(output, "99"));
    }

    private static string Percentile(string output, string percent) =>
        Regex.Match(output, $@"^\s*{percent}(?:\.0+)?%\s+(\S+)", RegexOptions.Multiline) is { Success: true } match ? match.Groups[1].Value : "?";

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    private sealed record Server(string Name, string Url, Process Process, string Log)
    {
        public void Stop()
        {
            if (!Process.HasExited) Process.Kill();
            Process.WaitForExit();
        }
    }

    /// <summary>Starts `dotnet DLL` on a free loopback port, its console written to a file (as a container's would be).</summary>
    private static Server Start(string name, string root, string work, string dll, string contentRoot, Dictionary<string, string> environment)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var log = Path.Combine(work, name + ".log");
        // exec: the shell becomes dotnet, so that killing the process stops the server
        var start = new ProcessStartInfo("/bin/sh") { WorkingDirectory = root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec dotnet \"$0\" --urls \"$1\" --contentRoot \"$2\" >\"$3\" 2>&1");
        start.ArgumentList.Add(Path.Combine(root, dll));
        start.ArgumentList.Add(url);
        start.ArgumentList.Add(Path.Combine(root, contentRoot));
        start.ArgumentList.Add(log);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "0"; // as the Dockerfile runs the service
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new(name, url, Process.Start(start)!, log);
    }

    /// <summary>Waits (up to a minute) until a POST of the body answers 200 with <paramref name="expected"/> in it.</summary>
    private static bool Ready(Server server, string url, string expected)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(1) && !server.Process.HasExited)
        {
            try
            {
                using var answer = client.PostAsync(url, new StringContent(Bodies[0].Body, Encoding.UTF8, "application/json")).Result;
                var text = answer.Content.ReadAsStringAsync().Result;
                if (answer.StatusCode == HttpStatusCode.OK && text.Contains(expected)) return true;
                Console.Error.WriteLine($"{server.Name}: {url} answered {(int)answer.StatusCode}: {text}");
                return false;
            }
            catch (AggregateException) { Thread.Sleep(250); }
        }
        Console.Error.WriteLine($"{server.Name} did not start; its log: {server.Log}\n{(File.Exists(server.Log) ? File.ReadAllText(server.Log) : "")}");
        return false;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static (int Code, string Output) RunToEnd(string program, string directory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var child = Process.Start(start)!;
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        return (child.ExitCode, output + error.Result);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Service.sln"))) return folder.FullName;
        throw new InvalidOperationException("run from inside the repository (no Service.sln above the current folder)");
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(folder => Path.Combine(folder, program)).FirstOrDefault(File.Exists);

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) + " (1, 5, 15 min)" : "?";

    private static string LuaString(string text)
    {
        var quoted = new StringBuilder("\"");
        foreach (var c in text)
            quoted.Append(c switch { '"' => "\\\"", '\\' => "\\\\", '\n' => "\\n", _ => c.ToString() });
        return quoted.Append('"').ToString();
    }
}
