using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// A generator: the suspended frame of a generator function. Each resumption runs the frame
/// until its next YIELD_VALUE (the value is the next item) or its return (the generator is
/// then exhausted; the return value is what `yield from` gets).
/// </summary>
public sealed class PyGenerator : PyIterator
{
    private readonly Interpreter _interpreter;
    private bool _started, _running;

    internal PyGenerator(Interpreter interpreter, Frame frame)
    {
        _interpreter = interpreter;
        Frame = frame;
        TypeSetupForGenerators.EnsureMethods();
    }

    internal Frame Frame { get; }
    public bool Finished { get; private set; }
    public PyObject ReturnValue { get; private set; } = PyNone.Instance;

    public override PyType Type => PyTypes.Generator;

    public override void WriteRepr(ReprWriter w) => w.Append("<generator object ").Append(Frame.QualName).Append(" at 0x?>");

    public override PyObject? Next() => Send(PyNone.Instance);

    /// <summary>generator.send(value): resumes the frame with <paramref name="value"/> as the result of its yield.</summary>
    public PyObject? Send(PyObject value)
    {
        if (Finished) return null;
        if (_running) throw PyException.ValueError("generator already executing");
        if (!_started && value is not PyNone) throw PyException.TypeError("can't send non-None value to a just-started generator");
        _started = true;
        _running = true;
        try
        {
            var result = _interpreter.Resume(Frame, value);
            if (Frame.Yielded)
            {
                Frame.Yielded = false;
                return result;
            }
            Finished = true;
            ReturnValue = result;
            return null;
        }
        catch
        {
            Finished = true;
            throw;
        }
        finally
        {
            _running = false;
        }
    }
}

/// <summary>The generator type's methods (send), registered once.</summary>
internal static class TypeSetupForGenerators
{
    private static readonly Lazy<bool> Done = new(() =>
    {
        PyTypes.Generator.AddMethod("send", (a, k) =>
        {
            ArgCheck.NoKeywords("send", k);
            if (a.Length != 2) throw PyException.TypeError($"generator.send() takes exactly one argument ({a.Length - 1} given)");
            return ((PyGenerator)a[0]).Send(a[1]) ?? throw new PyException(new PyBaseException(PyTypes.StopIteration, []));
        });
        return true;
    });

    public static void EnsureMethods() => _ = Done.Value;
}
