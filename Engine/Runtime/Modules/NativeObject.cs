namespace Engine.Runtime.Modules;

/// <summary>An instance of a type a module defines in C#, whose behaviour is all in the type's
/// methods (sys.stdout, __future__'s features): its repr is given, or the default one.</summary>
public sealed class NativeObject(PyType type, string? repr = null) : PyObject
{
    public override PyType Type => type;

    public override void WriteRepr(ReprWriter w)
    {
        if (repr is not null) w.Append(repr);
        else w.Append("<" + type.Module + "." + type.Name + " object at 0x?>");
    }
}
