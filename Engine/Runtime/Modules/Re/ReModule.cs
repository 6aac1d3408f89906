using System.Text;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// <c>_re</c>: the C# half of the re module (Lib/re/__init__.py is the other), in _sre's place:
/// compile(pattern, flags, error) reads the pattern as CPython's parser does, translates it and
/// answers a re.Pattern; escape() is re.escape's work.
/// </summary>
public static class ReModule
{
    public static readonly PyType PatternType = new("Pattern", PyTypes.Object) { Module = "re", HasInstanceDict = false, ShowsModuleInName = true };
    public static readonly PyType MatchType = new("Match", PyTypes.Object) { Module = "re", HasInstanceDict = false, ShowsModuleInName = true };
    public static readonly PyType CallableIteratorType = new("callable_iterator", PyTypes.Object);

    static ReModule()
    {
        PatternMethods.Register(PatternType);
        MatchMethods.Register(MatchType);
    }

    public static PyModule Create()
    {
        var m = new ModuleBuilder("_re", null);
        m.Value("Pattern", PatternType);
        m.Value("Match", MatchType);
        m.Function("compile", (a, k) =>
        {
            ArgCheck.Exactly("compile", a, k, 3);
            return Compile(a[0], (ReFlags)ArgCheck.Index(a[1]), a[2]);
        });
        m.Function("escape", (a, k) =>
        {
            ArgCheck.Exactly("escape", a, k, 1);
            return Escape(a[0]);
        });
        return m.Module;
    }

    public static PyObject Compile(PyObject pattern, ReFlags flags, PyObject errorClass)
    {
        var isText = pattern is PyStr;
        string text = pattern switch
        {
            PyStr s => s.Value,
            _ => ReBytes.Of(pattern) is { } b ? Encoding.Latin1.GetString(b) : throw PyException.TypeError("first argument must be string or compiled pattern"),
        };
        var cps = text.EnumerateRunes().Select(r => r.Value).ToArray();
        ReNode tree;
        ReParser state;
        try
        {
            (tree, state) = ReParser.Parse(cps, isText, flags);
        }
        catch (ReSyntaxError e)
        {
            throw RaiseError(errorClass, e.Msg, e.Position is null ? null : pattern, e.Position);
        }
        catch (ArgumentException e)
        {
            throw PyException.ValueError(e.Message);
        }
        catch (OverflowException e)
        {
            throw PyException.OverflowError(e.Message);
        }
        var (net, ancestors) = ReTranslator.Translate(tree, state.Flags);
        try
        {
            return new PyRePattern(pattern, !isText, state.Flags, state.Groups - 1, state.GroupIndex, ancestors, net, errorClass);
        }
        catch (ArgumentException e)
        {
            throw RaiseError(errorClass, "unsupported pattern: " + e.Message, null, null);
        }
    }

    private static PyException RaiseError(PyObject errorClass, string msg, PyObject? pattern, int? pos)
    {
        var call = RuntimeContext.Current.CallObject;
        PyObject[] args = pos is null ? [PyStr.From(msg)] : [PyStr.From(msg), pattern!, PyInt.From(pos.Value)];
        if (call is not null && call(errorClass, args) is PyBaseException e) return new PyException(e);
        return PyException.ValueError(msg);
    }

    private const string SpecialChars = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f";

    private static PyObject Escape(PyObject pattern)
    {
        var isBytes = pattern is not PyStr;
        var text = pattern switch
        {
            PyStr s => s.Value,
            _ => ReBytes.Of(pattern) is { } b ? Encoding.Latin1.GetString(b) : throw PyException.TypeError($"expected str or bytes-like object, got '{pattern.Type.Name}'"),
        };
        var sb = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (SpecialChars.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        RuntimeContext.Current.CheckAllocation(sb.Length * 2L);
        return ReSubject.Wrap(sb.ToString(), isBytes);
    }
}
