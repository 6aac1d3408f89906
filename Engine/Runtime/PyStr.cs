using System.Runtime.CompilerServices;
using System.Text;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>
/// Python's str. Lengths and indexes count code points, as in Python: a string without
/// surrogate pairs (the usual case) is indexed directly, otherwise through a code-point array
/// built once on first need. A surrogate code point is held as a stand-in (<see cref="Surrogates"/>).
/// </summary>
public class PyStr : PyObject
{
    private static readonly PyStr[] Latin1 = CreateLatin1();
    public static readonly PyStr Empty = new("");

    public readonly string Value;

    /// <summary>What is known of the surrogate pairs: null (not looked yet), <see cref="NoPairs"/>
    /// (none: a code point is a char), or the code points. One field, not an array and a flag,
    /// so a str object is 40 bytes, not 48.</summary>
    private int[]? _codePoints;
    private static readonly int[] NoPairs = [];

    public PyStr(string value) => Value = value;

    private static PyStr[] CreateLatin1()
    {
        var a = new PyStr[256];
        for (var i = 0; i < 256; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    public static PyStr From(string s) => s.Length switch
    {
        0 => Empty,
        1 when s[0] < 256 => Latin1[s[0]],
        _ => new PyStr(s),
    };

    /// <summary>
    /// The str for a name the runtime looks up by its .NET string (an attribute, a global, a
    /// dunder): one PyStr per string instance, kept in a small table, so that its SipHash is
    /// computed once and not at every lookup in an instance dict. The table is keyed by the
    /// string's identity (the names of a code object and the runtime's literals are the same
    /// instances every time), so finding an entry hashes nothing; a miss just replaces the slot.
    /// Entries are immutable objects, so runs on other threads can share the table without a lock.
    /// </summary>
    public static PyStr Name(string s)
    {
        if (s.Length > MaxNameLength) return From(s);
        var slot = RuntimeHelpers.GetHashCode(s) & (NameTable.Length - 1);
        var entry = NameTable[slot];
        if (entry is not null && ReferenceEquals(entry.Key, s)) return entry.Value;
        var str = From(s);
        NameTable[slot] = new NameEntry(s, str);
        return str;
    }

    private const int MaxNameLength = 64;
    private static readonly NameEntry?[] NameTable = new NameEntry?[4096];

    private sealed class NameEntry(string key, PyStr value)
    {
        public readonly string Key = key;
        public readonly PyStr Value = value;
    }

    /// <summary>chr(cp): a surrogate code point is held as its stand-in (<see cref="Surrogates"/>).</summary>
    public static PyStr FromCodePoint(int cp) => cp < 256 ? Latin1[cp] : new PyStr(Surrogates.ToText(cp));

    public override PyType Type => PyTypes.Str;

    internal bool HasPairs
    {
        get
        {
            _codePoints ??= Value.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') ? ToCodePoints(Value) : NoPairs;
            return !ReferenceEquals(_codePoints, NoPairs);
        }
    }

    /// <summary>The code points, when <see cref="HasPairs"/> is true.</summary>
    private int[] CodePoints => HasPairs ? _codePoints! : ToCodePoints(Value);

    private static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        int units;
        for (var i = 0; i < s.Length; i += units) list.Add(Surrogates.CodePointAt(s, i, out units));
        return list.ToArray();
    }

    /// <summary>len(self), in code points.</summary>
    public int Length => HasPairs ? CodePoints.Length : Value.Length;

    public int CodePointAt(int index) => HasPairs ? CodePoints[index] : Value[index];

    public PyStr CharAt(int index) => FromCodePoint(CodePointAt(index));

    /// <summary>The code points [start, start + count) as a string.</summary>
    public string Substring(int start, int count)
    {
        if (!HasPairs) return Value.Substring(start, count);
        var sb = new StringBuilder(count);
        for (var i = start; i < start + count; i++) AppendCodePoint(sb, CodePoints[i]);
        return sb.ToString();
    }

    public static void AppendCodePoint(StringBuilder sb, int cp) => Surrogates.Append(sb, cp);

    public override bool IsTrue() => Value.Length != 0;
    public override void WriteRepr(ReprWriter w) => w.Append(PyRepr.Str(Value));
    public override void WriteStr(ReprWriter w) => w.Append(Value);
    // 0 until computed (the empty string's hash is 0 anyway): one 64-bit field, so a str shared
    // between runs (PyStr.Name) is never seen half-hashed by another thread.
    private long _hash;

    public override long Hash()
    {
        var hash = _hash;
        if (hash == 0 && Value.Length != 0) _hash = hash = Engine.Hashing.PyHash.OfStr(Value);
        return hash;
    }

    public override bool? EqualsObject(PyObject other) =>
        other is PyStr s ? string.Equals(Value, s.Value, StringComparison.Ordinal) : null;

    /// <summary>Python orders strings by code point; UTF-16 ordinal order differs only around surrogates
    /// (pairs, and the stand-ins of surrogate code points, which order as the surrogates they are).</summary>
    public static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] == b[i]) continue;
            if (char.IsSurrogate(a[i]) || char.IsSurrogate(b[i]))
            {
                // from the start of the code point they differ in (the high units may have been equal)
                if (i > 0 && char.IsHighSurrogate(a[i - 1])) i--;
                return ToCodePoints(a[i..]).AsSpan().SequenceCompareTo(ToCodePoints(b[i..]));
            }
            return a[i].CompareTo(b[i]);
        }
        return a.Length.CompareTo(b.Length);
    }
}

/// <summary>Python's bytes (immutable).</summary>
public sealed class PyBytes(byte[] value) : PyObject
{
    public readonly byte[] Value = value;

    public override PyType Type => PyTypes.Bytes;
    public override bool IsTrue() => Value.Length != 0;
    public override void WriteRepr(ReprWriter w) => w.Append(PyRepr.Bytes(Value));

    private long? _hash;

    public override long Hash() => _hash ??= Engine.Hashing.PyHash.OfBytes(Value);

    public override bool? EqualsObject(PyObject other) =>
        other is PyBytes b ? Value.AsSpan().SequenceEqual(b.Value)
        : other is PyByteArray or PyMemoryView ? other.EqualsObject(this) : null;
}
