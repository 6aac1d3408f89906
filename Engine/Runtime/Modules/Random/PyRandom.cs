namespace Engine.Runtime.Modules;

/// <summary>A random.Random instance: its generator and the gauss() spare value.</summary>
public sealed class PyRandom : PyObject
{
    internal readonly MersenneTwister Generator = new();
    internal PyObject GaussNext = PyNone.Instance;

    public override PyType Type => RandomModule.RandomType;

    public override void WriteRepr(ReprWriter w) => w.Append("<random.Random object at 0x?>");
}
