using Engine.Syntax;

namespace Engine.Runtime;

/// <summary>Python's float (a C double); repr is <see cref="PyRepr.Float"/>, the shortest round-trip form.</summary>
public class PyFloat(double value) : PyObject
{
    public readonly double Value = value;

    public override PyType Type => PyTypes.Float;
    public override bool IsTrue() => Value != 0;
    public override void WriteRepr(ReprWriter w) => w.Append(PyRepr.Float(Value));
    public override long Hash() => NumericHash.OfDouble(Value, this);

    public override bool? EqualsObject(PyObject other) => other switch
    {
        PyFloat f => Value == f.Value,
        PyInt i => NumericCompare.IntFloat(i, Value) == 0,
        PyComplex c => c.Imag == 0 && c.Real == Value,
        _ => null,
    };
}

/// <summary>Python's complex: the basics (arithmetic, repr, equality).</summary>
public sealed class PyComplex(double real, double imag) : PyObject
{
    public readonly double Real = real, Imag = imag;

    public override PyType Type => PyTypes.Complex;
    public override bool IsTrue() => Real != 0 || Imag != 0;
    public override void WriteRepr(ReprWriter w) => w.Append(PyRepr.Complex(Real, Imag));

    public override long Hash()
    {
        // complex_hash: hash(real) + 1000003 * hash(imag), wrapping; a NaN part hashes as the object.
        return Engine.Hashing.PyHash.OfComplex(NumericHash.OfDouble(Real, this), NumericHash.OfDouble(Imag, this));
    }

    public override bool? EqualsObject(PyObject other) => other switch
    {
        PyComplex c => Real == c.Real && Imag == c.Imag,
        PyFloat f => Imag == 0 && Real == f.Value,
        PyInt i => Imag == 0 && NumericCompare.IntFloat(i, Real) == 0,
        _ => null,
    };
}

/// <summary>None.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyNone Instance = new();
    private PyNone() { }
    public override PyType Type => PyTypes.NoneType;
    public override bool IsTrue() => false;
    public override void WriteRepr(ReprWriter w) => w.Append("None");
    public override long Hash() => Engine.Hashing.PyHash.NoneHash;
}

/// <summary>Ellipsis (...), and NotImplemented.</summary>
public sealed class PySingleton(string repr, PyType type) : PyObject
{
    public static readonly PySingleton Ellipsis = new("Ellipsis", PyTypes.Ellipsis);
    public static readonly PySingleton NotImplemented = new("NotImplemented", PyTypes.NotImplementedType);
    public override PyType Type => type;
    public override void WriteRepr(ReprWriter w) => w.Append(repr);

    public override long Hash() =>
        ReferenceEquals(this, Ellipsis) ? Engine.Hashing.PyHash.EllipsisHash : Engine.Hashing.PyHash.NotImplementedHash;
}
