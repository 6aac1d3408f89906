using System.Text;

namespace Engine.Runtime;

/// <summary>The common methods of str (self is args[0]).</summary>
public static class StrMethods
{
    public static void Register(PyType t)
    {
        t.AddMethod("join", (a, k) =>
        {
            Check("join", a, k, 1, 1);
            // PySequence_Fast: an exact list or tuple as it is, anything else through one __iter__
            // call and no length hint the program can see.
            IReadOnlyList<PyObject> items = a[1].GetType() == typeof(PyList) ? ((PyList)a[1]).Items
                : a[1].GetType() == typeof(PyTuple) ? ((PyTuple)a[1]).Items
                : Ops.Collect(Ops.IterOrNull(a[1]) ?? throw PyException.TypeError("can only join an iterable"));
            var parts = new string[items.Count];
            long total = 0;
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = items[i] is PyStr s ? s.Value : throw PyException.TypeError($"sequence item {i}: expected str instance, {items[i].Type.Name} found");
                total += parts[i].Length;
            }
            MemoryBudget.CheckString(total + (long)Self(a).Length * parts.Length);
            return PyStr.From(string.Join(Self(a).Value, parts));
        });
        t.AddMethod("split", (a, k) => Split(a, k, fromRight: false));
        t.AddMethod("rsplit", (a, k) => Split(a, k, fromRight: true));
        t.AddMethod("strip", (a, k) => Strip("strip", a, k, true, true));
        t.AddMethod("lstrip", (a, k) => Strip("lstrip", a, k, true, false));
        t.AddMethod("rstrip", (a, k) => Strip("rstrip", a, k, false, true));
        t.AddMethod("upper", (a, k) => { Check("upper", a, k, 0, 0); return PyStr.From(Self(a).Value.ToUpperInvariant()); });
        t.AddMethod("lower", (a, k) => { Check("lower", a, k, 0, 0); return PyStr.From(Self(a).Value.ToLowerInvariant()); });
        t.AddMethod("title", (a, k) => { Check("title", a, k, 0, 0); return PyStr.From(Title(Self(a).Value)); });
        t.AddMethod("capitalize", (a, k) =>
        {
            Check("capitalize", a, k, 0, 0);
            var s = Self(a).Value;
            return PyStr.From(s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant());
        });
        t.AddMethod("swapcase", (a, k) =>
        {
            Check("swapcase", a, k, 0, 0);
            return PyStr.From(new string(Self(a).Value.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray()));
        });
        t.AddMethod("replace", (a, k) =>
        {
            Check("replace", a, k, 2, 3);
            var s = Self(a).Value;
            var old = ArgCheck.Str("replace", a[1], "argument 1").Value;
            var @new = ArgCheck.Str("replace", a[2], "argument 2").Value;
            var count = a.Length > 3 ? ArgCheck.Index(a[3]) : -1;
            if (count < 0 && old.Length > 0)
            {
                var occurrences = (s.Length - s.Replace(old, "", StringComparison.Ordinal).Length) / old.Length;
                MemoryBudget.CheckString(s.Length + (long)occurrences * Math.Max(0, @new.Length - old.Length));
                return PyStr.From(s.Replace(old, @new, StringComparison.Ordinal));
            }
            var sb = new StringBuilder();
            var pos = 0;
            var done = 0L;
            if (old.Length == 0)
            {
                MemoryBudget.CheckString(s.Length + (long)(s.Length + 1) * @new.Length);
                foreach (var r in s.EnumerateRunes())
                {
                    if (count >= 0 && done >= count) { sb.Append(r.ToString()); continue; }
                    sb.Append(@new).Append(r.ToString());
                    done++;
                }
                if (count < 0 || done < count) sb.Append(@new);
                return PyStr.From(sb.ToString());
            }
            while (count < 0 || done < count)
            {
                var i = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (i < 0) break;
                sb.Append(s, pos, i - pos).Append(@new);
                pos = i + old.Length;
                done++;
            }
            sb.Append(s, pos, s.Length - pos);
            return PyStr.From(sb.ToString());
        });
        t.AddMethod("find", (a, k) => PyInt.From(Find("find", a, k, fromRight: false)));
        t.AddMethod("rfind", (a, k) => PyInt.From(Find("rfind", a, k, fromRight: true)));
        t.AddMethod("index", (a, k) =>
        {
            var i = Find("index", a, k, fromRight: false);
            return i >= 0 ? PyInt.From(i) : throw PyException.ValueError("substring not found");
        });
        t.AddMethod("rindex", (a, k) =>
        {
            var i = Find("rindex", a, k, fromRight: true);
            return i >= 0 ? PyInt.From(i) : throw PyException.ValueError("substring not found");
        });
        t.AddMethod("count", (a, k) =>
        {
            Check("count", a, k, 1, 1);
            var s = Self(a).Value;
            var sub = ArgCheck.Str("count", a[1], "argument").Value;
            if (sub.Length == 0) return PyInt.From(Self(a).Length + 1);
            var n = 0;
            for (var i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) n++;
            return PyInt.From(n);
        });
        t.AddMethod("startswith", (a, k) => PyBool.From(Affix("startswith", a, k, suffix: false)));
        t.AddMethod("endswith", (a, k) => PyBool.From(Affix("endswith", a, k, suffix: true)));
        t.AddMethod("isdigit", (a, k) => Predicate("isdigit", a, k, r => Rune.IsDigit(r)));
        t.AddMethod("isdecimal", (a, k) => Predicate("isdecimal", a, k, r => Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.DecimalDigitNumber));
        t.AddMethod("isnumeric", (a, k) => Predicate("isnumeric", a, k, Rune.IsNumber));
        t.AddMethod("isalpha", (a, k) => Predicate("isalpha", a, k, Rune.IsLetter));
        t.AddMethod("isalnum", (a, k) => Predicate("isalnum", a, k, r => Rune.IsLetterOrDigit(r) || Rune.IsNumber(r)));
        t.AddMethod("isspace", (a, k) => Predicate("isspace", a, k, Rune.IsWhiteSpace));
        t.AddMethod("isupper", (a, k) => Cased("isupper", a, k, upper: true));
        t.AddMethod("islower", (a, k) => Cased("islower", a, k, upper: false));
        t.AddMethod("center", (a, k) => Pad("center", a, k, 0));
        t.AddMethod("ljust", (a, k) => Pad("ljust", a, k, -1));
        t.AddMethod("rjust", (a, k) => Pad("rjust", a, k, 1));
        t.AddMethod("zfill", (a, k) =>
        {
            Check("zfill", a, k, 1, 1);
            var s = Self(a).Value;
            var width = ArgCheck.Index(a[1]);
            if (width <= Self(a).Length) return Self(a);
            MemoryBudget.CheckString(width);
            var sign = s.Length > 0 && s[0] is '+' or '-' ? 1 : 0;
            return PyStr.From(s[..sign] + new string('0', (int)(width - Self(a).Length)) + s[sign..]);
        });
        t.AddMethod("partition", (a, k) => Partition("partition", a, k, fromRight: false));
        t.AddMethod("rpartition", (a, k) => Partition("rpartition", a, k, fromRight: true));
        t.AddMethod("splitlines", (a, k) =>
        {
            Check("splitlines", a, k, 0, 1);
            var keep = a.Length > 1 && a[1].IsTrue();
            var s = Self(a).Value;
            var lines = new List<PyObject>();
            var start = 0;
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] is not ('\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029')) continue;
                var end = i;
                if (s[i] == '\r' && i + 1 < s.Length && s[i + 1] == '\n') i++;
                lines.Add(PyStr.From(s[start..(keep ? i + 1 : end)]));
                start = i + 1;
            }
            if (start < s.Length) lines.Add(PyStr.From(s[start..]));
            return new PyList(lines);
        });
        t.AddMethod("removeprefix", (a, k) =>
        {
            Check("removeprefix", a, k, 1, 1);
            var p = ArgCheck.Str("removeprefix", a[1], "argument").Value;
            var s = Self(a).Value;
            return s.StartsWith(p, StringComparison.Ordinal) ? PyStr.From(s[p.Length..]) : Self(a);
        });
        t.AddMethod("removesuffix", (a, k) =>
        {
            Check("removesuffix", a, k, 1, 1);
            var p = ArgCheck.Str("removesuffix", a[1], "argument").Value;
            var s = Self(a).Value;
            return p.Length > 0 && s.EndsWith(p, StringComparison.Ordinal) ? PyStr.From(s[..^p.Length]) : Self(a);
        });
        t.AddMethod("format", (a, k) =>
        {
            var (positional, kw) = ArgCheck.Split(a, k);
            return PyStr.From(StrFormat.Format(((PyStr)positional[0]).Value, positional[1..], kw));
        });
        t.AddMethod("format_map", (a, k) =>
        {
            Check("format_map", a, k, 1, 1);
            return PyStr.From(StrFormat.FormatMap(Self(a).Value, a[1]));
        });
    }

    private static PyStr Self(ReadOnlySpan<PyObject> a) => (PyStr)a[0];

    private static void Check(string name, ReadOnlySpan<PyObject> a, string[]? k, int min, int max)
    {
        ArgCheck.NoKeywords(name, k);
        var n = a.Length - 1;
        if (n >= min && n <= max) return;
        if (max == 0) throw PyException.TypeError($"str.{name}() takes no arguments ({n} given)");
        if (min == max && min == 1) throw PyException.TypeError($"str.{name}() takes exactly one argument ({n} given)");
        throw PyException.TypeError(n < min ? $"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}" : $"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    private static PyObject Split(ReadOnlySpan<PyObject> a, string[]? k, bool fromRight)
    {
        // The common call, str.split() or str.split(sep) without maxsplit: split in one pass, no
        // argument dictionary, no intermediate lists (both directions split alike without a maximum).
        if ((k is null || k.Length == 0) && a.Length is 1 or 2 && a[0] is PyStr self
            && (a.Length == 1 || a[1] is PyNone || a[1] is PyStr { Value.Length: > 0 }))
            return a.Length == 2 && a[1] is PyStr sepStr ? SplitOn(self.Value, sepStr.Value) : SplitOnWhitespace(self.Value);
        var name = fromRight ? "rsplit" : "split";
        var (positional, kw) = ArgCheck.Split(a, k);
        ArgCheck.OnlyKeywords(name, kw, "sep", "maxsplit");
        var s = ((PyStr)positional[0]).Value;
        var sepArg = positional.Length > 1 ? positional[1] : kw.GetValueOrDefault("sep") ?? PyNone.Instance;
        var max = positional.Length > 2 ? ArgCheck.Index(positional[2]) : kw.TryGetValue("maxsplit", out var m) ? ArgCheck.Index(m) : -1;
        var parts = new List<string>();
        if (sepArg is PyNone)
        {
            var words = Words(s);
            if (max < 0 || words.Count <= max + 1) parts.AddRange(words.Select(w => s[w.Start..w.End]));
            else if (!fromRight)
            {
                for (var w = 0; w < max; w++) parts.Add(s[words[w].Start..words[w].End]);
                parts.Add(s[words[(int)max].Start..].TrimEnd());
            }
            else
            {
                var firstKept = words.Count - (int)max;
                parts.Add(s[..words[firstKept - 1].End].TrimStart());
                for (var w = firstKept; w < words.Count; w++) parts.Add(s[words[w].Start..words[w].End]);
            }
        }
        else
        {
            var sep = ArgCheck.Str(name, sepArg, "argument").Value;
            if (sep.Length == 0) throw PyException.ValueError("empty separator");
            var all = s.Split(sep);
            if (max < 0 || all.Length <= max + 1) parts.AddRange(all);
            else if (!fromRight)
            {
                parts.AddRange(all.Take((int)max));
                parts.Add(string.Join(sep, all.Skip((int)max)));
            }
            else
            {
                parts.Add(string.Join(sep, all.Take(all.Length - (int)max)));
                parts.AddRange(all.Skip(all.Length - (int)max));
            }
        }
        return new PyList(parts.Select(p => (PyObject)PyStr.From(p)).ToList());
    }

    private static PyList SplitOn(string s, string sep)
    {
        var parts = new List<PyObject>();
        var start = 0;
        for (int at; (at = s.IndexOf(sep, start, StringComparison.Ordinal)) >= 0; start = at + sep.Length)
            parts.Add(PyStr.From(s[start..at]));
        parts.Add(PyStr.From(s[start..]));
        return new PyList(parts);
    }

    private static PyList SplitOnWhitespace(string s) =>
        new(Words(s).ConvertAll(w => (PyObject)PyStr.From(s[w.Start..w.End])));

    /// <summary>Where the words of <paramref name="s"/> are: runs of whitespace separate, and
    /// leading and trailing whitespace gives no empty words.</summary>
    private static List<(int Start, int End)> Words(string s)
    {
        var words = new List<(int Start, int End)>();
        var i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            if (i >= s.Length) break;
            var start = i;
            while (i < s.Length && !char.IsWhiteSpace(s[i])) i++;
            words.Add((start, i));
        }
        return words;
    }

    private static PyObject Partition(string name, ReadOnlySpan<PyObject> a, string[]? k, bool fromRight)
    {
        Check(name, a, k, 1, 1);
        var s = Self(a).Value;
        var sep = ArgCheck.Str(name, a[1], "argument").Value;
        if (sep.Length == 0) throw PyException.ValueError("empty separator");
        var i = fromRight ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
            return fromRight ? new PyTuple([PyStr.Empty, PyStr.Empty, Self(a)]) : new PyTuple([Self(a), PyStr.Empty, PyStr.Empty]);
        return new PyTuple([PyStr.From(s[..i]), PyStr.From(sep), PyStr.From(s[(i + sep.Length)..])]);
    }

    private static PyObject Strip(string name, ReadOnlySpan<PyObject> a, string[]? k, bool left, bool right)
    {
        Check(name, a, k, 0, 1);
        var s = Self(a).Value;
        if (a.Length > 1 && a[1] is not PyNone)
        {
            var chars = ArgCheck.Str(name, a[1], "arg").Value.ToCharArray();
            return PyStr.From(left && right ? s.Trim(chars) : left ? s.TrimStart(chars) : s.TrimEnd(chars));
        }
        return PyStr.From(left && right ? s.Trim() : left ? s.TrimStart() : s.TrimEnd());
    }

    private static long Find(string name, ReadOnlySpan<PyObject> a, string[]? k, bool fromRight)
    {
        Check(name, a, k, 1, 3);
        var self = Self(a);
        var sub = ArgCheck.Str(name, a[1], "argument").Value;
        var (start, end) = Bounds(self, a, 2);
        if (start > end) return -1;
        if (!self.HasPairs)
        {
            // One UTF-16 unit per code point: search the range in place (no copy per call, so a
            // find loop over a long text stays linear).
            var range = self.Value.AsSpan((int)start, (int)(end - start));
            var at = fromRight ? range.LastIndexOf(sub.AsSpan(), StringComparison.Ordinal) : range.IndexOf(sub.AsSpan(), StringComparison.Ordinal);
            return at < 0 ? -1 : start + at;
        }
        // Work on the code-point slice, then map the UTF-16 index back to code points.
        var slice = self.Substring((int)start, (int)(end - start));
        var i = fromRight ? slice.LastIndexOf(sub, StringComparison.Ordinal) : slice.IndexOf(sub, StringComparison.Ordinal);
        if (i < 0) return -1;
        return start + new PyStr(slice[..i]).Length;
    }

    private static (long Start, long End) Bounds(PyStr self, ReadOnlySpan<PyObject> a, int from)
    {
        long n = self.Length;
        long start = a.Length > from && a[from] is not PyNone ? ArgCheck.Index(a[from]) : 0;
        long end = a.Length > from + 1 && a[from + 1] is not PyNone ? ArgCheck.Index(a[from + 1]) : n;
        if (start < 0) start = Math.Max(0, start + n);
        if (end < 0) end = Math.Max(0, end + n);
        return (Math.Min(start, n), Math.Min(end, n));
    }

    /// <summary>startswith / endswith: the part of self between the bounds tested in place (no
    /// substring unless self has surrogate pairs, where the bounds count code points).</summary>
    private static bool Affix(string name, ReadOnlySpan<PyObject> a, string[]? k, bool suffix)
    {
        Check(name, a, k, 1, 3);
        var self = Self(a);
        var (start, end) = Bounds(self, a, 2);
        if (start > end) return false;
        var s = self.HasPairs ? self.Substring((int)start, (int)(end - start)).AsSpan() : self.Value.AsSpan((int)start, (int)(end - start));
        if (a[1] is PyTuple t)
        {
            foreach (var p in t.Items)
            {
                if (p is not PyStr ps) throw PyException.TypeError($"tuple for {name} must only contain str, not {p.Type.Name}");
                if (HasAffix(s, ps.Value, suffix)) return true;
            }
            return false;
        }
        if (a[1] is PyStr prefix) return HasAffix(s, prefix.Value, suffix);
        throw PyException.TypeError($"{name} first arg must be str or a tuple of str, not {a[1].Type.Name}");
    }

    private static bool HasAffix(ReadOnlySpan<char> s, string affix, bool suffix) =>
        suffix ? s.EndsWith(affix, StringComparison.Ordinal) : s.StartsWith(affix, StringComparison.Ordinal);

    private static PyObject Predicate(string name, ReadOnlySpan<PyObject> a, string[]? k, Func<Rune, bool> test)
    {
        Check(name, a, k, 0, 0);
        var s = Self(a).Value;
        if (s.Length == 0) return PyBool.False;
        foreach (var r in s.EnumerateRunes()) if (!test(r)) return PyBool.False;
        return PyBool.True;
    }

    private static PyObject Cased(string name, ReadOnlySpan<PyObject> a, string[]? k, bool upper)
    {
        Check(name, a, k, 0, 0);
        var cased = false;
        foreach (var c in Self(a).Value)
        {
            if (char.IsUpper(c)) { if (!upper) return PyBool.False; cased = true; }
            else if (char.IsLower(c)) { if (upper) return PyBool.False; cased = true; }
        }
        return PyBool.From(cased);
    }

    private static PyObject Pad(string name, ReadOnlySpan<PyObject> a, string[]? k, int side)
    {
        Check(name, a, k, 1, 2);
        var self = Self(a);
        var width = ArgCheck.Index(a[1]);
        var fill = " ";
        if (a.Length > 2)
        {
            if (a[2] is not PyStr { Length: 1 } f) throw PyException.TypeError("The fill character must be exactly one character long");
            fill = f.Value; // two UTF-16 units for a character past U+FFFF or a surrogate's stand-in
        }
        var n = width - self.Length;
        if (n <= 0) return self;
        MemoryBudget.CheckString(self.Value.Length + n * fill.Length);
        if (side < 0) return PyStr.From(self.Value + Repeat(fill, n));
        if (side > 0) return PyStr.From(Repeat(fill, n) + self.Value);
        // CPython's centering puts the extra fill on the left when the width and the padding are both odd.
        var left = n / 2 + (n & width & 1);
        return PyStr.From(Repeat(fill, left) + self.Value + Repeat(fill, n - left));
    }

    private static string Repeat(string fill, long count) =>
        fill.Length == 1 ? new string(fill[0], (int)count) : new StringBuilder(fill.Length * (int)count).Insert(0, fill, (int)count).ToString();

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        foreach (var c in s)
        {
            sb.Append(previousCased ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c));
            previousCased = char.IsLetter(c);
        }
        return sb.ToString();
    }
}
