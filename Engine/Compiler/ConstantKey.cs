using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// _PyCode_ConstantKey as an equality: two constants share a co_consts slot when they have the
/// same type and value (0.0 and -0.0 apart, since their bits differ), tuples item by item,
/// frozensets whatever their order, and code objects when code_richcompare finds them equal (not
/// their qualname or filename), so that a body compiled twice (a finally block on each of its
/// exits) is one constant. No key string is built: this runs for every LOAD_CONST.
/// </summary>
internal sealed class ConstantKey : IEqualityComparer<PyConstant>
{
    public static readonly ConstantKey Instance = new();

    public bool Equals(PyConstant? a, PyConstant? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        return (a, b) switch
        {
            (StrConstant x, StrConstant y) => string.Equals(x.Value, y.Value, StringComparison.Ordinal),
            (IntConstant x, IntConstant y) => x.Value == y.Value,
            (FloatConstant x, FloatConstant y) => BitConverter.DoubleToInt64Bits(x.Value) == BitConverter.DoubleToInt64Bits(y.Value),
            (ComplexConstant x, ComplexConstant y) => BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(y.Real)
                                                      && BitConverter.DoubleToInt64Bits(x.Imag) == BitConverter.DoubleToInt64Bits(y.Imag),
            (BoolConstant x, BoolConstant y) => x.Value == y.Value,
            (BytesConstant x, BytesConstant y) => x.Value.AsSpan().SequenceEqual(y.Value),
            (TupleConstant x, TupleConstant y) => ItemsEqual(x.Items, y.Items),
            (FrozenSetConstant x, FrozenSetConstant y) => x.Items.Length == y.Items.Length
                                                          && x.Items.All(i => y.Items.Contains(i, this)),
            (CodeConstant x, CodeConstant y) => CodeEquals(x.Code, y.Code),
            _ => true, // None, Ellipsis: one value each
        };
    }

    private bool ItemsEqual(PyConstant[] a, PyConstant[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if (!Equals(a[i], b[i])) return false;
        return true;
    }

    /// <summary>code_richcompare's fields.</summary>
    private bool CodeEquals(CodeObject a, CodeObject b) =>
        a.Name == b.Name && a.ArgCount == b.ArgCount && a.PosOnlyArgCount == b.PosOnlyArgCount
        && a.KwOnlyArgCount == b.KwOnlyArgCount && a.Flags == b.Flags && a.FirstLineNo == b.FirstLineNo
        && a.Code.AsSpan().SequenceEqual(b.Code) && ItemsEqual(a.Consts, b.Consts)
        && a.Names.AsSpan().SequenceEqual(b.Names) && a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
        && a.Positions.AsSpan().SequenceEqual(b.Positions) && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable);

    public int GetHashCode(PyConstant value) => value switch
    {
        StrConstant s => string.GetHashCode(s.Value, StringComparison.Ordinal),
        IntConstant i => i.Value.GetHashCode(),
        FloatConstant f => BitConverter.DoubleToInt64Bits(f.Value).GetHashCode(),
        ComplexConstant c => HashCode.Combine(BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imag)),
        BoolConstant b => b.Value ? 1 : 2,
        BytesConstant b => b.Value.Length,
        TupleConstant t => t.Items.Length == 0 ? 17 : HashCode.Combine(t.Items.Length, GetHashCode(t.Items[0])),
        FrozenSetConstant s => s.Items.Length,
        CodeConstant c => HashCode.Combine(c.Code.Name, c.Code.FirstLineNo, c.Code.Code.Length),
        _ => value.GetType().GetHashCode(),
    };
}
