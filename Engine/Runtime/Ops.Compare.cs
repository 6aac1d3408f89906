namespace Engine.Runtime;

/// <summary>COMPARE_OP's argument (opcode.cmp_op order).</summary>
public enum CompareOp { Lt, Le, Eq, Ne, Gt, Ge }

public static partial class Ops
{
    private static readonly string[] CompareSymbols = ["<", "<=", "==", "!=", ">", ">="];

    /// <summary>a == b as Python's == decides it (each side's own equality, then identity).</summary>
    public static bool Equal(PyObject a, PyObject b) =>
        a.Type.IsUserDefined || b.Type.IsUserDefined ? UserRichCompare(a, b, CompareOp.Eq).IsTrue()
            : a.EqualsObject(b) ?? b.EqualsObject(a) ?? ReferenceEquals(a, b);

    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op) =>
        a.Type.IsUserDefined || b.Type.IsUserDefined ? UserRichCompare(a, b, op) : PyBool.From(NativeCompare(a, b, op));

    public static bool Compare(PyObject a, PyObject b, CompareOp op) =>
        a.Type.IsUserDefined || b.Type.IsUserDefined ? UserRichCompare(a, b, op).IsTrue() : NativeCompare(a, b, op);

    /// <summary>The comparison of builtin values (the program's classes go through <see cref="UserRichCompare"/>).</summary>
    private static bool NativeCompare(PyObject a, PyObject b, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq: return Equal(a, b);
            case CompareOp.Ne: return !Equal(a, b);
        }
        if (a is PyInt x && b is PyInt y)
        {
            var c = !x.IsBig && !y.IsBig ? x.Value.CompareTo(y.Value) : x.AsBig.CompareTo(y.AsBig);
            return Holds(c, op);
        }
        if (a is PyFloat fa && b is PyFloat fb) return Ordered(fa.Value, fb.Value, op);
        if (a is PyInt ia && b is PyFloat fb2) return HoldsUnordered(NumericCompare.IntFloat(ia, fb2.Value), op);
        if (a is PyFloat fa2 && b is PyInt ib) return HoldsUnordered(Flip(NumericCompare.IntFloat(ib, fa2.Value)), op);
        if (a is PyStr sa && b is PyStr sb) return Holds(PyStr.Compare(sa.Value, sb.Value), op);
        if (a is PyBytes ba && b is PyBytes bb) return Holds(ba.Value.AsSpan().SequenceCompareTo(bb.Value), op);
        if (a is PyBytes or PyByteArray && b is PyBytes or PyByteArray)
            return Holds(ByteArrays.View(a)!.Value.Span.SequenceCompareTo(ByteArrays.View(b)!.Value.Span), op);
        if (a is PyList la && b is PyList lb) return CompareSequences(la.Items, lb.Items, op);
        if (a is PyTuple ta && b is PyTuple tb) return CompareSequences(ta.Items, tb.Items, op);
        if (a is PySet seta && b is PySet setb) return CompareSets(seta, setb, op);
        throw PyException.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{a.Type.TpName}' and '{b.Type.TpName}'");
    }

    private static int Flip(int c) => c == 2 ? 2 : -c;

    private static bool Holds(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Gt => c > 0,
        CompareOp.Ge => c >= 0,
        CompareOp.Eq => c == 0,
        _ => c != 0,
    };

    /// <summary>Like <see cref="Holds"/>, where 2 means unordered (a NaN): every ordering is false.</summary>
    private static bool HoldsUnordered(int c, CompareOp op) => c != 2 && Holds(c, op);

    private static bool Ordered(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>Lexicographic order: the first differing items decide, else the lengths.</summary>
    private static bool CompareSequences(IReadOnlyList<PyObject> a, IReadOnlyList<PyObject> b, CompareOp op)
    {
        using var guard = RecursionGuard.Enter();
        var n = Math.Min(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i]) || Equal(a[i], b[i])) continue;
            return Compare(a[i], b[i], op);
        }
        return Holds(a.Count.CompareTo(b.Count), op);
    }

    private static bool CompareSets(PySet a, PySet b, CompareOp op) => op switch
    {
        CompareOp.Le => a.Count <= b.Count && a.Items.All(b.Contains),
        CompareOp.Lt => a.Count < b.Count && a.Items.All(b.Contains),
        CompareOp.Ge => a.Count >= b.Count && b.Items.All(a.Contains),
        _ => a.Count > b.Count && b.Items.All(a.Contains),
    };

    /// <summary>The `is` operator.</summary>
    public static bool Is(PyObject a, PyObject b) => ReferenceEquals(a, b);
}
