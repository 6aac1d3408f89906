using System.Diagnostics.Metrics;
using System.Security.Cryptography;
using System.Text;
using Engine.Compiler;
using Engine.Parser;

namespace Engine.Pipeline;

/// <summary>
/// Source to code object (or the SyntaxError), remembered: a program compiled again with the
/// same text, filename, mode and optimize level skips tokenize, parse and compile. Keyed by the
/// SHA-256 of the source (so the cache holds no program text), bounded by count and by the
/// source characters it stands for, least recently used first out. Code objects are immutable,
/// so runs share them; each run makes its own runtime objects from them. Hits and misses are
/// counted on the meter <see cref="MeterName"/> (`dotnet-counters monitor --counters
/// PythonService.Compiler` on the process that compiles: the service, or a sandbox worker).
/// </summary>
public static class CompileCache
{
    public const string MeterName = "PythonService.Compiler";

    /// <summary>Entries kept at most, and the source characters they may stand for together.</summary>
    public const int MaxEntries = 512;
    public const long MaxSourceChars = 32L << 20;

    private static readonly Meter Meter = new(MeterName);
    private static readonly Counter<long> Hits = Meter.CreateCounter<long>("compile_cache.hits", "{compile}", "Compilations answered from the cache");
    private static readonly Counter<long> Misses = Meter.CreateCounter<long>("compile_cache.misses", "{compile}", "Compilations done and remembered");

    private sealed record Entry(string Key, CompileResult Result, long Chars);

    private static readonly object Gate = new();
    private static readonly Dictionary<string, LinkedListNode<Entry>> Index = new(StringComparer.Ordinal);
    private static readonly LinkedList<Entry> Recency = new();
    private static long _chars;

    /// <summary>compile(source, filename, mode, optimize=optimize): the module's code object or the error.</summary>
    public static CompileResult Compile(string source, string filename, ParseMode mode = ParseMode.Exec, int optimize = 0)
    {
        var key = Key(source, filename, mode, optimize);
        lock (Gate)
        {
            if (Index.TryGetValue(key, out var node))
            {
                Recency.Remove(node);
                Recency.AddFirst(node);
                Hits.Add(1);
                return node.Value.Result;
            }
        }
        var result = CompileUncached(source, filename, mode, optimize);
        Misses.Add(1);
        lock (Gate)
        {
            if (!Index.ContainsKey(key) && source.Length <= MaxSourceChars)
            {
                Index[key] = Recency.AddFirst(new Entry(key, result, source.Length));
                _chars += source.Length;
                while (Index.Count > MaxEntries || _chars > MaxSourceChars)
                {
                    var last = Recency.Last!;
                    Recency.RemoveLast();
                    Index.Remove(last.Value.Key);
                    _chars -= last.Value.Chars;
                }
            }
        }
        return result;
    }

    private static CompileResult CompileUncached(string source, string filename, ParseMode mode, int optimize)
    {
        var parsed = PythonParser.Parse(source, filename, mode);
        if (parsed.Error is { } parseError) return new CompileResult(null, parseError);
        return PythonCompiler.Compile(parsed.Tree!, filename, optimize);
    }

    private static string Key(string source, string filename, ParseMode mode, int optimize)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source));
        return $"{Convert.ToHexString(hash)}|{(int)mode}|{optimize}|{filename}";
    }
}
