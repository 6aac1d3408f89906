using System.Text;

namespace Engine.Runtime;

/// <summary>
/// The root of every Python value the VM handles. Each subclass mirrors one CPython type;
/// behaviour that CPython puts in type slots (repr, str, truth, hash) is virtual here, the
/// binary operators live in <see cref="Ops"/>.
/// </summary>
public abstract class PyObject
{
    public abstract PyType Type { get; }

    /// <summary>The instance's __dict__, for objects that have one (instances of the program's classes).</summary>
    public virtual PyDict? InstanceDict => null;

    /// <summary>The instance's __dict__ if it was made; null where <see cref="InstanceDict"/> would
    /// make an empty one (a read needs none: an exception's raise looked up a method on it and
    /// made a dict of 200 bytes for nothing).</summary>
    public virtual PyDict? InstanceDictIfAny => InstanceDict;

    /// <summary>repr(self), written into <paramref name="w"/> (which may stop early when it is full).</summary>
    public virtual void WriteRepr(ReprWriter w) => w.Append("<" + Type.Name + " object at 0x?>");

    /// <summary>str(self); by default the repr, as object.__str__ does.</summary>
    public virtual void WriteStr(ReprWriter w) => WriteRepr(w);

    /// <summary>bool(self): objects are true unless their type says otherwise (nb_bool / sq_length).</summary>
    public virtual bool IsTrue() => true;

    /// <summary>hash(self). Mutable containers raise TypeError like CPython's PyObject_HashNotImplemented.</summary>
    public virtual long Hash() => IdentityHash(this);

    /// <summary>id(o): a stand-in for the object's address, 16-byte aligned as CPython's are.</summary>
    public static long Id(PyObject o) => o.IdentityNumber();

    /// <summary>This object's id(). By default from the identity hash code .NET gives it, which
    /// depends on the thread's history; the run's own instances and classes number themselves
    /// (<see cref="RuntimeContext.IdentityOf"/>), so that a set of them iterates in the same
    /// order every time the program runs.</summary>
    private protected virtual long IdentityNumber() => AddressLike(this);

    /// <summary>The default id: below 2**35, apart from the numbers a run gives out.</summary>
    internal static long AddressLike(PyObject o) => (System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o) + 1L) << 4;

    /// <summary>object.__hash__ (_Py_HashPointer): id(o) rotated right by 4 bits, so hash(o) == id(o) >> 4.</summary>
    public static long IdentityHash(PyObject o) => Engine.Hashing.PyHash.OfPointer(Id(o));

    /// <summary>self == other for the object's own type; null means NotImplemented.</summary>
    public virtual bool? EqualsObject(PyObject other) => ReferenceEquals(this, other);

    public string Repr()
    {
        // The commonest values' text directly: a writer is a StringBuilder, its buffer and a list,
        // about 250 bytes for what str(12345) answers with 32.
        if (GetType() == typeof(PyInt)) return ((PyInt)this).ToDecimalString();
        if (GetType() == typeof(PyFloat)) return Engine.Syntax.PyRepr.Float(((PyFloat)this).Value);
        var w = new ReprWriter();
        WriteRepr(w);
        return w.ToString();
    }

    public string Str()
    {
        if (GetType() == typeof(PyStr)) return ((PyStr)this).Value;
        if (GetType() == typeof(PyInt) || GetType() == typeof(PyFloat)) return Repr(); // str is repr for both
        var w = new ReprWriter();
        WriteStr(w);
        return w.ToString();
    }

    public override string ToString() => Repr();
}

/// <summary>
/// Builds a repr or str. It can be capped (<see cref="MaxLength"/>): containers stop writing
/// items once it is full, so the trace's 200-character reprs of a huge list cost 200 characters,
/// not the whole list. It also guards against self-containing containers ([...]) and nesting
/// deeper than the recursion limit, which would otherwise overflow the .NET stack.
/// </summary>
public sealed class ReprWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<PyObject> _inProgress = [];

    public ReprWriter(long maxLength = long.MaxValue) => MaxLength = maxLength;

    public long MaxLength { get; }
    public bool Full => _text.Length > MaxLength;
    public int Length => _text.Length;

    public ReprWriter Append(string s)
    {
        if (!Full) _text.Append(s);
        return this;
    }

    public ReprWriter Append(char c)
    {
        if (!Full) _text.Append(c);
        return this;
    }

    /// <summary>Writes repr(item) of a container's item; false (and nothing written) when the
    /// item is already being written further up, the caller then writes the "..." marker.</summary>
    public bool TryEnter(PyObject container)
    {
        foreach (var o in _inProgress)
            if (ReferenceEquals(o, container)) return false;
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (_inProgress.Count >= RuntimeContext.Current.RecursionLimit)
            throw PyException.RecursionError("maximum recursion depth exceeded while getting the repr of an object");
        _inProgress.Add(container);
        return true;
    }

    public void Exit(PyObject container) => _inProgress.RemoveAt(_inProgress.Count - 1);

    public void Repr(PyObject o) => o.WriteRepr(this);

    public override string ToString() => _text.ToString();
}
