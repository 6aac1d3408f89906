using System.Text;

namespace Engine.Runtime;

/// <summary>
/// The methods of bytes (Objects/bytesobject.c, bytes_methods.c); self is args[0]. bytes is
/// str's twin over 0-255: the methods that only find, split, strip or pad run str's own
/// implementation on the Latin-1 text (one char per byte) and turn the result back into bytes;
/// the ones that classify or change case are ASCII-only, as CPython's are.
/// </summary>
public static class BytesMethods
{
    private static readonly string[] Structural =
    [
        "split", "rsplit", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count", "startswith",
        "endswith", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "splitlines", "removeprefix", "removesuffix",
    ];

    public static void Register(PyType t)
    {
        // bytearray's copies of these methods give bytearrays where bytes' give bytes.
        Func<byte[], PyObject> make = t == PyTypes.ByteArray ? b => new PyByteArray(b) : b => new PyBytes(b);
        foreach (var name in Structural)
        {
            if (PyTypes.Str.Dict.GetValueOrDefault(name) is not PyBuiltinFunction str) continue;
            t.AddMethod(name, (a, k) =>
            {
                var args = new PyObject[a.Length];
                args[0] = PyStr.From(Latin1(Self(a)));
                for (var i = 1; i < a.Length; i++) args[i] = ToText(a[i], name);
                try
                {
                    return FromText(str.Impl(args, k), make);
                }
                catch (PyException e) when (e.Value.Type == PyTypes.ValueError && name is "index" or "rindex")
                {
                    throw PyException.ValueError("subsection not found");
                }
            });
        }
        t.AddMethod("join", (a, k) =>
        {
            ArgCheck.Exactly("join", a, k, 2);
            // PySequence_Fast: one __iter__ call and no length hint the program can see.
            var items = Ops.Collect(Ops.IterOrNull(a[1]) ?? throw PyException.TypeError("can only join an iterable"));
            var sep = Self(a);
            var result = new List<byte>();
            for (var i = 0; i < items.Count; i++)
            {
                if (i > 0) result.AddRange(sep);
                var part = AsBytes(items[i]) ?? throw PyException.TypeError($"sequence item {i}: expected a bytes-like object, {items[i].Type.Name} found");
                MemoryBudget.CheckString(result.Count + (long)part.Length);
                result.AddRange(part);
            }
            return make([.. result]);
        });
        t.AddMethod("decode", (a, k) =>
        {
            var p = ArgParse.Bind("decode", a[1..], k, ["encoding", "errors"], 0);
            return PyStr.From(Codecs.Decode(Self(a), p[0] is null ? "utf-8" : ArgCheck.Str("decode", p[0]!, "argument 'encoding'").Value,
                p[1] is null ? "strict" : ArgCheck.Str("decode", p[1]!, "argument 'errors'").Value));
        });
        t.AddMethod("hex", (a, k) =>
        {
            var p = ArgParse.Bind("hex", a[1..], k, ["sep", "bytes_per_sep"], 0);
            return PyStr.From(Hex(Self(a), p[0], p[1]));
        });
        t.Dict["fromhex"] = new PyClassMethod(new PyBuiltinFunction("fromhex", (a, k) =>
        {
            ArgCheck.Exactly("fromhex", a, k, 2);
            var s = a[1] as PyStr ?? throw PyException.TypeError($"fromhex() argument must be str, not {a[1].Type.Name}");
            var bytes = new PyBytes(FromHex(s.Value));
            return ReferenceEquals(a[0], PyTypes.Bytes) ? bytes : ReferenceEquals(a[0], PyTypes.ByteArray) ? new PyByteArray(bytes.Value) : Builtins.Call(a[0], bytes);
        }, t));
        Ascii(t, make, "upper", b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b);
        Ascii(t, make, "lower", b => b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        Ascii(t, make, "swapcase", b => b is >= (byte)'a' and <= (byte)'z' ? (byte)(b - 32) : b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b);
        foreach (var name in new[] { "title", "capitalize", "expandtabs" })
        {
            if (PyTypes.Str.Dict.GetValueOrDefault(name) is not PyBuiltinFunction str) continue;
            // Only ASCII letters change case in bytes: str's method on the ASCII part is exact.
            t.AddMethod(name, (a, k) =>
            {
                var self = Self(a);
                if (self.Any(b => b >= 128)) throw PyException.ValueError($"bytes.{name}() of non-ASCII bytes is not supported");
                return FromText(str.Impl([PyStr.From(Latin1(self)), .. a[1..]], k), make);
            });
        }
        Test(t, "isdigit", b => b is >= (byte)'0' and <= (byte)'9');
        Test(t, "isalpha", IsAlpha);
        Test(t, "isalnum", b => IsAlpha(b) || b is >= (byte)'0' and <= (byte)'9');
        Test(t, "isspace", b => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c);
        t.AddMethod("isascii", (a, k) => { ArgCheck.Exactly("isascii", a, k, 1); return PyBool.From(Self(a).All(b => b < 128)); });
        t.AddMethod("isupper", (a, k) => { ArgCheck.Exactly("isupper", a, k, 1); var s = Self(a); return PyBool.From(s.Any(b => b is >= (byte)'A' and <= (byte)'Z') && !s.Any(b => b is >= (byte)'a' and <= (byte)'z')); });
        t.AddMethod("islower", (a, k) => { ArgCheck.Exactly("islower", a, k, 1); var s = Self(a); return PyBool.From(s.Any(b => b is >= (byte)'a' and <= (byte)'z') && !s.Any(b => b is >= (byte)'A' and <= (byte)'Z')); });
    }

    private static bool IsAlpha(byte b) => b is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z';

    private static void Ascii(PyType t, Func<byte[], PyObject> make, string name, Func<byte, byte> map) =>
        t.AddMethod(name, (a, k) => { ArgCheck.Exactly(name, a, k, 1); return make(Self(a).Select(map).ToArray()); });

    private static void Test(PyType t, string name, Func<byte, bool> test) =>
        t.AddMethod(name, (a, k) => { ArgCheck.Exactly(name, a, k, 1); var s = Self(a); return PyBool.From(s.Length > 0 && s.All(test)); });

    private static byte[] Self(ReadOnlySpan<PyObject> a) => a[0] is PyByteArray ba ? ba.ToArray() : ((PyBytes)a[0]).Value;

    /// <summary>The bytes of a bytes-like object (bytes, bytearray, memoryview), or null.</summary>
    public static byte[]? AsBytes(PyObject o) => o is PyBytes b ? b.Value : ByteArrays.View(o)?.ToArray();

    private static string Latin1(byte[] b) => Encoding.Latin1.GetString(b);

    private static PyObject ToText(PyObject o, string method) => o switch
    {
        PyBytes b => PyStr.From(Latin1(b.Value)),
        PyByteArray or PyMemoryView => PyStr.From(Latin1(AsBytes(o)!)),
        PyTuple t => PyTuple.Create(t.Items.Select(i => ToText(i, method)).ToArray()),
        PyStr when method is "startswith" or "endswith" => throw PyException.TypeError($"{method} first arg must be bytes or a tuple of bytes, not str"),
        PyStr => throw PyException.TypeError("a bytes-like object is required, not 'str'"),
        // An int searches for that one byte.
        PyInt i when method is "find" or "rfind" or "index" or "rindex" or "count" && !i.IsBig && i.Value is >= 0 and < 256 => PyStr.From(((char)i.Value).ToString()),
        PyInt when method is "find" or "rfind" or "index" or "rindex" or "count" => throw PyException.ValueError("byte must be in range(0, 256)"),
        _ => o,
    };

    private static PyObject FromText(PyObject o, Func<byte[], PyObject> make) => o switch
    {
        PyStr s => make(Encoding.Latin1.GetBytes(s.Value)),
        PyList l => new PyList(l.Items.Select(i => FromText(i, make))),
        PyTuple t => PyTuple.Create(t.Items.Select(i => FromText(i, make)).ToArray()),
        _ => o,
    };

    /// <summary>bytes.hex([sep[, bytes_per_sep]]): separators counted from the right, or from the left when negative.</summary>
    public static string Hex(byte[] data, PyObject? sepArg, PyObject? perArg)
    {
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sepArg is null || data.Length == 0) return hex;
        var sep = sepArg switch
        {
            PyStr s => s.Value,
            PyBytes b => Latin1(b.Value),
            PyByteArray ba => Latin1(ba.ToArray()),
            _ => throw PyException.TypeError($"sep must be str or bytes."),
        };
        if (sep.Length != 1) throw PyException.ValueError("sep must be length 1.");
        var per = perArg is null ? 1 : ArgCheck.Index(perArg);
        if (per == 0) return hex;
        var group = (int)Math.Min(Math.Abs(per), data.Length);
        var sb = new StringBuilder();
        // A positive count groups from the right (the odd group is leftmost), a negative one from the left.
        var first = per > 0 ? data.Length % group : group;
        if (first == 0) first = group;
        for (var i = 0; i < data.Length; i++)
        {
            if (i > 0 && (i - first) % group == 0 && i >= first) sb.Append(sep);
            sb.Append(hex, i * 2, 2);
        }
        return sb.ToString();
    }

    public static byte[] FromHex(string s)
    {
        var result = new List<byte>();
        for (var i = 0; i < s.Length;)
        {
            if (s[i] == ' ') { i++; continue; }
            if (i + 1 >= s.Length || !Uri.IsHexDigit(s[i]) || !Uri.IsHexDigit(s[i + 1]))
            {
                var at = i < s.Length && Uri.IsHexDigit(s[i]) ? i + 1 : i;
                throw PyException.ValueError($"non-hexadecimal number found in fromhex() arg at position {at}");
            }
            result.Add(Convert.ToByte(s.Substring(i, 2), 16));
            i += 2;
        }
        return [.. result];
    }
}
