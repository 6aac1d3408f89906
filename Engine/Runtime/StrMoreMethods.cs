using System.Text;
using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>The methods of str beyond <see cref="StrMethods"/>: encoding, the remaining
/// classifications, casefold, expandtabs, and maketrans/translate.</summary>
public static class StrMoreMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("encode", (a, k) =>
        {
            var p = ArgParse.Bind("encode", a[1..], k, ["encoding", "errors"], 0);
            return new PyBytes(Codecs.Encode(Self(a), p[0] is null ? "utf-8" : ArgCheck.Str("encode", p[0]!, "argument 'encoding'").Value,
                p[1] is null ? "strict" : ArgCheck.Str("encode", p[1]!, "argument 'errors'").Value));
        });
        t.AddMethod("casefold", (a, k) => { ArgCheck.Exactly("casefold", a, k, 1); return PyStr.From(Self(a).ToLowerInvariant().Replace("ß", "ss")); });
        t.AddMethod("isascii", (a, k) => { ArgCheck.Exactly("isascii", a, k, 1); return PyBool.From(Self(a).All(char.IsAscii)); });
        t.AddMethod("isidentifier", (a, k) =>
        {
            ArgCheck.Exactly("isidentifier", a, k, 1);
            return PyBool.From(Engine.Tokenizer.UnicodeTables.IsIdentifier(Self(a)));
        });
        t.AddMethod("isprintable", (a, k) =>
        {
            ArgCheck.Exactly("isprintable", a, k, 1);
            // The table repr uses (Unicode 14.0, as CPython 3.11), not .NET's newer one.
            var s = Self(a);
            for (var i = 0; i < s.Length; i++)
            {
                int cp = s[i];
                if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) cp = char.ConvertToUtf32(s[i], s[++i]);
                if (!PyRepr.IsPrintable(cp)) return PyBool.False;
            }
            return PyBool.True;
        });
        t.AddMethod("istitle", (a, k) =>
        {
            ArgCheck.Exactly("istitle", a, k, 1);
            bool cased = false, previousCased = false;
            foreach (var c in Self(a))
            {
                if (char.IsUpper(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter)
                {
                    if (previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else if (char.IsLower(c))
                {
                    if (!previousCased) return PyBool.False;
                    previousCased = cased = true;
                }
                else previousCased = false;
            }
            return PyBool.From(cased);
        });
        t.AddMethod("expandtabs", (a, k) =>
        {
            var p = ArgParse.Bind("expandtabs", a[1..], k, ["tabsize"], 0);
            var size = p[0] is null ? 8 : ArgCheck.Index(p[0]!);
            var sb = new StringBuilder();
            var column = 0;
            foreach (var c in Self(a))
            {
                if (c == '\t')
                {
                    if (size > 0)
                    {
                        var n = (int)(size - column % size);
                        MemoryBudget.CheckString(sb.Length + (long)n);
                        sb.Append(' ', n);
                        column += n;
                    }
                }
                else
                {
                    sb.Append(c);
                    column = c is '\n' or '\r' ? 0 : column + 1;
                }
            }
            return PyStr.From(sb.ToString());
        });
        t.Dict["maketrans"] = new PyStaticMethod(new PyBuiltinFunction("maketrans", MakeTrans, t));
        t.AddMethod("translate", (a, k) =>
        {
            ArgCheck.Exactly("translate", a, k, 2);
            var table = a[1];
            var sb = new StringBuilder();
            var s = (PyStr)a[0];
            for (var i = 0; i < s.Length; i++)
            {
                var cp = s.CodePointAt(i);
                PyObject? mapped;
                try
                {
                    mapped = Ops.GetItem(table, PyInt.From(cp));
                }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.LookupError))
                {
                    mapped = null;
                }
                switch (mapped)
                {
                    case null: Surrogates.Append(sb, cp); break;
                    case PyNone: break;
                    case PyInt m: Surrogates.Append(sb, (int)m.AsIndex()); break;
                    case PyStr ms: sb.Append(ms.Value); break;
                    default: throw PyException.TypeError("character mapping must return integer, None or str");
                }
                MemoryBudget.CheckString(sb.Length);
            }
            return PyStr.From(sb.ToString());
        });
    }

    private static string Self(ReadOnlySpan<PyObject> a) => ((PyStr)a[0]).Value;

    /// <summary>str.maketrans(dict) or (x, y[, z]): a dict from code points to code points, strings or None.</summary>
    private static PyObject MakeTrans(ReadOnlySpan<PyObject> a, string[]? k)
    {
        ArgCheck.NoKeywords("maketrans", k);
        var d = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict source) throw PyException.TypeError("if you give only one argument to maketrans it must be a dict");
            foreach (var key in Ops.ToList(source))
            {
                var value = source.Get(key)!;
                if (key is PyStr ks)
                {
                    if (ks.Length != 1) throw PyException.ValueError("string keys in translate table must be of length 1");
                    d.Set(PyInt.From(ks.CodePointAt(0)), value);
                }
                else if (key is PyInt) d.Set(key, value);
                else throw PyException.TypeError("keys in translate table must be strings or integers");
            }
            return d;
        }
        if (a.Length is < 1 or > 3) throw PyException.TypeError($"maketrans expected at most 3 arguments, got {a.Length}");
        if (a[0] is not PyStr x) throw PyException.TypeError($"maketrans() argument 1 must be str, not {a[0].Type.Name}");
        if (a[1] is not PyStr y) throw PyException.TypeError($"maketrans() argument 2 must be str, not {a[1].Type.Name}");
        if (x.Length != y.Length) throw PyException.ValueError("the first two maketrans arguments must have equal length");
        for (var i = 0; i < x.Length; i++) d.Set(PyInt.From(x.CodePointAt(i)), PyInt.From(y.CodePointAt(i)));
        if (a.Length == 3)
        {
            if (a[2] is not PyStr z) throw PyException.TypeError($"maketrans() argument 3 must be str, not {a[2].Type.Name}");
            for (var i = 0; i < z.Length; i++) d.Set(PyInt.From(z.CodePointAt(i)), PyNone.Instance);
        }
        return d;
    }
}
