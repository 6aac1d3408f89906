using System.Text.Json;
using Engine.Syntax;

namespace Engine.Bytecode;

/// <summary>Writes a code object in the contract's JSON form, key for key the oracle's code_json.</summary>
public static class CodeJson
{
    private const int ReprLimit = 200;

    public static void Write(Utf8JsonWriter json, CodeObject code)
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
        foreach (var constant in code.Consts) Constant(json, constant);
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
    private static void Constant(Utf8JsonWriter json, PyConstant constant)
    {
        json.WriteStartObject();
        json.WriteString("type", constant.TypeName);
        if (constant is CodeConstant nested)
        {
            json.WritePropertyName("code");
            Write(json, nested.Code);
        }
        else if (ItemsOf(constant) is { } items && items.Any(i => i is CodeConstant))
        {
            json.WriteString("repr", ShortRepr(ObjectAddress.Normalize(constant.Repr())));
            json.WriteStartArray("items");
            foreach (var item in items) Constant(json, item);
            json.WriteEndArray();
        }
        else json.WriteString("repr", ObjectAddress.Normalize(constant.Repr()));
        json.WriteEndObject();
    }

    private static PyConstant[]? ItemsOf(PyConstant constant) => constant switch
    {
        TupleConstant t => t.Items,
        FrozenSetConstant s => s.Items,
        _ => null,
    };

    /// <summary>The oracle's short_repr: past 200 characters, the first 197 and "...". Python counts
    /// code points, so a character outside the BMP (two UTF-16 units here) counts once.</summary>
    private static string ShortRepr(string repr)
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

    public static string ToJson(CodeObject code)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, MaxDepth = 10_000 }))
            Write(json, code);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
