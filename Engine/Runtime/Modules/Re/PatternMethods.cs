using System.Text;
using System.Text.RegularExpressions;

namespace Engine.Runtime.Modules.Re;

/// <summary>The methods and attributes of re.Pattern, with _sre's semantics: after an empty
/// match the next search may not end where it starts (state->must_advance), so empty matches
/// next to a previous match are found as in CPython 3.7+.</summary>
internal static class PatternMethods
{
    private static readonly string[] StringPosEndpos = ["string", "pos", "endpos"];

    public static void Register(PyType t)
    {
        foreach (var (name, mode) in new[] { ("match", PyRePattern.Mode.Match), ("fullmatch", PyRePattern.Mode.FullMatch), ("search", PyRePattern.Mode.Search) })
            Method(t, name, StringPosEndpos, 1, (p, a) =>
            {
                var (subject, text, pos, endpos) = Prepare(p, a[0]!, a[1], a[2]);
                var m = p.Run(mode, text, subject.Unit(pos));
                return m is null ? PyNone.Instance : new PyReMatch(p, subject, m, pos, endpos);
            });
        Method(t, "findall", StringPosEndpos, 1, (p, a) =>
        {
            var (subject, text, pos, endpos) = Prepare(p, a[0]!, a[1], a[2]);
            var result = new List<PyObject>();
            foreach (var m in Iterate(p, subject, text, pos, endpos))
            {
                if (p.Groups == 0) result.Add(m.Group(0));
                else if (p.Groups == 1) result.Add(m.Group(1, Empty(subject)));
                else
                {
                    var items = new PyObject[p.Groups];
                    for (var i = 0; i < p.Groups; i++) items[i] = m.Group(i + 1, Empty(subject));
                    result.Add(new PyTuple(items));
                }
            }
            return new PyList(result);
        });
        Method(t, "finditer", StringPosEndpos, 1, (p, a) =>
        {
            var (subject, text, pos, endpos) = Prepare(p, a[0]!, a[1], a[2]);
            var e = Iterate(p, subject, text, pos, endpos).GetEnumerator();
            return new NativeIterator(ReModule.CallableIteratorType, () => e.MoveNext() ? e.Current : null);
        });
        Method(t, "split", ["string", "maxsplit"], 1, (p, a) =>
        {
            var (subject, text, pos, endpos) = Prepare(p, a[0]!, null, null);
            var maxsplit = a[1] is null ? 0 : ArgCheck.Index(a[1]!);
            var result = new List<PyObject>();
            var last = 0;
            var n = 0;
            foreach (var m in Iterate(p, subject, text, pos, endpos))
            {
                if (maxsplit > 0 && n >= maxsplit) break;
                result.Add(subject.Slice(last, m.Starts[0]));
                for (var i = 1; i <= p.Groups; i++) result.Add(m.Group(i));
                n++;
                last = m.Ends[0];
            }
            result.Add(subject.Slice(last, endpos));
            return new PyList(result);
        });
        Method(t, "sub", ["repl", "string", "count"], 2, (p, a) => Sub(p, a[0]!, a[1]!, a[2], false));
        Method(t, "subn", ["repl", "string", "count"], 2, (p, a) => Sub(p, a[0]!, a[1]!, a[2], true));
        Property(t, "pattern", p => p.Source);
        Property(t, "flags", p => PyInt.From((long)p.Flags));
        Property(t, "groups", p => PyInt.From(p.Groups));
        Property(t, "groupindex", p =>
        {
            var d = new PyDict();
            foreach (var (name, index) in p.GroupIndex.OrderBy(kv => kv.Value)) d.Set(name, PyInt.From(index));
            return d;
        });
        t.AddMethod("__copy__", (a, k) => a[0]);
        t.AddMethod("__deepcopy__", (a, k) => a[0]);
    }

    private static PyObject Empty(ReSubject s) => s.IsBytes ? new PyBytes([]) : PyStr.Empty;

    internal static (ReSubject Subject, string Text, int Pos, int EndPos) Prepare(PyRePattern p, PyObject str, PyObject? posObj, PyObject? endObj)
    {
        var subject = new ReSubject(str);
        if (subject.IsBytes != p.IsBytes)
            throw PyException.TypeError(p.IsBytes ? "cannot use a bytes pattern on a string-like object" : "cannot use a string pattern on a bytes-like object");
        var endpos = ReArgs.Clamp(endObj, subject.Length, subject.Length);
        var pos = ReArgs.Clamp(posObj, subject.Length, 0);
        var text = endpos == subject.Length ? subject.Text : subject.Text[..subject.Unit(endpos)];
        return (subject, text, pos, endpos);
    }

