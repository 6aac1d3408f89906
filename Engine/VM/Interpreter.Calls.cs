using Engine.Bytecode;
using Engine.Runtime;

namespace Engine.VM;

internal sealed partial class Interpreter
{
    /// <summary>
    /// A frame for a call of <paramref name="function"/>, its parameters bound from the
    /// arguments as CPython's initialize_locals does (positional, keywords, defaults, *args,
    /// **kwargs), with CPython's TypeError messages. Raises RecursionError past the limit.
    /// </summary>
    private Frame NewFrame(PyFunction function, ReadOnlySpan<PyObject> args, string[]? kwnames, Frame caller)
    {
        if (_depth >= _maxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        var code = function.Code.Code;
        Frame frame;
        if (function.SpareFrames is Frame spare && ReferenceEquals(spare.Code, function.Code) && ReferenceEquals(spare.Builtins, _builtins))
        {
            function.SpareFrames = spare.NextSpare;
            spare.Reuse(caller);
            frame = spare;
        }
        else frame = new Frame(function.Code, function.Globals, _builtins, null, function, caller);
        Span<PyObject?> fast = frame.Fast; // a span: no covariance check per store
        if (kwnames is null && args.Length == code.ArgCount && code.KwOnlyArgCount == 0
            && (code.Flags & (CodeFlags.VARARGS | CodeFlags.VARKEYWORDS)) == 0)
        {
            // The usual call (CALL_PY_EXACT_ARGS): each argument is its parameter. A few are stored
            // one by one: a span copy of references is a runtime call (a bulk move with its GC
            // bookkeeping) that costs more than the stores for one or two arguments.
            if (args.Length <= 4)
                for (var i = 0; i < args.Length; i++) fast[i] = args[i];
            else args.CopyTo(fast!);
            _depth++;
            return frame;
        }
        var kwCount = kwnames?.Length ?? 0;
        var given = args.Length - kwCount;
        var argCount = code.ArgCount;
        var kwOnly = code.KwOnlyArgCount;
        var hasVarArgs = (code.Flags & CodeFlags.VARARGS) != 0;
        var hasVarKw = (code.Flags & CodeFlags.VARKEYWORDS) != 0;
        var name = function.QualName;

        var n = Math.Min(given, argCount);
        for (var i = 0; i < n; i++) fast[i] = args[i];
        if (hasVarArgs)
            fast[argCount + kwOnly] = given > argCount ? PyTuple.Create(args[argCount..given].ToArray()) : PyTuple.Empty;
        PyDict? extraKw = null;
        if (hasVarKw)
        {
            extraKw = new PyDict();
            fast[argCount + kwOnly + (hasVarArgs ? 1 : 0)] = extraKw;
        }

        for (var k = 0; k < kwCount; k++)
        {
            var keyword = kwnames![k];
            var value = args[given + k];
            var index = Array.IndexOf(code.VarNames, keyword, code.PosOnlyArgCount, argCount + kwOnly - code.PosOnlyArgCount);
            if (index >= 0)
            {
                if (fast[index] is not null) throw PyException.TypeError($"{name}() got multiple values for argument '{keyword}'");
                fast[index] = value;
            }
            else if (extraKw is not null) extraKw.Set(keyword, value);
            else if (Array.IndexOf(code.VarNames, keyword, 0, code.PosOnlyArgCount) >= 0)
                throw PyException.TypeError($"{name}() got some positional-only arguments passed as keyword arguments: '{keyword}'");
            else throw PyException.TypeError($"{name}() got an unexpected keyword argument '{keyword}'");
        }

        if (given > argCount && !hasVarArgs) throw TooManyPositional(function, given);

        // Defaults fill the last len(defaults) positional parameters.
        var defaults = function.Defaults;
        var firstDefault = argCount - defaults.Length;
        List<string>? missing = null;
        for (var i = given; i < argCount; i++)
        {
            if (fast[i] is not null) continue;
            if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
            else (missing ??= []).Add(code.VarNames[i]);
        }
        if (missing is not null) throw Missing(name, missing, "positional");
        for (var i = argCount; i < argCount + kwOnly; i++)
        {
            if (fast[i] is not null) continue;
            var fallback = function.KwDefaults?.Get(code.VarNames[i]);
            if (fallback is not null) fast[i] = fallback;
            else (missing ??= []).Add(code.VarNames[i]);
        }
        if (missing is not null) throw Missing(name, missing, "keyword-only");
        _depth++;
        return frame;
    }

    private static PyException TooManyPositional(PyFunction function, int given)
    {
        var code = function.Code.Code;
        var max = code.ArgCount;
        var min = max - function.Defaults.Length;
        var takes = min == max ? $"{max} positional argument{(max == 1 ? "" : "s")}" : $"from {min} to {max} positional arguments";
        return PyException.TypeError($"{function.QualName}() takes {takes} but {given} {(given == 1 ? "was" : "were")} given");
    }

    /// <summary>"f() missing 2 required positional arguments: 'a' and 'b'" (three or more: "'a', 'b', and 'c'").</summary>
    private static PyException Missing(string function, List<string> names, string kind)
    {
        var quoted = names.Select(n => "'" + n + "'").ToList();
        var list = quoted.Count switch
        {
            1 => quoted[0],
            2 => quoted[0] + " and " + quoted[1],
            _ => string.Join(", ", quoted.Take(quoted.Count - 1)) + ", and " + quoted[^1],
        };
        return PyException.TypeError($"{function}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }

    /// <summary>Calls anything that is not a Python function: builtins, builtin methods, types.</summary>
    private PyObject CallNative(PyObject target, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        switch (target)
        {
            case PyBuiltinFunction b:
                return b.Impl(args, kwnames);
            case PyType t when t.Constructor is not null:
                return t.Constructor(args, kwnames);
            case PyBoundMethod m:
                return CallObject(m.Function, [m.Self, .. args], kwnames);
            case PyFunction:
                return CallObject(target, args.ToArray(), kwnames);
            case PyType t:
                throw PyException.TypeError($"cannot create '{t.Name}' instances");
            case PyClassMethod or PyStaticMethod:
                break;
            case PyGenericAlias alias:
                return CallObject(alias.Origin, args.ToArray(), kwnames);
            case var _ when target.Type.IsUserDefined && target.Type.Lookup("__call__") is { } call:
                return CallObject(Descriptors.Get(call, target, target.Type), args.ToArray(), kwnames);
        }
        throw PyException.TypeError($"'{target.Type.TpName}' object is not callable");
    }

    /// <summary>Resumes a generator's frame (pushing the sent value as its yield's result) until it yields or returns.</summary>
    internal PyObject Resume(PyGenerator generator, PyObject sent)
    {
        if (_reentry >= MaxNativeReentry || _depth >= _maxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        var frame = generator.Frame;
        frame.Back = Current;
        frame.Push(sent);
        _depth++;
        EnterGenerator(generator);
        try
        {
            if (TryResumeCompiled(frame, out var yielded)) return yielded;
            // Where compiled code stopped (in the frame, or in one it called), if it ran.
            return RunNested(frame, ReferenceEquals(Current, frame.Back) ? null : Current);
        }
        finally
        {
            LeaveGenerator(generator);
        }
    }

    /// <summary>Makes a resumed generator's own handled exception current (the resumer's stays
    /// current when it has none, as sys.exc_info() walks the chain of exception states).</summary>
    private void EnterGenerator(PyGenerator generator)
    {
        // Stores only where something changes (no exception is handled on either side, the usual
        // resumption, stores nothing): a reference store pays a GC write barrier, even of a null.
        if (_handled is { } handled) generator.ResumerHandled = handled;
        if (generator.OwnHandled is { } own) _handled = own;
    }

    /// <summary>Keeps what the generator is handling as its own and gives the resumer back its own.</summary>
    private void LeaveGenerator(PyGenerator generator)
    {
        var resumer = generator.ResumerHandled;
        var current = _handled;
        if (!ReferenceEquals(current, resumer))
        {
            generator.OwnHandled = current;
            _handled = resumer;
        }
        else if (generator.OwnHandled is not null) generator.OwnHandled = null;
        if (resumer is not null) generator.ResumerHandled = null;
    }

    /// <summary>Runs <paramref name="frame"/> (already counted in the depth) in a loop nested in the
    /// current one, until it returns; the nesting of loops is bounded by MaxNativeReentry.</summary>
    private PyObject RunNested(Frame frame, Frame? top = null)
    {
        var caller = frame.Back;
        _reentry++;
        try
        {
            return Run(frame, top);
        }
        finally
        {
            _reentry--;
            Current = caller;
        }
    }

    /// <summary>Resumes a generator's frame by raising <paramref name="thrown"/> at its yield (generator.throw, close).</summary>
    internal PyObject ResumeThrow(PyGenerator generator, PyBaseException thrown)
    {
        if (_reentry >= MaxNativeReentry || _depth >= _maxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        var frame = generator.Frame;
        var caller = Current;
        frame.Back = caller;
        frame.PendingThrow = thrown;
        _depth++;
        _reentry++;
        EnterGenerator(generator);
        try
        {
            return Run(frame);
        }
        finally
        {
            LeaveGenerator(generator);
            frame.PendingThrow = null;
            _reentry--;
            Current = caller;
        }
    }

    /// <summary>
    /// Calls a callable from C# code (a builtin that takes a function, such as sorted(key=...)):
    /// a Python function runs in a nested loop until its frame returns. The nesting is bounded.
    /// </summary>
    internal PyObject CallObject(PyObject callable, PyObject[] args, string[]? kwnames = null)
    {
        if (callable is not PyFunction function) return CallNative(callable, args, kwnames);
        if (_reentry >= MaxNativeReentry) throw PyException.RecursionError("maximum recursion depth exceeded");
        var caller = Current!;
        var frame = NewFrame(function, args, kwnames, caller);
        _reentry++;
        try
        {
            return Run(frame);
        }
        finally
        {
            _reentry--;
            Current = caller;
        }
    }
}
