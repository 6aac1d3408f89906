using System.Text.Json;
using Engine.Syntax;

namespace Engine.Bytecode;

/// <summary>Writes a code object in the contract's JSON form, key for key the oracle's code_json.</summary>
public static class CodeJson
{
    private const int ReprLimit = 200;

    /// <summary>Writes <paramref name="code"/> and, inside its consts, every code object nested in it.
    /// Nesting is followed with an explicit stack of pending writes rather than recursion: a
    /// thousand nested lambdas compile, and each level would cost several .NET frames.</summary>
    public static void Write(Utf8JsonWriter json, CodeObject code)
    {
        var pending = new Stack<Action>();
        pending.Push(() => WriteCode(json, code, pending));
        while (pending.TryPop(out var write)) write();
    }

    /// <summary>Writes the code object up to its consts, and stacks the consts and what follows them.</summary>
    private static void WriteCode(Utf8JsonWriter json, CodeObject code, Stack<Action> pending)
    {
        json.WriteStartObject();
        json.WriteString("name", code.Name);
        json.WriteString("qualname", code.QualName);
        json.WriteString("filename", code.Filename);
        json.WriteNumber("firstlineno", code.FirstLineNo);
        json.WriteNumber("argcount", code.ArgCount);
        json.WriteNumber("posonlyargcount", code.PosOnlyArgCount);
        json.WriteNumber("kwonlyargcount", code.KwOnlyArgCount);
        json.WriteNumber("nlocals", code.NLocals);
        json.WriteNumber("stacksize", code.StackSize);
        json.WriteNumber("flags", (int)code.Flags);
        Strings(json, "names", code.Names);
        Strings(json, "varnames", code.VarNames);
        Strings(json, "cellvars", code.CellVars);
        Strings(json, "freevars", code.FreeVars);
        json.WriteStartArray("consts");
        pending.Push(() => WriteAfterConsts(json, code));
        StackInOrder(pending, code.Consts, constant => WriteConstant(json, constant, pending));
    }

    private static void WriteAfterConsts(Utf8JsonWriter json, CodeObject code)
    {
        json.WriteEndArray();
        json.WriteStartArray("instructions");
        foreach (var ins in Disassembler.GetInstructions(code)) Instruction(json, ins);
        json.WriteEndArray();
        json.WriteStartArray("exception_table");
        foreach (var e in code.ExceptionTable)
        {
            json.WriteStartObject();
            json.WriteNumber("start", e.Start);
            json.WriteNumber("end", e.End);
            json.WriteNumber("target", e.Target);
            json.WriteNumber("depth", e.Depth);
            json.WriteBoolean("lasti", e.Lasti);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>const_json: a code object nests; a tuple or frozenset holding one lists its items too.</summary>
    private static void WriteConstant(Utf8JsonWriter json, PyConstant constant, Stack<Action> pending)
    {
        json.WriteStartObject();
        json.WriteString("type", constant.TypeName);
        if (constant is CodeConstant nested)
        {
            json.WritePropertyName("code");
            pending.Push(json.WriteEndObject);
            pending.Push(() => WriteCode(json, nested.Code, pending));
        }
        else if (ItemsOf(constant) is { } items && items.Any(i => i is CodeConstant))
        {
            json.WriteString("repr", ShortRepr(ObjectAddress.Normalize(constant.Repr())));
            json.WriteStartArray("items");
            pending.Push(() =>
            {
                json.WriteEndArray();
                json.WriteEndObject();
            });
            StackInOrder(pending, items, item => WriteConstant(json, item, pending));
        }
        else
        {
            json.WriteString("repr", ObjectAddress.Normalize(constant.Repr()));
            json.WriteEndObject();
        }
    }

    /// <summary>Stacks one write per item so that they run in the items' order.</summary>
    private static void StackInOrder<T>(Stack<Action> pending, T[] items, Action<T> write)
    {
        for (var i = items.Length - 1; i >= 0; i--)
        {
            var item = items[i];
            pending.Push(() => write(item));
        }
    }

    private static PyConstant[]? ItemsOf(PyConstant constant) => constant switch
    {
        TupleConstant t => t.Items,
        FrozenSetConstant s => s.Items,
        _ => null,
    };

    /// <summary>The oracle's short_repr: past 200 characters, the first 197 and "...". Python counts
    /// code points, so a character outside the BMP (two UTF-16 units here) counts once.</summary>
    internal static string ShortRepr(string repr)
    {
        if (repr.Length <= ReprLimit) return repr;
        int units = 0, codePoints = 0;
        for (; units < repr.Length && codePoints < ReprLimit + 1; codePoints++)
            units += char.IsSurrogatePair(repr, units) ? 2 : 1;
        if (codePoints <= ReprLimit) return repr;
        units = 0;
        for (var i = 0; i < ReprLimit - 3; i++) units += char.IsSurrogatePair(repr, units) ? 2 : 1;
        return repr[..units] + "...";
    }

    private static void Instruction(Utf8JsonWriter json, Instruction ins)
    {
        json.WriteStartObject();
        json.WriteNumber("offset", ins.Offset);
        json.WriteString("opname", ins.Opname);
        if (ins.Arg is { } arg) json.WriteNumber("arg", arg); else json.WriteNull("arg");
        json.WriteString("argrepr", ObjectAddress.Normalize(ins.Argrepr));
        if (ins.StartsLine is { } line) json.WriteNumber("starts_line", line); else json.WriteNull("starts_line");
        json.WriteBoolean("is_jump_target", ins.IsJumpTarget);
        json.WriteStartArray("positions");
        foreach (var value in new[] { ins.Positions.Line, ins.Positions.EndLine, ins.Positions.Col, ins.Positions.EndCol })
            if (value is { } v) json.WriteNumberValue(v); else json.WriteNullValue();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string name, string[] values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    /// <summary>The code object's JSON as a string. A caller writing into its own writer needs a MaxDepth
    /// of about four per level of code nesting (the default 1000 stops near 250 nested functions).</summary>
    public static string ToJson(CodeObject code)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 100_000 }))
            Write(json, code);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
