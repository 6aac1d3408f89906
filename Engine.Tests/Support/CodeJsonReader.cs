using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Tests.Support;

/// <summary>
/// Rebuilds a <see cref="CodeObject"/> from the oracle's compile JSON (cpython.py compile), so the
/// VM can run CPython's own bytecode independently of our compiler: co_code from the listed
/// instructions (opcode number, low byte of the argument, zeroed CACHE units), one position per
/// code unit, the exception table, and the constants.
/// </summary>
public static class CodeJsonReader
{
    public static CodeObject Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 10_000 });
        var root = doc.RootElement;
        return Read(root.TryGetProperty("code", out var code) ? code : root);
    }

    /// <summary>The module code object CPython compiles <paramref name="source"/> to.</summary>
    public static CodeObject Compile(string source) => Parse(Oracle.Run("compile", source));

    public static CodeObject Read(JsonElement o)
    {
        var instructions = o.GetProperty("instructions").EnumerateArray().ToList();
        var length = 0;
        foreach (var ins in instructions)
        {
            var info = ByName(ins.GetProperty("opname").GetString()!);
            length = Math.Max(length, ins.GetProperty("offset").GetInt32() + 2 + info.Caches * 2);
        }
        var code = new byte[length];
        var positions = new SourcePosition[length / 2];
        foreach (var ins in instructions)
        {
            var offset = ins.GetProperty("offset").GetInt32();
            var info = ByName(ins.GetProperty("opname").GetString()!);
            code[offset] = (byte)info.Code;
            code[offset + 1] = ins.GetProperty("arg").ValueKind == JsonValueKind.Null ? (byte)0 : (byte)(ins.GetProperty("arg").GetInt32() & 0xFF);
            var p = ins.GetProperty("positions").EnumerateArray().Select(OptInt).ToArray();
            for (var unit = offset / 2; unit <= offset / 2 + info.Caches; unit++)
                positions[unit] = new SourcePosition(p[0], p[1], p[2], p[3]);
        }
        return new CodeObject
        {
            Name = o.GetProperty("name").GetString()!,
            QualName = o.GetProperty("qualname").GetString()!,
            Filename = o.GetProperty("filename").GetString()!,
            FirstLineNo = o.GetProperty("firstlineno").GetInt32(),
            ArgCount = o.GetProperty("argcount").GetInt32(),
            PosOnlyArgCount = o.GetProperty("posonlyargcount").GetInt32(),
            KwOnlyArgCount = o.GetProperty("kwonlyargcount").GetInt32(),
            StackSize = o.GetProperty("stacksize").GetInt32(),
            Flags = (CodeFlags)o.GetProperty("flags").GetInt32(),
            Names = Strings(o.GetProperty("names")),
            VarNames = Strings(o.GetProperty("varnames")),
            CellVars = Strings(o.GetProperty("cellvars")),
            FreeVars = Strings(o.GetProperty("freevars")),
            Consts = o.GetProperty("consts").EnumerateArray().Select(Constant).ToArray(),
            Code = code,
            Positions = positions,
            ExceptionTable = o.GetProperty("exception_table").EnumerateArray().Select(e => new ExceptionTableEntry(
                e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32(), e.GetProperty("target").GetInt32(),
                e.GetProperty("depth").GetInt32(), e.GetProperty("lasti").GetBoolean())).ToArray(),
        };
    }

    private static OpcodeInfo ByName(string name) =>
        OpcodeTable.All.FirstOrDefault(r => r.Name == name) ?? throw new InvalidDataException("unknown opcode " + name);

    private static int? OptInt(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetInt32();

    private static string[] Strings(JsonElement a) => a.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static PyConstant Constant(JsonElement o)
    {
        var type = o.GetProperty("type").GetString();
        if (type == "code") return new CodeConstant(Read(o.GetProperty("code")));
        if (type is "tuple" or "frozenset")
        {
            if (o.TryGetProperty("items", out var items))
            {
                var parsed = items.EnumerateArray().Select(Constant).ToArray();
                return type == "tuple" ? new TupleConstant(parsed) : new FrozenSetConstant(parsed);
            }
            return new LiteralReader(o.GetProperty("repr").GetString()!).ReadAll();
        }
        return AstJsonReader.Constant(o);
    }

    /// <summary>Reads the repr of a constant tuple or frozenset back (strings, bytes, numbers, None, True, False, Ellipsis, nesting).</summary>
    private sealed class LiteralReader(string text)
    {
        private int _pos;

        public PyConstant ReadAll()
        {
            var value = Value();
            if (_pos != text.Length) throw new InvalidDataException("trailing text in " + text);
            return value;
        }

        private void Skip()
        {
            while (_pos < text.Length && text[_pos] == ' ') _pos++;
        }

        private PyConstant Value()
        {
            Skip();
            var c = text[_pos];
            if (text.AsSpan(_pos).StartsWith("frozenset("))
            {
                _pos += "frozenset(".Length;
                if (text[_pos] == ')') { _pos++; return new FrozenSetConstant([]); }
                Expect('{');
                var items = Items('}');
                Expect(')');
                return new FrozenSetConstant(items.ToArray());
            }
            if (c == '(')
            {
                // A complex repr "(1+2j)" or a tuple.
                var close = text.IndexOf(')', _pos);
                var inner = close > 0 ? text[(_pos + 1)..close] : "";
                if (inner.EndsWith('j') && !inner.Contains(',') && !inner.Contains('('))
                {
                    var repr = text[_pos..(close + 1)];
                    _pos = close + 1;
                    return Literal("complex", repr);
                }
                _pos++;
                return new TupleConstant(Items(')').ToArray());
            }
            if (c is '\'' or '"') return new StrConstant(Quoted());
            if (c == 'b' && _pos + 1 < text.Length && text[_pos + 1] is '\'' or '"')
            {
                _pos++;
                return new BytesConstant(Quoted().Select(ch => (byte)ch).ToArray());
            }
            var start = _pos;
            while (_pos < text.Length && text[_pos] is not (',' or ')' or '}' or ' ')) _pos++;
            var word = text[start.._pos];
            return word switch
            {
                "None" => NoneConstant.Instance,
                "True" => BoolConstant.True,
                "False" => BoolConstant.False,
                "Ellipsis" => EllipsisConstant.Instance,
                _ when word.EndsWith('j') => Literal("complex", word),
                _ when word.Contains('.') || word.Contains('e') || word.Contains("inf") || word.Contains("nan") => Literal("float", word),
                _ => new IntConstant(BigInteger.Parse(word, CultureInfo.InvariantCulture)),
            };
        }

        private static PyConstant Literal(string type, string repr)
        {
            using var doc = JsonDocument.Parse(JsonSerializer.Serialize(new { type, repr }));
            return AstJsonReader.Constant(doc.RootElement);
        }

        private List<PyConstant> Items(char close)
        {
            var items = new List<PyConstant>();
            Skip();
            if (text[_pos] == close) { _pos++; return items; }
            while (true)
            {
                items.Add(Value());
                Skip();
                if (text[_pos] == ',')
                {
                    _pos++;
                    Skip();
                    if (text[_pos] == close) { _pos++; return items; }
                    continue;
                }
                Expect(close);
                return items;
            }
        }

        private void Expect(char c)
        {
            if (text[_pos] != c) throw new InvalidDataException($"expected '{c}' at {_pos} in {text}");
            _pos++;
        }

        private string Quoted()
        {
            var quote = text[_pos++];
            var sb = new StringBuilder();
            while (text[_pos] != quote)
            {
                var c = text[_pos++];
                if (c != '\\') { sb.Append(c); continue; }
                c = text[_pos++];
                switch (c)
                {
                    case 'n': sb.Append('\n'); break;
                    case 't': sb.Append('\t'); break;
                    case 'r': sb.Append('\r'); break;
                    case 'x': sb.Append((char)Convert.ToInt32(text.Substring(_pos, 2), 16)); _pos += 2; break;
                    case 'u': Engine.Syntax.Surrogates.Append(sb, Convert.ToInt32(text.Substring(_pos, 4), 16)); _pos += 4; break; // a surrogate as its stand-in
                    case 'U': sb.Append(char.ConvertFromUtf32(Convert.ToInt32(text.Substring(_pos, 8), 16))); _pos += 8; break;
                    default: sb.Append(c); break;
                }
            }
            _pos++;
            return sb.ToString();
        }
    }
}
