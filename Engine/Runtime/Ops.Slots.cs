namespace Engine.Runtime;

public static partial class Ops
{
    /// <summary>What a builtin type's own binary slot answers (int.__add__(a, b)): the result, or
    /// NotImplemented; the operands are plain builtin values, so no class is consulted.</summary>
    public static PyObject BinarySlot(BinaryOp op, PyObject a, PyObject b) =>
        BinaryOrNull(op, a, b) ?? PySingleton.NotImplemented;

    /// <summary>A builtin type's own rich comparison: NotImplemented where the types do not compare.</summary>
    public static PyObject CompareSlot(PyObject a, PyObject b, CompareOp op)
    {
        switch (op)
        {
            case CompareOp.Eq: return a.EqualsObject(b) is { } eq ? PyBool.From(eq) : PySingleton.NotImplemented;
            case CompareOp.Ne: return a.EqualsObject(b) is { } ne ? PyBool.From(!ne) : PySingleton.NotImplemented;
        }
        try
        {
            return PyBool.From(NativeCompare(a, b, op));
        }
        catch (PyException e) when (e.Value.Type == PyTypes.TypeError)
        {
            return PySingleton.NotImplemented;
        }
    }
}
