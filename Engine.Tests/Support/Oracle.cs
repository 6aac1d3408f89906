using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Engine.Tests.Support;

/// <summary>
/// CPython 3.11's answer for a source: what ../shared/oracle/cpython.py prints, or what a
/// python3 script prints. By default the answer is replayed from the fixtures recorded in
/// Engine.Tests/Fixtures (no python3 needed); ORACLE=record or ORACLE=live asks CPython itself
/// (see <see cref="OracleFixtures"/>).
/// </summary>
public static class Oracle
{
    /// <summary>The oracle's JSON for <paramref name="stage"/> on <paramref name="source"/>.</summary>
    public static string Run(string stage, string source, params string[] extra)
    {
        var answer = OracleFixtures.Answer(OracleRequest.ForOracle(stage, source, extra));
        if (answer.ExitCode != 0)
            throw new InvalidOperationException("oracle failed: " + answer.Stderr);
        return answer.Stdout;
    }

    /// <summary>What <c>python3 ARGS</c> prints with <paramref name="stdin"/> as its input (a script
    /// read from stdin when there are no arguments).</summary>
    public static string RunPython(string stdin, params string[] args) =>
        OracleFixtures.Answer(OracleRequest.ForPython(args, stdin)).Stdout;

    /// <summary>The folder holding oracle/cpython.py: shared/ in a folder above the test binary, or beside one.</summary>
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
    public static string Python => LivePython.Value.Executable
        ?? throw new InvalidOperationException("the live oracle is not available: " + LivePython.Value.Problem);

    /// <summary>Null when the live oracle can be asked (python3 is CPython 3.11 and
    /// ../shared/oracle/cpython.py is there), else why not.</summary>
    public static string? LiveUnavailableReason
    {
        get
        {
            if (LivePython.Value.Problem is { } problem) return problem;
            try
            {
                _ = SharedDir;
                return null;
            }
            catch (FileNotFoundException)
            {
                return "../shared/oracle/cpython.py (the live oracle) is not beside the repository";
            }
        }
    }

    private static readonly Lazy<(string? Executable, string? Problem)> LivePython = new(() =>
    {
        var psi = new ProcessStartInfo("python3", ["-c", "import sys; print('%d.%d' % sys.version_info[:2]); print(sys.executable)"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process? process;
        try
        {
            process = Process.Start(psi);
        }
        catch (Win32Exception)
        {
            return (null, "python3 is not on the PATH");
        }
        if (process is null) return (null, "python3 could not be started");
        using (process)
        {
            var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries);
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0 || lines.Length < 2) return (null, "python3 did not run");
            if (lines[0] != "3.11") return (null, $"python3 is CPython {lines[0]}, the oracle needs 3.11");
            return (File.Exists(lines[1]) ? lines[1] : "python3", null);
        }
    });

    /// <summary>Asks CPython itself: runs the request's command and returns what it printed.</summary>
    public static OracleAnswer RunLive(OracleRequest request)
    {
        var psi = new ProcessStartInfo(Python)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        // The same answer on every machine: UTF-8 whatever the locale, str hashes (set order) fixed.
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        psi.Environment["PYTHONHASHSEED"] = "0";
        if (request.Program == OracleRequest.OracleProgram)
            psi.ArgumentList.Add(Path.Combine(SharedDir, "oracle", "cpython.py"));
        foreach (var arg in request.Args) psi.ArgumentList.Add(arg);
        using var process = Process.Start(psi)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(request.Stdin);
        process.StandardInput.Close();
        process.WaitForExit();
        return new OracleAnswer(process.ExitCode, stdout.Result, stderr.Result);
    }
}
