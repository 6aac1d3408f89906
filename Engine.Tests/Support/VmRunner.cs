using System.Text.Json;
using System.Text.Json.Nodes;
using Engine.VM;

namespace Engine.Tests.Support;

/// <summary>Runs a source through the VM on CPython's own bytecode, and compares with the oracle the way conform.py does.</summary>
public static class VmRunner
{
    private static readonly HashSet<string> Prologue = ["RESUME", "MAKE_CELL", "COPY_FREE_VARS", "RETURN_GENERATOR"];

    public static ExecutionResult Run(string source, ExecutionOptions? options = null) =>
        VirtualMachine.Execute(CodeJsonReader.Compile(source), options ?? new ExecutionOptions());

    /// <summary>The contract's JSON for a result (status, stdout, exception, steps, and the trace when there is one).</summary>
    public static JsonObject ToJson(ExecutionResult r)
    {
        var o = new JsonObject
        {
            ["status"] = r.StatusName,
            ["stdout"] = r.Stdout,
            ["exception"] = r.Exception is null ? null : new JsonObject
            {
                ["type"] = r.Exception.Type,
                ["message"] = r.Exception.Message,
                ["traceback"] = new JsonArray(r.Exception.Traceback.Select(t => (JsonNode)new JsonObject { ["name"] = t.Name, ["line"] = t.Line }).ToArray()),
            },
            ["steps"] = r.Steps,
        };
        if (r.Trace is not null)
            o["trace"] = new JsonArray(r.Trace.Select(s => (JsonNode)new JsonObject
            {
                ["code"] = s.Code, ["offset"] = s.Offset, ["opname"] = s.Opname, ["arg"] = s.Arg, ["argrepr"] = s.Argrepr,
                ["line"] = s.Line,
                ["stack"] = new JsonArray(s.Stack.Select(x => (JsonNode)JsonValue.Create(x)!).ToArray()),
                ["locals"] = s.Locals is null ? null : new JsonObject(s.Locals.Select(kv => new KeyValuePair<string, JsonNode?>(kv.Key, kv.Value))),
            }).ToArray());
        return o;
    }

    /// <summary>
    /// Null when the VM's answer conforms to the oracle's for <paramref name="source"/> (status,
    /// stdout, exception; with <paramref name="trace"/>, every step's code, offset, opname, line and
    /// locals, prologue steps left out as conform.py does); else the first difference.
    /// </summary>
    public static string? CompareWithOracle(string source, bool trace)
    {
        var code = CodeJsonReader.Compile(source);
        var result = VirtualMachine.Execute(code, new ExecutionOptions { Trace = trace, MaxTraceSteps = 1_000_000, MaxSteps = 10_000_000 });
        var expected = JsonNode.Parse(trace ? Oracle.Run("execute", source, "--trace") : Oracle.Run("execute", source))!.AsObject();
        expected.Remove("steps");
        var actual = ToJson(result);
        actual.Remove("steps");
        if (trace)
        {
            var ends = new Dictionary<string, int>();
            Walk(code, ends);
            var kept = new JsonArray();
            var steps = actual["trace"]!.AsArray();
            for (var i = 0; i < steps.Count; i++)
            {
                var s = steps[i]!;
                if (Prologue.Contains((string)s["opname"]!) || (int)s["offset"]! < ends.GetValueOrDefault((string)s["code"]!, -1)
                    || IsGeneratorProloguePop(s, i + 1 < steps.Count ? steps[i + 1] : null)) continue;
                kept.Add(new JsonObject
                {
                    ["code"] = s["code"]!.DeepClone(), ["offset"] = s["offset"]!.DeepClone(), ["opname"] = s["opname"]!.DeepClone(),
                    ["line"] = s["line"]?.DeepClone(), ["locals"] = s["locals"]!.DeepClone(),
                });
            }
            actual["trace"] = kept;
        }
        return FirstDiff(expected, actual, "$");
    }

    /// <summary>
    /// The POP_TOP after RETURN_GENERATOR, run at a generator's first resumption: the step just
    /// before its RESUME in the same code. The first-RESUME offset per qualname cannot tell it
    /// from a real step when two code objects share a qualname (two genexprs in one function,
    /// only one with free variables, so their prologues differ in length).
    /// </summary>
    private static bool IsGeneratorProloguePop(JsonNode s, JsonNode? next) =>
        (string)s["opname"]! == "POP_TOP" && next is not null && (string)next["opname"]! == "RESUME"
        && (string)next["code"]! == (string)s["code"]! && (int)next["offset"]! == (int)s["offset"]! + 2;

    private static void Walk(Engine.Bytecode.CodeObject co, Dictionary<string, int> ends)
    {
        for (var off = 0; off < co.Code.Length; off += 2)
            if (co.Code[off] == (byte)Engine.Bytecode.Opcode.RESUME) { ends.TryAdd(co.QualName, off); break; }
        foreach (var c in co.Consts)
            if (c is Engine.Bytecode.CodeConstant cc) Walk(cc.Code, ends);
    }

    /// <summary>conform.py's first_diff: keys only in the actual answer are ignored.</summary>
    private static string? FirstDiff(JsonNode? e, JsonNode? a, string path)
    {
        switch (e)
        {
            case JsonObject eo:
                if (a is not JsonObject ao) return $"{path}: expected an object, got {a?.ToJsonString()}";
                foreach (var (k, v) in eo)
                {
                    if (!ao.ContainsKey(k)) return $"{path}.{k}: missing";
                    if (FirstDiff(v, ao[k], path + "." + k) is { } d) return d;
                }
                return null;
            case JsonArray ea:
                if (a is not JsonArray aa) return $"{path}: expected an array, got {a?.ToJsonString()}";
                for (var i = 0; i < Math.Min(ea.Count, aa.Count); i++)
                    if (FirstDiff(ea[i], aa[i], $"{path}[{i}]") is { } d) return d;
                return ea.Count == aa.Count ? null : $"{path}.length: expected {ea.Count}, got {aa.Count}";
            default:
                var es = e?.ToJsonString() ?? "null";
                var @as = a?.ToJsonString() ?? "null";
                return es == @as ? null : $"{path}: expected {es}, got {@as}";
        }
    }
}
