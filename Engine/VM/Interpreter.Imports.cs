using Engine.Runtime;

namespace Engine.VM;

internal sealed partial class Interpreter
{
    /// <summary>
    /// Runs the body of a library module written in Python (an import): a frame of the module's
    /// code whose globals and locals are the module's dict, nested like a class body's. Its steps
    /// count against the run's limits; the trace leaves it out (its file is not the program's).
    /// Also runs what a library evaluates as CPython's library does with eval (_sandbox.eval):
    /// the result is the code's return value.
    /// </summary>
    internal PyObject RunImportedModule(PyCode code, PyDict globals) => RunCode(code, globals, globals);

    /// <summary>The globals of the frame <paramref name="depth"/> calls above the running one.</summary>
    internal PyDict? FrameGlobals(int depth)
    {
        var frame = Current;
        for (var i = 0; i < depth && frame is not null; i++) frame = frame.Back;
        return frame?.Globals;
    }
}
