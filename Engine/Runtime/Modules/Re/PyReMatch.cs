using System.Text.RegularExpressions;

namespace Engine.Runtime.Modules.Re;

/// <summary>re.Match: one match, its groups' spans kept in Python's indexes (-1 when a group did not take part).</summary>
public sealed class PyReMatch : PyObject
{
    public readonly PyRePattern Pattern;
    public readonly ReSubject Subject;
    public readonly int Pos, EndPos;
    public readonly int[] Starts, Ends;
    public readonly int LastIndex;

    public PyReMatch(PyRePattern pattern, ReSubject subject, Match m, int pos, int endPos)
    {
        Pattern = pattern;
        Subject = subject;
        Pos = pos;
        EndPos = endPos;
        var n = pattern.Groups + 1;
        Starts = new int[n];
        Ends = new int[n];
        for (var i = 0; i < n; i++)
        {
            var g = m.Groups[i];
            if (g.Success)
            {
                Starts[i] = subject.Cp(g.Index);
                Ends[i] = subject.Cp(g.Index + g.Length);
            }
            else Starts[i] = Ends[i] = -1;
        }
        LastIndex = FindLastIndex();
    }

    /// <summary>The group that closed last: of the groups ending furthest, the outermost, or the
    /// later one of groups side by side.</summary>
    private int FindLastIndex()
    {
        var best = -1;
        for (var i = 1; i < Starts.Length; i++)
        {
            if (Starts[i] < 0) continue;
            if (best < 0 || Ends[i] > Ends[best]) { best = i; continue; }
            if (Ends[i] < Ends[best]) continue;
            // Same end: i closes after best unless i is nested inside best.
            if (!(Pattern.Ancestors.TryGetValue(i, out var up) && up.Contains(best))) best = i;
        }
        return best;
    }

    public override PyType Type => ReModule.MatchType;

    public override void WriteRepr(ReprWriter w)
    {
        w.Append("<re.Match object; span=(").Append(Starts[0].ToString()).Append(", ").Append(Ends[0].ToString()).Append("), match=");
        // %.50R: the group's repr cut to 50 characters.
        var repr = Group(0).Repr();
        w.Append(repr.Length > 50 ? repr[..50] : repr);
        w.Append('>');
    }

    public PyObject Group(int i, PyObject? fallback = null) =>
        Starts[i] < 0 ? fallback ?? PyNone.Instance : Subject.Slice(Starts[i], Ends[i]);

    /// <summary>A group named by index or name, with CPython's IndexError otherwise.</summary>
    public int GroupNumber(PyObject g)
    {
        if (g is PyInt i)
        {
            if (!i.IsBig && i.Value >= 0 && i.Value < Starts.Length) return (int)i.Value;
        }
        else if (g is PyStr s)
        {
            if (Pattern.GroupIndex.TryGetValue(s.Value, out var n)) return n;
        }
        else if (g.Type.Lookup("__index__") is not null)
        {
            var v = ArgCheck.Index(g);
            if (v >= 0 && v < Starts.Length) return (int)v;
        }
        throw PyException.IndexError("no such group");
    }
}
