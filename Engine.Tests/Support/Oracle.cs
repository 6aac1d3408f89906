using System.Diagnostics;

namespace Engine.Tests.Support;

/// <summary>Runs ../shared/oracle/cpython.py (CPython 3.11) to get the reference answer for a source.</summary>
public static class Oracle
{
    public static string SharedDir
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "oracle", "cpython.py");
                if (File.Exists(candidate)) return Path.Combine(dir.FullName, "shared");
                candidate = Path.Combine(dir.FullName, "..", "shared", "oracle", "cpython.py");
                if (File.Exists(candidate)) return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            }
            throw new FileNotFoundException("shared/oracle/cpython.py not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The interpreter python3 resolves to, asked once: a version manager's python3 is a
    /// shell script that takes longer to start than the oracle takes to answer.</summary>
    public static string Python => LazyPython.Value;

    private static readonly Lazy<string> LazyPython = new(() =>
    {
        var psi = new ProcessStartInfo("python3", ["-c", "import sys; print(sys.executable)"]) { RedirectStandardOutput = true };
        using var process = Process.Start(psi)!;
        var path = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return File.Exists(path) ? path : "python3";
    });

    /// <summary>The oracle's JSON for <paramref name="stage"/> on <paramref name="source"/>.</summary>
    public static string Run(string stage, string source, params string[] extra)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        psi.ArgumentList.Add(Path.Combine(SharedDir, "oracle", "cpython.py"));
        psi.ArgumentList.Add(stage);
        psi.ArgumentList.Add("-");
        foreach (var e in extra) psi.ArgumentList.Add(e);
        using var process = Process.Start(psi)!;
        process.StandardInput.Write(source);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("oracle failed: " + process.StandardError.ReadToEnd());
        return output;
    }
}
