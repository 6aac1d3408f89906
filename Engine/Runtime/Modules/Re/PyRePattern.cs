using System.Text.RegularExpressions;

namespace Engine.Runtime.Modules.Re;

/// <summary>
/// re.Pattern: a compiled pattern. Matching runs on .NET's backtracking engine over the
/// translated pattern, bounded by the run's time left (a timed-out match is the run's time limit),
/// and .NET's engine keeps its backtracking state on the heap, not on the .NET stack.
/// </summary>
public sealed class PyRePattern : PyObject
{
    public readonly PyObject Source;
    public readonly bool IsBytes;
    public readonly ReFlags Flags;
    public readonly int Groups;
    public readonly Dictionary<string, int> GroupIndex;
    public readonly Dictionary<int, List<int>> Ancestors;
    public readonly PyObject ErrorClass;
    private readonly string _net;
    private readonly Regex?[] _regexes = new Regex?[4];

    public PyRePattern(PyObject source, bool isBytes, ReFlags flags, int groups, Dictionary<string, int> groupIndex,
        Dictionary<int, List<int>> ancestors, string net, PyObject errorClass)
    {
        Source = source;
        IsBytes = isBytes;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        Ancestors = ancestors;
        _net = net;
        ErrorClass = errorClass;
        // Built now, so a pattern .NET cannot take fails at compile time, as in CPython.
        Get(Mode.Search);
    }

    public override PyType Type => ReModule.PatternType;

    public enum Mode { Search, MustAdvance, Match, FullMatch }

    private Regex Get(Mode mode)
    {
        var left = RuntimeContext.Current.SecondsLeft();
        if (left <= 0) throw new ResourceLimitException(ResourceLimit.Time);
        var regex = _regexes[(int)mode];
        // A regex's timeout is fixed when it is built: rebuilt when the run has much less time left.
        if (regex is not null && (regex.MatchTimeout == Regex.InfiniteMatchTimeout ? double.IsFinite(left) : regex.MatchTimeout.TotalSeconds > left + 0.25))
            regex = null;
        if (regex is null)
        {
            var text = mode switch
            {
                Mode.Search => _net,
                // Anchored where the search starts, and not empty: an empty match leaves the rest of
                // the string unchanged, which the named group (numbered after all of Python's) saw.
                Mode.MustAdvance => @"\G(?=(?<zrest>[\s\S]*))(?:" + _net + @")(?!\k<zrest>\z)",
                Mode.Match => @"\G(?:" + _net + ")",
                _ => @"\G(?:" + _net + @")\z",
            };
            var timeout = double.IsFinite(left) ? TimeSpan.FromSeconds(Math.Min(left + 0.05, 1e6)) : Regex.InfiniteMatchTimeout;
            regex = new Regex(text, RegexOptions.CultureInvariant, timeout);
            _regexes[(int)mode] = regex;
        }
        return regex;
    }

    /// <summary>One attempt from <paramref name="start"/> (a UTF-16 index) in <paramref name="text"/>.</summary>
    public Match? Run(Mode mode, string text, int start)
    {
        RuntimeContext.Current.Tick();
        try
        {
            var m = Get(mode).Match(text, start);
            return m.Success ? m : null;
        }
        catch (RegexMatchTimeoutException)
        {
            throw new ResourceLimitException(ResourceLimit.Time);
        }
    }

    public override void WriteRepr(ReprWriter w)
    {
        var repr = Source.Repr();
        if (repr.Length > 200) repr = repr[..200];
        w.Append("re.compile(").Append(repr);
        var flags = Flags;
        if (!IsBytes && (flags & (ReFlags.Locale | ReFlags.Unicode | ReFlags.Ascii)) == ReFlags.Unicode) flags &= ~ReFlags.Unicode;
        if (flags != 0)
        {
            var names = new List<string>();
            foreach (var (name, value) in FlagNames)
                if ((flags & value) != 0)
                {
                    names.Add(name);
                    flags &= ~value;
                }
            if (flags != 0) names.Add("0x" + ((int)flags).ToString("x"));
            w.Append(", ").Append(string.Join("|", names));
        }
        w.Append(')');
    }

    private static readonly (string, ReFlags)[] FlagNames =
    [
        ("re.TEMPLATE", ReFlags.Template), ("re.IGNORECASE", ReFlags.IgnoreCase), ("re.LOCALE", ReFlags.Locale),
        ("re.MULTILINE", ReFlags.Multiline), ("re.DOTALL", ReFlags.DotAll), ("re.UNICODE", ReFlags.Unicode),
        ("re.VERBOSE", ReFlags.Verbose), ("re.DEBUG", ReFlags.Debug), ("re.ASCII", ReFlags.Ascii),
    ];

    public override bool? EqualsObject(PyObject other) =>
        other is PyRePattern y ? ReferenceEquals(this, y) || (Flags == y.Flags && IsBytes == y.IsBytes && Ops.Equal(Source, y.Source)) : null;

    public override long Hash() => Source.Hash() ^ (long)Flags * 1000003;

    /// <summary>Raises re.error(msg) (no position) through the class the re module gave.</summary>
    public PyException Error(string msg, PyObject? pattern = null, int? pos = null)
    {
        var call = RuntimeContext.Current.CallObject;
        PyObject[] args = pos is null ? [PyStr.From(msg)] : [PyStr.From(msg), pattern ?? PyNone.Instance, PyInt.From(pos.Value)];
        if (call is not null && call(ErrorClass, args) is PyBaseException e) return new PyException(e);
        return PyException.Create(PyTypes.ValueError, msg);
    }
}