    /// <summary>The successive matches from pos, as _sre's scanner finds them.</summary>
    internal static IEnumerable<PyReMatch> Iterate(PyRePattern p, ReSubject subject, string text, int pos, int endpos)
    {
        var start = subject.Unit(pos);
        var mustAdvance = false;
        if (pos > endpos) yield break;
        while (start <= text.Length)
        {
            var m = mustAdvance ? p.Run(PyRePattern.Mode.MustAdvance, text, start) : p.Run(PyRePattern.Mode.Search, text, start);
            if (m is null && mustAdvance && start < text.Length)
            {
                // No non-empty match where the last one ended: search on from the next character.
                var next = start + (char.IsHighSurrogate(text[start]) && start + 1 < text.Length ? 2 : 1);
                m = p.Run(PyRePattern.Mode.Search, text, next);
            }
            if (m is null) yield break;
            yield return new PyReMatch(p, subject, m, pos, endpos);
            // must_advance = (ptr == start): sre's start is where the match began, so an empty match.
            mustAdvance = m.Length == 0;
            start = m.Index + m.Length;
        }
    }

    private static PyObject Sub(PyRePattern p, PyObject repl, PyObject str, PyObject? countObj, bool withCount)
    {
        var count = countObj is null ? 0 : ArgCheck.Index(countObj);
        ReTemplate? template = null;
        string? literal = null;
        var callable = false;
        if (repl is PyStr or PyBytes)
        {
            if (repl is PyStr != !p.IsBytes)
                throw PyException.TypeError(p.IsBytes ? $"expected a bytes-like object, {repl.Type.Name} found" : $"expected str instance, {repl.Type.Name} found");
            var text = repl is PyStr rs ? rs.Value : Encoding.Latin1.GetString(((PyBytes)repl).Value);
            if (text.Contains('\\')) template = ReTemplate.Parse(p, repl, text);
            else literal = text;
        }
        else callable = true;
        var (subject, subjectText, pos, endpos) = Prepare(p, str, null, null);
        var sb = new StringBuilder();
        var context = RuntimeContext.Current;
        var n = 0;
        var last = 0;
        foreach (var m in Iterate(p, subject, subjectText, pos, endpos))
        {
            if (count > 0 && n >= count) break;
            var b = subject.Unit(m.Starts[0]);
            if (last < b) sb.Append(subjectText, last, b - last);
            if (literal is not null) sb.Append(literal);
            else if (template is not null) sb.Append(template.Expand(m));
            else if (callable)
            {
                var call = context.CallObject ?? throw PyException.TypeError("'" + repl.Type.TpName + "' object is not callable");
                var item = call(repl, [m]);
                switch (item)
                {
                    case PyNone: break;
                    case PyStr s when !p.IsBytes: sb.Append(s.Value); break;
                    case PyBytes bb when p.IsBytes: sb.Append(Encoding.Latin1.GetString(bb.Value)); break;
                    default:
                        throw PyException.TypeError(p.IsBytes ? $"sequence item {n * 2 + 1}: expected a bytes-like object, {item.Type.Name} found"
                            : $"sequence item {n * 2 + 1}: expected str instance, {item.Type.Name} found");
                }
            }
            last = subject.Unit(m.Ends[0]);
            n++;
            context.CheckAllocation(sb.Length * 2L);
        }
        if (last < subjectText.Length) sb.Append(subjectText, last, subjectText.Length - last);
        var result = ReSubject.Wrap(sb.ToString(), p.IsBytes);
        return withCount ? new PyTuple([result, PyInt.From(n)]) : result;
    }

    private static void Method(PyType t, string name, string[] parameters, int required, Func<PyRePattern, PyObject?[], PyObject> body)
    {
        t.AddMethod(name, (args, kwnames) =>
        {
            if (args.Length < 1 || args[0] is not PyRePattern self)
                throw PyException.TypeError($"descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{(args.Length < 1 ? "NoneType" : args[0].Type.Name)}' object");
            return body(self, ReArgs.Parse(name, args, kwnames, parameters, required));
        });
    }

    private static void Property(PyType t, string name, Func<PyRePattern, PyObject> get) =>
        t.Dict[name] = new PyProperty(new PyBuiltinFunction(name, (a, k) => get((PyRePattern)a[0])), null, null, null);
}
