using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

/// <summary>
/// The trace benchmark: one long traced run streamed as NDJSON (Accept: application/x-ndjson),
/// read to its last byte by the client, as a playground would. Reports step lines per second,
/// from sending the request to reading the last byte, and the peak memory (VmHWM) and resident
/// memory of the service's processes: the Api and its sandbox worker. The run is measured
/// <see cref="Rounds"/> times on the same service, each round printed, the best reported.
///
///   dotnet run -c Release --project Benchmarks -- trace [FILE.py] [STEPS] [--url URL | --port PORT]
///
/// Without --url it starts the service from Api/bin/Release/net10.0 (build it first with
/// `dotnet build Api -c Release`) on PORT or a free port, with one worker and limits raised for the run.
/// Without FILE, a loop of function calls that never ends runs; the run stops at STEPS
/// (10,000,000 by default) with step_limit_exceeded, every step traced.
/// </summary>
static class TraceBench
{
    private const string DefaultProgram = """
        def collatz(n):
            steps = 0
            while n != 1:
                n = n // 2 if n % 2 == 0 else 3 * n + 1
                steps += 1
            return steps

        best = 0
        start = 1
        while True:
            length = collatz(start)
            if length > best:
                best = length
            start += 1
        """;

    public static int Run(string[] args)
    {
        string? file = null, url = null;
        var port = 0;
        var steps = 10_000_000;
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i] == "--url" && i + 1 < args.Length) url = args[++i];
            else if (args[i] == "--port" && i + 1 < args.Length) port = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (int.TryParse(args[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)) steps = n;
            else file = args[i];
        }
        var source = file is null ? DefaultProgram : File.ReadAllText(file);

        Process? service = null;
        try
        {
            if (url is null) (service, url) = StartService(port);
            // A service of our own allows a long run; another keeps its own maximum (30 s by default).
            var timeoutMs = service is null ? 30_000 : 600_000;
            return Measure(url, source, file ?? "(the built-in collatz loop)", steps, timeoutMs, service).GetAwaiter().GetResult();
        }
        finally
        {
            if (service is not null)
            {
                service.Kill(entireProcessTree: true);
                service.WaitForExit();
            }
        }
    }

    /// <summary>The long run is measured this many times on the same service: the first round also
    /// pays for the JIT's second compiling of the Api's relay and the worker's tracer (a service that
    /// has streamed a few runs is past it); every round is printed, the best is reported.</summary>
    private const int Rounds = 3;

    private static async Task<int> Measure(string url, string source, string name, int steps, int timeoutMs, Process? service)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = Timeout.InfiniteTimeSpan };
        var body = new
        {
            source,
            trace = true,
            limits = new { max_steps = steps, max_trace_steps = steps, timeout_ms = timeoutMs, max_memory_bytes = 512 << 20 },
        };
        // A short run first: the worker's and the Api's code paths are warm when the clock starts.
        await Post(http, new { source = "x = 0\nfor i in range(1000):\n    x += i\n", trace = true });

        var before = service is null ? null : Memory(service.Id);
        using var sampler = new CancellationTokenSource();
        var sampling = service is null ? Task.FromResult(0L) : SampleRss(service.Id, sampler.Token);
        Console.WriteLine($"trace: {name}, {steps:N0} steps asked, streamed as NDJSON from {url}, {Rounds} rounds on the same service");
        (long Lines, long Bytes, string Last, double Seconds) best = (0, 0, "", 0);
        for (var round = 1; round <= Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            var (lines, bytes, last) = await Post(http, body);
            var seconds = clock.Elapsed.TotalSeconds;
            Console.WriteLine($"  round {round}: {(lines - 1) / seconds,12:N0} steps/s   {bytes / seconds / 1e6,7:F1} MB/s   {seconds,7:F3} s");
            if (round == 1 || (lines - 1) / seconds > (best.Lines - 1) / best.Seconds) best = (lines, bytes, last, seconds);
        }
        await sampler.CancelAsync();
        var peakRss = await sampling;

        Console.WriteLine($"best round:");
        Console.WriteLine($"  step lines     {best.Lines - 1,14:N0}   end line: {Short(best.Last)}");
        Console.WriteLine($"  bytes          {best.Bytes,14:N0}   ({best.Bytes / best.Seconds / 1e6:F1} MB/s)");
        Console.WriteLine($"  seconds        {best.Seconds,14:F3}   (request sent to last byte read)");
        Console.WriteLine($"  steps/second   {(best.Lines - 1) / best.Seconds,14:N0}");
        if (service is not null)
        {
            var after = Memory(service.Id);
            foreach (var (pid, role) in after.Keys.Select(pid => (pid, pid == service.Id ? "api" : "worker")))
            {
                var was = before!.TryGetValue(pid, out var b) ? b.Rss : 0;
                Console.WriteLine($"  {role} {pid,-7}   VmHWM {after[pid].Hwm / 1048576.0,8:F1} MiB   VmRSS before {was / 1048576.0,7:F1} MiB, after {after[pid].Rss / 1048576.0,7:F1} MiB");
            }
            Console.WriteLine($"  service RSS, api + workers, peak of samples every 50 ms: {peakRss / 1048576.0:F1} MiB");
        }
        return 0;
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "..." : s;

    /// <summary>Posts a run, reads the answer to its end: lines, bytes, and the last line.</summary>
    private static async Task<(long Lines, long Bytes, string Last)> Post(HttpClient http, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/execute") { Content = JsonContent.Create(body) };
        request.Headers.Accept.ParseAdd("application/x-ndjson");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"the service answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[1 << 16];
        long lines = 0, bytes = 0;
        var tail = new MemoryStream(); // the line being read
        var last = Array.Empty<byte>(); // the last whole line
        int read;
        while ((read = await stream.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            var span = buffer.AsSpan(0, read);
            lines += span.Count((byte)'\n');
            var end = span.LastIndexOf((byte)'\n');
            if (end < 0)
            {
                tail.Write(span);
                continue;
            }
            var begin = span[..end].LastIndexOf((byte)'\n');
            if (begin >= 0) last = span[(begin + 1)..end].ToArray();
            else
            {
                tail.Write(span[..end]);
                last = tail.ToArray();
            }
            tail.SetLength(0);
            tail.Write(span[(end + 1)..]);
        }
        if (tail.Length > 0) last = tail.ToArray(); // a last line without its newline
        return (lines, bytes, System.Text.Encoding.UTF8.GetString(last));
    }

    private static (Process, string) StartService(int port)
    {
        var root = Directory.GetCurrentDirectory();
        while (!File.Exists(Path.Combine(root, "Service.sln"))) root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("run from the repository");
        var api = Path.Combine(root, "Api", "bin", "Release", "net10.0", "Api.dll");
        if (!File.Exists(api)) throw new InvalidOperationException($"{api} is missing: dotnet build Api -c Release");
        if (port == 0) port = FreePort();
        var url = $"http://127.0.0.1:{port}/";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[]
        {
            api, "--urls", url, "--contentRoot", Path.Combine(root, "Api"),
            "--Serilog:MinimumLevel:Default=Warning", "--RateLimiting:Enabled=false",
            "--Execution:MaxConcurrentRuns=1", "--Execution:Maximums:TimeoutMs=600000",
            "--Execution:Maximums:MaxSteps=2000000000",
        }) start.ArgumentList.Add(arg);
        var service = Process.Start(start)!;
        service.OutputDataReceived += (_, _) => { };
        service.ErrorDataReceived += (_, e) => { if (e.Data is not null) Console.Error.WriteLine("service: " + e.Data); };
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();
        using var probe = new HttpClient { BaseAddress = new Uri(url) };
        for (var i = 0; i < 600; i++)
        {
            try
            {
                if (probe.GetAsync("health/ready").GetAwaiter().GetResult().IsSuccessStatusCode) return (service, url);
            }
            catch (HttpRequestException) { }
            Thread.Sleep(100);
        }
        service.Kill(entireProcessTree: true);
        throw new InvalidOperationException("the service did not become ready");
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The process and its children (the workers): VmHWM and VmRSS in bytes.</summary>
    private static Dictionary<int, (long Hwm, long Rss)> Memory(int pid)
    {
        var result = new Dictionary<int, (long, long)>();
        foreach (var p in new[] { pid }.Concat(Children(pid)))
        {
            try
            {
                var status = File.ReadAllLines($"/proc/{p}/status");
                long Field(string key) => long.Parse(status.First(l => l.StartsWith(key, StringComparison.Ordinal))[key.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                result[p] = (Field("VmHWM:"), Field("VmRSS:"));
            }
            catch (IOException) { }
        }
        return result;
    }

    private static IEnumerable<int> Children(int pid)
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var p)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
            catch (IOException) { continue; }
            // pid (comm) state ppid ...: the command may hold spaces, so read after its closing parenthesis.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            if (int.Parse(fields[1], CultureInfo.InvariantCulture) == pid) yield return p;
        }
    }

    /// <summary>The largest sum of the service's processes' resident memory seen while the run streams.</summary>
    private static async Task<long> SampleRss(int pid, CancellationToken stop)
    {
        long peak = 0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, Memory(pid).Values.Sum(m => m.Rss));
            try { await Task.Delay(50, stop); }
            catch (OperationCanceledException) { break; }
        }
        return peak;
    }
}
