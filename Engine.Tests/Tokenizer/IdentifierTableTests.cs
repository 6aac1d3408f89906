using System.Text.Json.Nodes;
using Engine.Parser;
using Engine.Syntax;
using Engine.Tests.Support;
using Engine.Tokenizer;

namespace Engine.Tests.Tokenizer;

/// <summary>
/// Identifiers as CPython 3.11 accepts them (PEP 3131, Unicode 14.0), for every code point:
/// CPython's <c>chr(cp).isidentifier()</c> and <c>('a' + chr(cp)).isidentifier()</c>, recorded as
/// runs, against str.isidentifier() of the runtime and the C-tokenizer twin on <c>X = 1</c> and
/// <c>aX = 1</c>, independent of the .NET runtime's Unicode version.
/// </summary>
public class IdentifierTableTests
{
    private const string RunsScript =
        "import json\n" +
        "runs, prev = [], None\n" +
        "for cp in range(0x110000):\n" +
        "    ch = chr(cp)\n" +
        "    cls = 2 if ch.isidentifier() else 1 if ('a' + ch).isidentifier() else 0\n" +
        "    if cls != prev:\n" +
        "        runs.append([cp, cls])\n" +
        "        prev = cls\n" +
        "print(json.dumps(runs))\n";

    /// <summary>For each code point: 0 in no identifier, 1 continues one, 2 starts one (CPython's answer).</summary>
    private static readonly Lazy<byte[]> Classes = new(() =>
    {
        var runs = JsonNode.Parse(Oracle.RunPython("", "-c", RunsScript))!.AsArray();
        var classes = new byte[0x110000];
        for (var i = 0; i < runs.Count; i++)
        {
            var start = (int)runs[i]![0]!;
            var end = i + 1 < runs.Count ? (int)runs[i + 1]![0]! : classes.Length;
            Array.Fill(classes, (byte)(int)runs[i]![1]!, start, end - start);
        }
        return classes;
    });

    [Fact]
    public void IsIdentifierAsCPythonForEveryCodePoint()
    {
        var classes = Classes.Value;
        var wrong = new List<string>();
        for (var cp = 0; cp < classes.Length && wrong.Count < 10; cp++)
        {
            var text = Surrogates.ToText(cp);
            bool start = UnicodeTables.IsIdentifier(text), cont = UnicodeTables.IsIdentifier("a" + text);
            if (start != (classes[cp] == 2) || cont != (classes[cp] >= 1))
                wrong.Add($"U+{cp:X4}: CPython class {classes[cp]}, ours start={start} continue={cont}");
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void TokenizerAcceptsIdentifiersAsCPythonForEveryCodePoint()
    {
        var classes = Classes.Value;
        var wrong = new List<string>();
        for (var cp = 0x80; cp < classes.Length && wrong.Count < 10; cp++)
        {
            if (Surrogates.IsSurrogate(cp)) continue; // not in UTF-8 source
            var ch = char.ConvertFromUtf32(cp);
            // on a second line, so that U+FEFF is not a byte order mark
            Check(cp, "pass\n" + ch + " = 1\n", classes[cp] == 2, 0);
            Check(cp, "pass\na" + ch + " = 1\n", classes[cp] >= 1, 1);
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        void Check(int cp, string source, bool valid, int col)
        {
            var error = StrictTokenizer.Tokenize(source).Error;
            if (valid ? error is null : error is { Msg: var msg, Lineno: 2, Offset: var offset }
                    && msg.StartsWith("invalid ", StringComparison.Ordinal) && msg.Contains($"U+{cp:X4}") && offset == col + 1)
                return;
            wrong.Add($"U+{cp:X4} in {source.Replace("\n", "\\n")}: CPython {(valid ? "accepts" : "rejects")}, ours {error?.ToString() ?? "accepts"}");
        }
    }
}
