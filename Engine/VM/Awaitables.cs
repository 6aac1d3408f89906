using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// What `await`, `async for` and `yield from` run on (ceval.c's SEND, GET_AWAITABLE, GET_AITER and
/// GET_ANEXT; genobject.c's async generator awaitables): a coroutine or generator is resumed
/// directly, other iterators through __next__ or send.
/// </summary>
internal static class Awaitables
{
    /// <summary>SEND: the value the receiver yields, or null and what it returned.</summary>
    public static (PyObject? Yielded, PyObject Returned) Send(PyObject receiver, PyObject sent)
    {
        switch (receiver)
        {
            case PyGenerator g:
                return (g.Send(sent), g.ReturnValue);
            case CoroutineWrapper w:
                return (w.Coroutine.Send(sent), w.Coroutine.ReturnValue);
            case AsyncGenASend a:
                return (a.Send(sent), a.ReturnValue);
        }
        try
        {
            if (sent is PyNone && receiver is PyIterator it) return (it.Next(), PyNone.Instance);
            var method = sent is PyNone ? "__next__" : "send";
            var bound = Ops.GetAttrOrNull(receiver, method)
                ?? throw PyException.AttributeError($"'{receiver.Type.TpName}' object has no attribute '{method}'");
            return (sent is PyNone ? Builtins.Call(bound) : Builtins.Call(bound, sent), PyNone.Instance);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.StopIteration))
        {
            return (null, e.Value.Value);
        }
    }

    /// <summary>GET_AWAITABLE (_PyCoro_GetAwaitableIter): a coroutine itself, else what __await__ returns.</summary>
    public static PyObject GetAwaitable(PyObject o, int where)
    {
        if (o is PyGenerator { Kind: GeneratorKind.Coroutine } coroutine)
        {
            if (coroutine.YieldFrom() is not null) throw PyException.RuntimeError("coroutine is being awaited already");
            return coroutine;
        }
        var await = o is PyType ? null : o.Type.Lookup("__await__");
        if (await is null)
        {
            throw PyException.TypeError(where switch
            {
                1 => $"'async with' received an object from __aenter__ that does not implement __await__: {o.Type.Name}",
                2 => $"'async with' received an object from __aexit__ that does not implement __await__: {o.Type.Name}",
                _ => $"object {o.Type.Name} can't be used in 'await' expression",
            });
        }
        var result = Builtins.Call(Descriptors.Get(await, o, o.Type));
        if (result is PyGenerator { Kind: GeneratorKind.Coroutine })
            throw PyException.TypeError("__await__() returned a coroutine");
        if (result is not PyIterator && Ops.GetAttrOrNull(result, "__next__") is null)
            throw PyException.TypeError($"__await__() returned non-iterator of type '{result.Type.Name}'");
        return result;
    }

    /// <summary>GET_AITER: __aiter__().</summary>
    public static PyObject GetAIter(PyObject o)
    {
        if (o is PyGenerator { Kind: GeneratorKind.AsyncGenerator }) return o;
        var aiter = o is PyType ? null : o.Type.Lookup("__aiter__");
        if (aiter is null)
            throw PyException.TypeError($"'async for' requires an object with __aiter__ method, got {o.Type.Name}");
        var result = Builtins.Call(Descriptors.Get(aiter, o, o.Type));
        if (result is not PyGenerator { Kind: GeneratorKind.AsyncGenerator } && (result is PyType || result.Type.Lookup("__anext__") is null))
            throw PyException.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {result.Type.Name}");
        return result;
    }

    /// <summary>GET_ANEXT: the awaitable of __anext__().</summary>
    public static PyObject GetANext(PyObject aiter)
    {
        if (aiter is PyGenerator { Kind: GeneratorKind.AsyncGenerator } gen) return new AsyncGenASend(gen, PyNone.Instance);
        var anext = aiter is PyType ? null : aiter.Type.Lookup("__anext__");
        if (anext is null)
            throw PyException.TypeError($"'async for' requires an iterator with __anext__ method, got {aiter.Type.Name}");
        var next = Builtins.Call(Descriptors.Get(anext, aiter, aiter.Type));
        try
        {
            return GetAwaitable(next, 0);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.TypeError))
        {
            throw PyException.TypeError($"'async for' received an invalid object from __anext__: {next.Type.Name}");
        }
    }

    internal static void RegisterAsyncGenerator()
    {
        var type = GeneratorTypes.AsyncGenerator;
        type.AddMethod("__aiter__", (a, k) => { ArgCheck.Exactly("__aiter__", a, k, 1); return a[0]; });
        type.AddMethod("__anext__", (a, k) =>
        {
            ArgCheck.Exactly("__anext__", a, k, 1);
            return new AsyncGenASend((PyGenerator)a[0], PyNone.Instance);
        });
        type.AddMethod("asend", (a, k) =>
        {
            ArgCheck.Exactly("asend", a, k, 2);
            return new AsyncGenASend((PyGenerator)a[0], a[1]);
        });
        type.AddMethod("aclose", (a, k) =>
        {
            ArgCheck.Exactly("aclose", a, k, 1);
            return new AsyncGenASend((PyGenerator)a[0], PyNone.Instance, close: true);
        });
        AsyncGenASend.AwaitableType.AddMethod("send", (a, k) =>
        {
            ArgCheck.Exactly("send", a, k, 2);
            var s = (AsyncGenASend)a[0];
            return s.Send(a[1]) ?? throw GeneratorTypes.Stop(s.ReturnValue);
        });
        AsyncGenASend.AwaitableType.AddMethod("__await__", (a, k) => { ArgCheck.Exactly("__await__", a, k, 1); return a[0]; });
    }
}

/// <summary>A value an async generator yields (ASYNC_GEN_WRAP), told apart from what its awaits yield to the event loop.</summary>
internal sealed class AsyncGenWrapped(PyObject value) : PyObject
{
    public PyObject Value { get; } = value;
    private static readonly PyType WrappedType = new("async_generator_wrapped_value", PyTypes.Object);
    public override PyType Type => WrappedType;
}

/// <summary>The awaitable of async_generator.__anext__() / asend() / aclose(): each step resumes the
/// async generator; its wrapped yield finishes the await with that value, its return ends the
/// iteration with StopAsyncIteration.</summary>
internal sealed class AsyncGenASend : PyIterator
{
    public static readonly PyType AwaitableType = new("async_generator_asend", PyTypes.Object);
    private readonly PyGenerator _gen;
    private PyObject? _first;
    private readonly bool _close;

    public AsyncGenASend(PyGenerator gen, PyObject first, bool close = false)
    {
        _gen = gen;
        _first = first;
        _close = close;
        GeneratorTypes.EnsureMethods();
    }

    public PyObject ReturnValue { get; private set; } = PyNone.Instance;
    public override PyType Type => AwaitableType;
    public override void WriteRepr(ReprWriter w) => w.Append("<async_generator_asend object at 0x?>");
    public override PyObject? Next() => Send(PyNone.Instance);

    public PyObject? Send(PyObject value)
    {
        var sent = _first ?? value;
        _first = null;
        if (_close)
        {
            _gen.Close();
            return null;
        }
        var result = _gen.Finished ? null : _gen.Send(sent);
        if (result is AsyncGenWrapped wrapped)
        {
            ReturnValue = wrapped.Value;
            return null;
        }
        if (result is null) throw new PyException(new PyBaseException(ExceptionTypes.StopAsyncIteration, []));
        return result;
    }
}
