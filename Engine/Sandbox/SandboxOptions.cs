using System.Runtime.InteropServices;

namespace Engine.Sandbox;

/// <summary>How the sandbox's worker processes are run (the Api binds it from "Execution:Sandbox").</summary>
public sealed class SandboxOptions
{
    /// <summary>Worker processes, each running one program at a time: the number of runs at once.</summary>
    public int Workers { get; set; } = 4;

    /// <summary>Runs that may wait for a worker; past that a run is rejected (429).</summary>
    public int MaxQueuedRuns { get; set; } = 64;

    /// <summary>Longest a run waits for a worker; past it the run is answered "unavailable" (503).</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Time a worker has to compile a program (the time limit counts from the run's start).</summary>
    public TimeSpan CompileTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time a run gets beyond its own time limit (which the VM itself enforces) before its
    /// worker is killed and the run answers time_limit_exceeded: a backstop for work the VM cannot
    /// interrupt, such as a garbage collection near the memory limit.</summary>
    public TimeSpan Grace { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time to pass a finished run's answer on to the client.</summary>
    public TimeSpan AnswerTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time a worker has to start and warm up.</summary>
    public TimeSpan StartTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A worker is replaced by a fresh process after this many runs.</summary>
    public int RecycleAfterRuns { get; set; } = 500;

    /// <summary>The worker program (Worker.dll beside the host by default).</summary>
    public string WorkerAssembly { get; set; } = Path.Combine(AppContext.BaseDirectory, "Worker.dll");

    /// <summary>The dotnet host that runs it (the one running this process by default).</summary>
    public string DotnetHost { get; set; } = DefaultDotnetHost();

    /// <summary>The dotnet executable of the runtime this process runs on: three folders above it
    /// (dotnet/shared/Microsoft.NETCore.App/&lt;version&gt;/), else "dotnet" from the PATH.</summary>
    private static string DefaultDotnetHost()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var beside = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(beside) ? beside : name;
    }
}
