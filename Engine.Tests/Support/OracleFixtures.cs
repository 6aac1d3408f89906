using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Engine.Tests.Support;

/// <summary>
/// One question for CPython: a command (<see cref="OracleProgram"/>, the oracle script, or
/// <see cref="PythonProgram"/>, python3 itself), its arguments and its standard input.
/// </summary>
public sealed class OracleRequest
{
    /// <summary><c>python3 ../shared/oracle/cpython.py ARGS</c>.</summary>
    public const string OracleProgram = "cpython.py";

    /// <summary><c>python3 ARGS</c>.</summary>
    public const string PythonProgram = "python3";

    public OracleRequest(string program, IReadOnlyList<string> args, string stdin)
    {
        if (program is not (OracleProgram or PythonProgram)) throw new ArgumentException("unknown program " + program);
        Program = program;
        Args = args;
        Stdin = stdin;
        Key = ComputeKey(program, args, stdin);
    }

    public static OracleRequest ForOracle(string stage, string source, IEnumerable<string> extra) =>
        new(OracleProgram, [stage, "-", .. extra], source);

    public static OracleRequest ForPython(IEnumerable<string> args, string stdin) => new(PythonProgram, [.. args], stdin);

    public string Program { get; }
    public IReadOnlyList<string> Args { get; }
    public string Stdin { get; }

    /// <summary>
    /// SHA-256 (lower-case hex) of the request: each of program, the arguments and stdin in turn,
    /// as its UTF-8 byte count in decimal, ':', the bytes, ','. In Python:
    /// <c>sha256(b"".join(b"%d:%s," % (len(b), b) for b in (s.encode() for s in [program, *args, stdin]))).hexdigest()</c>.
    /// </summary>
    public string Key { get; }

    /// <summary>The fixture file the answer is kept in: oracle-STAGE.jsonl or python.jsonl.</summary>
    public string Group => Program == OracleProgram ? "oracle-" + Args[0] : "python";

    public override string ToString()
    {
        var command = Program == OracleProgram ? "python3 cpython.py" : "python3";
        var args = string.Join(" ", Args.Select(a => a.Length > 40 || a.Contains('\n') ? "'" + Escape(a, 40) + "'" : a));
        return $"{command} {args} with stdin '{Escape(Stdin, 120)}' (key {Key})";
    }

    private static string Escape(string text, int max)
    {
        var escaped = text.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r").Replace("\t", "\\t");
        return escaped.Length <= max ? escaped : escaped[..max] + "...";
    }

    private static string ComputeKey(string program, IReadOnlyList<string> args, string stdin)
    {
        using var buffer = new MemoryStream();
        foreach (var field in (IEnumerable<string>)[program, .. args, stdin])
        {
            var bytes = Encoding.UTF8.GetBytes(field);
            buffer.Write(Encoding.ASCII.GetBytes(bytes.Length + ":"));
            buffer.Write(bytes);
            buffer.WriteByte((byte)',');
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }
}

/// <summary>What the command printed, and its exit code (stderr is kept only when it failed).</summary>
public sealed record OracleAnswer(int ExitCode, string Stdout, string Stderr);

/// <summary>A recorded request and CPython's answer to it: one line of a fixture file.</summary>
public sealed record OracleFixture(string Key, OracleRequest Request, OracleAnswer Answer, string File);

/// <summary>
/// CPython's answers recorded in Engine.Tests/Fixtures, one JSON line per request in a gzipped
/// file per stage (oracle-parse.jsonl.gz, oracle-compile.jsonl.gz, ..., python.jsonl.gz for the
/// direct python3 scripts; as plain text the traces alone are over 10 MB), keyed by the SHA-256
/// of the request (<see cref="OracleRequest.Key"/>), the request written beside its answer. The environment variable ORACLE chooses where answers come from:
/// <list type="bullet">
/// <item><c>replay</c> (the default): from the fixtures only; a missing one fails the test.</item>
/// <item><c>record</c>: from CPython; a new or changed answer is appended to its file, as one
/// more gzip member (a later line wins over an earlier one with the same key; tools/record-oracle-fixtures.sh then sorts
/// the files and drops what no test asked for).</item>
/// <item><c>live</c>: from CPython, the fixtures left alone.</item>
/// </list>
/// With ORACLE_KEYS_LOG=FILE every key asked for is appended to FILE, one a line.
/// </summary>
public static class OracleFixtures
{
    public const string RecordCommand = "bash tools/record-oracle-fixtures.sh";

    public enum OracleMode { Replay, Record, Live }

    public static string Directory => Path.Combine(Repo.Root, "Engine.Tests", "Fixtures");

    public const string Extension = ".jsonl.gz";

    public static string FileOf(OracleRequest request) => Path.Combine(Directory, request.Group + Extension);

    public static OracleMode Mode => Environment.GetEnvironmentVariable("ORACLE") switch
    {
        null or "" or "replay" => OracleMode.Replay,
        "record" => OracleMode.Record,
        "live" => OracleMode.Live,
        var other => throw new InvalidOperationException($"ORACLE={other}: use replay (the default), record or live"),
    };

