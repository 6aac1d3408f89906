using System.Numerics;

namespace Engine.Syntax;

/// <summary>
/// A value a Python literal denotes (ast.Constant.value), and the base of every co_consts
/// item. <see cref="TypeName"/> is the Python type's name, <see cref="Repr"/> Python's repr.
/// </summary>
public abstract record PyConstant
{
    public abstract string TypeName { get; }
    public abstract string Repr();
}

public sealed record NoneConstant : PyConstant
{
    public static readonly NoneConstant Instance = new();
    public override string TypeName => "NoneType";
    public override string Repr() => "None";
}

public sealed record EllipsisConstant : PyConstant
{
    public static readonly EllipsisConstant Instance = new();
    public override string TypeName => "ellipsis";
    public override string Repr() => "Ellipsis";
}

public sealed record BoolConstant(bool Value) : PyConstant
{
    public static readonly BoolConstant True = new(true), False = new(false);
    public override string TypeName => "bool";
    public override string Repr() => Value ? "True" : "False";
}

public sealed record IntConstant(BigInteger Value) : PyConstant
{
    public override string TypeName => "int";
    public override string Repr() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public sealed record FloatConstant(double Value) : PyConstant
{
    public override string TypeName => "float";
    public override string Repr() => PyRepr.Float(Value);
}

public sealed record ComplexConstant(double Real, double Imag) : PyConstant
{
    public override string TypeName => "complex";
    public override string Repr() => PyRepr.Complex(Real, Imag);
}

public sealed record StrConstant(string Value) : PyConstant
{
    public override string TypeName => "str";
    public override string Repr() => PyRepr.Str(Value);
}

public sealed record BytesConstant(byte[] Value) : PyConstant
{
    public override string TypeName => "bytes";
    public override string Repr() => PyRepr.Bytes(Value);
    public bool Equals(BytesConstant? other) => other is not null && Value.AsSpan().SequenceEqual(other.Value);
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Value);
        return hash.ToHashCode();
    }
}
