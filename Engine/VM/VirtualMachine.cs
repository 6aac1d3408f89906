using Engine.Bytecode;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// Runs a module code object in the sandbox. Nothing in the VM reaches files, the network,
/// processes or imports: the builtins offer none of them (see <see cref="Runtime.Builtins"/>).
/// </summary>
public static class VirtualMachine
{
    /// <param name="source">The program's text, for the source lines of the printed traceback (null for a .pyc).</param>
    /// <param name="traceStream">Where the trace's steps go as they are settled (the streamed answer), instead of the result.</param>
    public static ExecutionResult Execute(CodeObject module, ExecutionOptions options, CancellationToken cancel = default, string? source = null,
        TraceStreamWriter? traceStream = null)
    {
        var stdout = new OutputSink(options.MaxOutputChars);
        var context = new RuntimeContext(stdout, options.Stdin, new MemoryBudget(options.MaxMemoryBytes, options.MemoryIsolation), options.RecursionLimit);
        var recorder = options.Trace ? new TraceRecorder(options.MaxTraceSteps, options.MaxMemoryBytes / 2, module.Filename, traceStream) : null;
        Interpreter? interpreter = null;
        PyDict? globals = null;
        var status = ExecutionStatus.Ok;
        ExceptionInfo? exception = null;
        LimitInfo? limit = null;
        using (context.Enter())
        {
            try
            {
                var builtins = Builtins.Create();
                globals = new PyDict();
                globals.Set("__name__", PyStr.From("__main__"));
                globals.Set("__builtins__", builtins);
                interpreter = new Interpreter(options, recorder, builtins, cancel);
                interpreter.AddInterpreterBuiltins(builtins);
                context.CallObject = (callable, args) => interpreter.CallObject(callable, args);
                context.CallWithKeywords = interpreter.CallObject;
                context.SecondsLeft = interpreter.SecondsLeft;
                context.SetRecursionLimit = interpreter.SetRecursionLimit;
                context.HandledException = interpreter.HandledException;
                context.RunModuleCode = interpreter.RunImportedModule;
                context.Untraced = interpreter.Untraced;
                context.BuiltinsDict = builtins;
                context.FrameGlobals = interpreter.FrameGlobals;
                interpreter.RunModule(new PyCode(module), globals);
            }
            catch (PyException e)
            {
                status = ExecutionStatus.Error;
                // The program has ended: a __str__ the description runs is not traced (CPython's
                // trace hook is gone by the time the traceback is printed).
                var formatter = new TracebackFormatter(source, module.Filename);
                if (interpreter is null) exception = Describe(e.Value, formatter, module.Filename);
                else interpreter.Quietly(() => exception = Describe(e.Value, formatter, module.Filename));
            }
            catch (ResourceLimitException e)
            {
                if (e.Limit == ResourceLimit.Memory) Abandon(interpreter, ref globals, context);
                (status, limit) = options.Stopped(e.Limit);
            }
            catch (OutOfMemoryException)
            {
                Abandon(interpreter, ref globals, context);
                (status, limit) = options.Stopped(ResourceLimit.Memory);
            }
            catch (Exception e)
            {
                // A fault of the VM itself (not of the program) still ends as an answer, never as a crash.
                status = ExecutionStatus.Error;
                exception = new ExceptionInfo("SystemError", "internal error: " + e.GetType().Name + ": " + e.Message, []);
            }
            if (recorder is not null)
            {
                try
                {
                    if (interpreter is null) recorder.Finish(null);
                    else interpreter.Quietly(() => recorder.Finish(interpreter.Current));
                }
                catch (Exception)
                {
                    // Settling the last steps runs reprs; a failure there leaves those steps' state empty.
                }
                recorder.Close();
            }
        }
        var streamed = recorder is not null && traceStream is not null;
        return new ExecutionResult(status, stdout.ToString(), exception, interpreter?.Steps ?? 0,
            streamed ? null : recorder?.Steps, recorder?.Truncated ?? false, limit) { TraceStreamed = streamed };
    }

    /// <summary>
    /// Lets go of everything the program holds once it has run out of memory, so that the answer
    /// can be built in the room that frees. The last trace steps are then left unsettled (their
    /// stack and locals empty): settling them would mean calling repr on what was let go.
    /// </summary>
    private static void Abandon(Interpreter? interpreter, ref PyDict? globals, RuntimeContext context)
    {
        interpreter?.Abandon();
        globals = null;
        context.Memory.Released();
    }

    private static ExceptionInfo Describe(PyBaseException e, TracebackFormatter formatter, string filename)
    {
        var frames = new List<TracebackFrame>();
        // Library modules' frames are left out, as the oracle leaves them out.
        for (var tb = e.Traceback; tb is not null; tb = tb.Next)
            if (tb.Code is null || tb.Code.Filename == filename) frames.Add(new TracebackFrame(tb.Name, tb.Line));
        string message;
        try { message = e.Str(); }
        catch (PyException) { message = "<exception str() failed>"; }
        string? formatted;
        try { formatted = formatter.Format(e); }
        catch (ResourceLimitException)
        {
            // The program's own __str__ ran out of its limits while the traceback was printed: no text then.
            formatted = null;
        }
        return new ExceptionInfo(e.Type.Name, message, frames) { Formatted = formatted };
    }
}