    private static readonly ConcurrentDictionary<string, Lazy<Dictionary<string, OracleFixture>>> Groups = new();
    private static readonly Lock WriteLock = new();

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    public static OracleAnswer Answer(OracleRequest request)
    {
        var mode = Mode;
        LogKey(request.Key);
        switch (mode)
        {
            case OracleMode.Live:
                return Oracle.RunLive(request);
            case OracleMode.Record:
                var answer = Oracle.RunLive(request);
                Save(request, answer);
                return answer;
            default:
                if (Group(request.Group).TryGetValue(request.Key, out var fixture)) return fixture.Answer;
                throw new MissingOracleFixtureException(
                    $"No recorded CPython answer for {request}, looked for in {FileOf(request)}. " +
                    $"A missing fixture is a bug: re-record them with `{RecordCommand}` (needs python3 3.11 and ../shared/oracle), " +
                    "then commit Engine.Tests/Fixtures.");
        }
    }

    /// <summary>Every recorded fixture, each file read afresh, later lines winning over earlier ones.</summary>
    public static IReadOnlyList<OracleFixture> All()
    {
        if (!System.IO.Directory.Exists(Directory)) return [];
        lock (WriteLock) // not half a line that record mode is appending
            return System.IO.Directory.GetFiles(Directory, "*" + Extension).Order(StringComparer.Ordinal)
                .SelectMany(file => Load(file).Values.OrderBy(f => f.Key, StringComparer.Ordinal)).ToList();
    }

    /// <summary>The request a fixture line records, and the key written on it.</summary>
    public static OracleFixture ParseLine(string line, string file)
    {
        using var doc = JsonDocument.Parse(line);
        var root = doc.RootElement;
        var request = root.GetProperty("request");
        var stderr = root.TryGetProperty("stderr", out var e) ? e.GetString()! : "";
        return new OracleFixture(
            root.GetProperty("key").GetString()!,
            new OracleRequest(
                request.GetProperty("program").GetString()!,
                request.GetProperty("args").EnumerateArray().Select(a => a.GetString()!).ToList(),
                request.GetProperty("stdin").GetString()!),
            new OracleAnswer(root.GetProperty("exit").GetInt32(), root.GetProperty("stdout").GetString()!, stderr),
            file);
    }

    /// <summary>One line: key, request (program, args, stdin), exit, stdout, and stderr when the command failed.</summary>
    public static string FormatLine(OracleRequest request, OracleAnswer answer)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteString("key", request.Key);
            w.WriteStartObject("request");
            w.WriteString("program", request.Program);
            w.WriteStartArray("args");
            foreach (var arg in request.Args) w.WriteStringValue(arg);
            w.WriteEndArray();
            w.WriteString("stdin", request.Stdin);
            w.WriteEndObject();
            w.WriteNumber("exit", answer.ExitCode);
            w.WriteString("stdout", answer.Stdout);
            if (answer.ExitCode != 0) w.WriteString("stderr", answer.Stderr);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, OracleFixture> Group(string group) =>
        Groups.GetOrAdd(group, g => new Lazy<Dictionary<string, OracleFixture>>(() => Load(Path.Combine(Directory, g + Extension)))).Value;

    /// <summary>The lines of a gzipped file of one or more gzip members.</summary>
    public static IEnumerable<string> ReadLines(string file)
    {
        using var stream = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line) yield return line;
    }

    /// <summary>Adds a line to a gzipped file as a gzip member of its own.</summary>
    public static void AppendLine(string file, string line)
    {
        using var stream = new GZipStream(new FileStream(file, FileMode.Append, FileAccess.Write), CompressionLevel.SmallestSize);
        stream.Write(Encoding.UTF8.GetBytes(line + "\n"));
    }

    private static Dictionary<string, OracleFixture> Load(string file)
    {
        var fixtures = new Dictionary<string, OracleFixture>(StringComparer.Ordinal);
        if (!File.Exists(file)) return fixtures;
        foreach (var line in ReadLines(file))
        {
            if (line.Length == 0) continue;
            var fixture = ParseLine(line, file);
            fixtures[fixture.Key] = fixture;
        }
        return fixtures;
    }

    private static void Save(OracleRequest request, OracleAnswer answer)
    {
        if (answer.ExitCode == 0) answer = answer with { Stderr = "" };
        lock (WriteLock)
        {
            var group = Group(request.Group);
            if (group.TryGetValue(request.Key, out var known) && known.Answer == answer) return;
            var file = FileOf(request);
            System.IO.Directory.CreateDirectory(Directory);
            AppendLine(file, FormatLine(request, answer));
            group[request.Key] = new OracleFixture(request.Key, request, answer, file);
        }
    }

    private static void LogKey(string key)
    {
        if (Environment.GetEnvironmentVariable("ORACLE_KEYS_LOG") is not { Length: > 0 } log) return;
        lock (WriteLock) File.AppendAllText(log, key + "\n");
    }
}

/// <summary>Replay mode found no recorded answer for a request.</summary>
public sealed class MissingOracleFixtureException(string message) : Exception(message);
