using Engine.Bytecode;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>What a suspended frame is: a generator, a coroutine (async def) or an async generator.</summary>
public enum GeneratorKind
{
    Generator,
    Coroutine,
    AsyncGenerator,
}

/// <summary>
/// A generator, coroutine or async generator: the suspended frame of such a function (genobject.c).
/// Each resumption runs the frame until its next YIELD_VALUE (the value is the next item) or its
/// return (it is then exhausted; the return value is what `yield from` / `await` gets). throw() and
/// close() raise an exception at the suspended yield, delegating to the sub-iterator of a
/// `yield from` / `await` in progress first, as gen_throw and gen_close do.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    private readonly Interpreter _interpreter;
    private bool _started, _running;

    internal PyGenerator(Interpreter interpreter, Frame frame, GeneratorKind kind = GeneratorKind.Generator)
    {
        _interpreter = interpreter;
        Frame = frame;
        Kind = kind;
        GeneratorTypes.EnsureMethods();
    }

    internal Frame Frame { get; }

    /// <summary>Where the frame that resumed it in place (a FOR_ITER) goes on when it is exhausted.</summary>
    internal int InlineExit;

    /// <summary>The generator's own exception state (gi_exc_state): the exception its except
    /// clause was handling when it yielded, made current again when it resumes; and, while it runs,
    /// the resumer's, restored when it yields, returns or raises.</summary>
    internal PyBaseException? OwnHandled, ResumerHandled;
    public GeneratorKind Kind { get; }
    public bool Finished { get; private set; }
    public bool Running => _running;
    public PyObject ReturnValue { get; private set; } = PyNone.Instance;

    public override PyType Type => Kind switch
    {
        GeneratorKind.Coroutine => GeneratorTypes.Coroutine,
        GeneratorKind.AsyncGenerator => GeneratorTypes.AsyncGenerator,
        _ => PyTypes.Generator,
    };

    /// <summary>"generator", "coroutine" or "async generator", as the messages name it.</summary>
    private string What => Kind switch
    {
        GeneratorKind.Coroutine => "coroutine",
        GeneratorKind.AsyncGenerator => "async generator",
        _ => "generator",
    };

    public override void WriteRepr(ReprWriter w) => w.Append('<').Append(Type.Name).Append(" object ").Append(Frame.QualName).Append(" at 0x?>");

    public override PyObject? Next() => Send(PyNone.Instance);

    /// <summary>generator.send(value): resumes the frame with <paramref name="value"/> as the result of its yield;
    /// null when the frame returned (<see cref="ReturnValue"/> holds what it returned).</summary>
    public PyObject? Send(PyObject value) => Step(value, null);

    /// <summary>gen_send_ex2: resumes the frame with a value or with an exception raised at its yield.</summary>
    private PyObject? Step(PyObject? sent, PyBaseException? thrown)
    {
        if (_running) throw PyException.ValueError($"{What} already executing");
        if (Finished)
        {
            if (Kind == GeneratorKind.Coroutine && thrown is null)
                throw PyException.RuntimeError("cannot reuse already awaited coroutine");
            if (thrown is not null) throw new PyException(thrown);
            ReturnValue = PyNone.Instance;
            return null;
        }
        if (!_started && thrown is null && sent is not PyNone)
            throw PyException.TypeError($"can't send non-None value to a just-started {What}");
        _started = true;
        _running = true;
        try
        {
            var result = thrown is null ? _interpreter.Resume(this, sent!) : _interpreter.ResumeThrow(this, thrown);
            if (Frame.Yielded)
            {
                Frame.Yielded = false;
                return result;
            }
            Finished = true;
            ReturnValue = result;
            return null;
        }
        catch (PyException e)
        {
            Finished = true;
            // PEP 479: a StopIteration leaving the frame would end the caller's loop silently.
            if (e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
                throw FromCause($"{What} raised StopIteration", e.Value);
            if (Kind == GeneratorKind.AsyncGenerator && e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
                throw FromCause("async generator raised StopAsyncIteration", e.Value);
            throw;
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

    /// <summary>Starts a resumption the interpreter runs in its own loop (a FOR_ITER over a plain
    /// generator): false when the generator cannot be resumed that way (running, finished, another kind).</summary>
    internal bool TryResumeInline()
    {
        if (_running || Finished || Kind != GeneratorKind.Generator || Frame.PendingThrow is not null) return false;
        _started = true;
        _running = true;
        return true;
    }

    /// <summary>The in-loop resumption ended at a yield.</summary>
    internal void InlineYielded() => _running = false;

    /// <summary>The in-loop resumption ended with the frame's return.</summary>
    internal void InlineReturned(PyObject value)
    {
        _running = false;
        Finished = true;
        ReturnValue = value;
    }

    /// <summary>The in-loop resumption ended with an exception leaving the frame: what the caller
    /// gets instead (PEP 479: a StopIteration becomes a RuntimeError).</summary>
    internal PyBaseException InlineRaised(PyBaseException raised)
    {
        _running = false;
        Finished = true;
        return raised.Type.IsSubtypeOf(PyTypes.StopIteration) ? FromCause($"{What} raised StopIteration", raised).Value : raised;
    }

    /// <summary>_PyErr_FormatFromCause: a RuntimeError whose cause (and context) is <paramref name="cause"/>.</summary>
    private static PyException FromCause(string message, PyBaseException cause)
    {
        var error = new PyBaseException(PyTypes.RuntimeError, [PyStr.From(message)]) { Cause = cause, Context = cause, SuppressContext = true };
        return new PyException(error);
    }

    /// <summary>_PyGen_yf: the sub-iterator of a `yield from` or `await` the frame is suspended in, or null.</summary>
    public PyObject? YieldFrom()
    {
        if (!_started || Finished || _running) return null;
        var code = Frame.Code.Bytes;
        var pc = Frame.Pc;
        if (pc + 1 >= code.Length || code[pc] != (byte)Opcode.RESUME || code[pc + 1] < 2 || Frame.Sp == 0) return null;
        return Frame.Stack[Frame.Sp - 1];
    }

    /// <summary>generator.throw(exc): raises <paramref name="exc"/> at the suspended yield (gen_throw / _gen_throw).</summary>
    public PyObject? Throw(PyBaseException exc)
    {
        if (_running) throw PyException.ValueError($"{What} already executing");
        if (YieldFrom() is not { } yf) return Step(null, exc);
        if (exc.Type.IsSubtypeOf(PyTypes.GeneratorExit))
        {
            // Closing the delegate first; an error from it replaces GeneratorExit.
            _running = true;
            PyBaseException? closeError = null;
            try { CloseIter(yf); }
            catch (PyException e) { closeError = e.Value; }
            finally { _running = false; }
            return Step(null, closeError ?? exc);
        }
        PyObject? yielded;
        PyObject returned;
        _running = true;
        try
        {
            if (yf is PyGenerator g)
            {
                yielded = g.Throw(exc);
                returned = g.ReturnValue;
            }
            else
            {
                var method = Ops.GetAttrOrNull(yf, "throw");
                if (method is null)
                {
                    _running = false;
                    return Step(null, exc);
                }
                yielded = Builtins.Call(method, exc);
                returned = PyNone.Instance;
            }
        }
        catch (PyException e) when (yf is not PyGenerator && e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
        {
            yielded = null;
            returned = e.Value.Value;
        }
        catch (PyException e)
        {
            _running = false;
            return Step(null, e.Value);
        }
        finally
        {
            _running = false;
        }
        if (yielded is not null) return yielded;
        // The delegate is done: pop it, leave the SEND loop (SEND is two instructions back), and
        // resume with its return value as the result of the `yield from`.
        Frame.Stack[--Frame.Sp] = null;
        var send = Frame.Pc - 4;
        Frame.Pc = send + 2 + Frame.Code.Bytes[send + 1] * 2;
        return Step(returned, null);
    }

    /// <summary>generator.close(): GeneratorExit raised at the yield; a yield in reply is an error (gen_close).</summary>
    public void Close()
    {
        PyBaseException? closeError = null;
        if (YieldFrom() is { } yf)
        {
            _running = true;
            try { CloseIter(yf); }
            catch (PyException e) { closeError = e.Value; }
            finally { _running = false; }
        }
        PyObject? yielded;
        try
        {
            yielded = Step(null, closeError ?? new PyBaseException(PyTypes.GeneratorExit, []));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
        {
            return;
        }
        if (yielded is not null) throw PyException.RuntimeError($"{What} ignored GeneratorExit");
    }

    /// <summary>gen_close_iter: close() on a delegate that has one.</summary>
    private static void CloseIter(PyObject yf)
    {
        if (yf is PyGenerator g)
        {
            g.Close();
            return;
        }
        if (Ops.GetAttrOrNull(yf, "close") is { } close) Builtins.Call(close);
    }

    /// <summary>gi_frame, gi_running, gi_code, gi_yieldfrom (cr_* for coroutines, ag_* for async generators).</summary>
    public PyObject? Attribute(string name)
    {
        var prefix = Kind switch { GeneratorKind.Coroutine => "cr_", GeneratorKind.AsyncGenerator => "ag_", _ => "gi_" };
        if (name == "__name__") return PyStr.From(Frame.Code.Code.Name);
        if (name == "__qualname__") return PyStr.From(Frame.QualName);
        if (!name.StartsWith(prefix, StringComparison.Ordinal)) return null;
        return name[3..] switch
        {
            "frame" => Finished ? PyNone.Instance : new PyFrameObject(Frame),
            "running" => PyBool.From(_running),
            "code" => Frame.Code,
            "yieldfrom" or "await" => YieldFrom() ?? PyNone.Instance,
            "suspended" => PyBool.From(_started && !Finished && !_running),
            _ => null,
        };
    }
}

/// <summary>A frame as a program sees it (gi_frame): where it is and what it runs.</summary>
public sealed class PyFrameObject : PyObject
{
    internal PyFrameObject(Frame frame) => Frame = frame;

    internal Frame Frame { get; }

    /// <summary>Where the frame that resumed it in place (a FOR_ITER) goes on when it is exhausted.</summary>
    internal int InlineExit;

    /// <summary>The generator's own exception state (gi_exc_state): the exception its except
    /// clause was handling when it yielded, made current again when it resumes; and, while it runs,
    /// the resumer's, restored when it yields, returns or raises.</summary>
    internal PyBaseException? OwnHandled, ResumerHandled;
    public override PyType Type => GeneratorTypes.FrameType;

    private int? Line => Frame.Pc == 0 ? Frame.Code.Code.FirstLineNo : Frame.Code.LineAt(Math.Max(0, Frame.Pc - 2));

    public override void WriteRepr(ReprWriter w) =>
        w.Append("<frame at 0x?, file '").Append(Frame.Code.Code.Filename).Append("', line ")
            .Append((Line ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(", code ").Append(Frame.Code.Code.Name).Append('>');

    public PyObject? Attribute(string name) => name switch
    {
        "f_lineno" => Line is { } l ? PyInt.From(l) : PyNone.Instance,
        "f_code" => Frame.Code,
        "f_lasti" => PyInt.From(Math.Max(0, Frame.Pc - 2)),
        _ => null,
    };
}

/// <summary>The generator, coroutine and async generator types' methods, registered once.</summary>
internal static class GeneratorTypes
{
    public static readonly PyType Coroutine = new("coroutine", PyTypes.Object);
    public static readonly PyType AsyncGenerator = new("async_generator", PyTypes.Object);
    public static readonly PyType FrameType = new("frame", PyTypes.Object);

    private static readonly Lazy<bool> Done = new(() =>
    {
        foreach (var type in new[] { PyTypes.Generator, Coroutine })
        {
            type.AddMethod("send", (a, k) =>
            {
                ArgCheck.NoKeywords("send", k);
                if (a.Length != 2) throw PyException.TypeError($"{a[0].Type.Name}.send() takes exactly one argument ({a.Length - 1} given)");
                var g = (PyGenerator)a[0];
                return g.Send(a[1]) ?? throw Stop(g.ReturnValue);
            });
            type.AddMethod("throw", (a, k) =>
            {
                ArgCheck.NoKeywords("throw", k);
                if (a.Length is < 2 or > 4) throw PyException.TypeError($"throw expected at least 1 argument, got {a.Length - 1}");
                var g = (PyGenerator)a[0];
                return g.Throw(ThrownException(a[1..])) ?? throw Stop(g.ReturnValue);
            });
            type.AddMethod("close", (a, k) =>
            {
                ArgCheck.Exactly("close", a, k, 1);
                ((PyGenerator)a[0]).Close();
                return PyNone.Instance;
            });
        }
        Awaitables.RegisterAsyncGenerator();
        Coroutine.AddMethod("__await__", (a, k) =>
        {
            ArgCheck.Exactly("__await__", a, k, 1);
            return new CoroutineWrapper((PyGenerator)a[0]);
        });
        return true;
    });

    public static void EnsureMethods() => _ = Done.Value;

    /// <summary>StopIteration carrying a return value (None gives StopIteration()).</summary>
    internal static PyException Stop(PyObject value) =>
        new(new PyBaseException(PyTypes.StopIteration, value is PyNone ? [] : [value]));

    /// <summary>throw(type[, value[, traceback]]) or throw(instance): the exception to raise (_gen_throw's checks).</summary>
    private static PyBaseException ThrownException(ReadOnlySpan<PyObject> args)
    {
        var typ = args[0];
        var val = args.Length > 1 ? args[1] : PyNone.Instance;
        var tb = args.Length > 2 ? args[2] : PyNone.Instance;
        if (tb is not (PyNone or PyTraceback)) throw PyException.TypeError("throw() third argument must be a traceback object");
        PyBaseException exc;
        if (typ is PyType t && t.IsSubtypeOf(PyTypes.BaseException))
        {
            if (val is PyBaseException given && given.Type.IsSubtypeOf(t)) exc = given;
            else
            {
                var ctorArgs = val switch { PyNone => Array.Empty<PyObject>(), PyTuple tuple => tuple.Items, _ => [val] };
                exc = Builtins.Call(t, ctorArgs) as PyBaseException ?? throw PyException.TypeError("calling the exception class did not return an exception");
            }
        }
        else if (typ is PyBaseException instance)
        {
            if (val is not PyNone) throw PyException.TypeError("instance exception may not have a separate value");
            exc = instance;
        }
        else throw PyException.TypeError($"exceptions must be classes or instances deriving from BaseException, not {typ.Type.Name}");
        if (tb is PyTraceback traceback) exc.Traceback = traceback.Entry;
        return exc;
    }
}

/// <summary>coroutine.__await__(): an iterator over the coroutine (coroutine_wrapper).</summary>
internal sealed class CoroutineWrapper(PyGenerator coroutine) : PyIterator
{
    public PyGenerator Coroutine { get; } = coroutine;
    private static readonly PyType WrapperType = new("coroutine_wrapper", PyTypes.Object);
    public override PyType Type => WrapperType;
    public override PyObject? Next() => Coroutine.Send(PyNone.Instance);
    public override void WriteRepr(ReprWriter w) => w.Append("<coroutine_wrapper object at 0x?>");
}
