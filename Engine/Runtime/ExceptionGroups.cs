namespace Engine.Runtime;

/// <summary>
/// BaseExceptionGroup and ExceptionGroup as exceptions.c writes them: the constructor's checks,
/// message and exceptions, derive / split / subgroup, and the two steps of `except*` that
/// ceval.c runs (CHECK_EG_MATCH's exception_group_match and PREP_RERAISE_STAR's
/// _PyExc_PrepReraiseStar).
/// </summary>
public static class ExceptionGroups
{
    /// <summary>Nested groups deeper than this stop split with a RecursionError (a program controls the nesting).</summary>
    private const int MaxDepth = 500;

    internal static void Register()
    {
        var group = ExceptionTypes.BaseExceptionGroup;
        group.AddMethod("derive", (a, k) =>
        {
            ArgCheck.Exactly("derive", a, k, 2);
            return New(ExceptionTypes.BaseExceptionGroup, [Message((PyBaseException)a[0]), a[1]]);
        });
        group.AddMethod("split", (a, k) =>
        {
            ArgCheck.Exactly("split", a, k, 2);
            var (match, rest) = Split((PyBaseException)a[0], Matcher(a[1]), 0);
            return PyTuple.Create([(PyObject?)match ?? PyNone.Instance, (PyObject?)rest ?? PyNone.Instance]);
        });
        group.AddMethod("subgroup", (a, k) =>
        {
            ArgCheck.Exactly("subgroup", a, k, 2);
            return (PyObject?)Split((PyBaseException)a[0], Matcher(a[1]), 0).Match ?? PyNone.Instance;
        });
    }

    /// <summary>BaseExceptionGroup.__new__(cls, message, exceptions).</summary>
    public static PyBaseException New(PyType type, PyObject[] args)
    {
        if (args.Length != 2)
            throw PyException.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
        if (args[0] is not PyStr message) throw PyException.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {args[0].Type.Name}");
        if (args[1] is not (PyList or PyTuple) && !args[1].Type.IsUserDefined)
            throw PyException.TypeError("second argument (exceptions) must be a sequence");
        var items = Ops.ToList(args[1]);
        if (items.Count == 0) throw PyException.ValueError("second argument (exceptions) must be a non-empty sequence");
        var allExceptions = true;
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not PyBaseException e) throw PyException.ValueError($"Item {i} of second argument (exceptions) is not an exception");
            allExceptions &= e.Type.IsSubtypeOf(PyTypes.Exception);
        }
        if (ReferenceEquals(type, ExceptionTypes.BaseExceptionGroup))
        {
            if (allExceptions) type = ExceptionTypes.ExceptionGroup;
        }
        else if (ReferenceEquals(type, ExceptionTypes.ExceptionGroup))
        {
            if (!allExceptions) throw PyException.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
        }
        else if (!allExceptions && type.IsSubtypeOf(PyTypes.Exception))
            throw PyException.TypeError($"Cannot nest BaseExceptions in '{type.Name}'");
        var group = new PyBaseException(type, args);
        group.SetMember("message", message);
        group.SetMember("exceptions", PyTuple.Create([.. items]));
        return group;
    }

    public static PyObject Message(PyBaseException e) => e.Member("message") ?? (e.Args.Length > 0 ? e.Args[0] : PyStr.From(""));

    public static PyTuple Exceptions(PyBaseException e) => e.Member("exceptions") as PyTuple
        ?? (e.Args.Length > 1 ? PyTuple.Create([.. Ops.ToList(e.Args[1])]) : PyTuple.Create([]));

    public static bool IsGroup(PyObject o) => o is PyBaseException e && e.Type.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup);

    /// <summary>split's condition: an exception type, a tuple of them, or a predicate.</summary>
    private static Func<PyBaseException, bool> Matcher(PyObject condition)
    {
        if (condition is PyType t && t.IsSubtypeOf(PyTypes.BaseException)) return e => e.Type.IsSubtypeOf(t);
        if (condition is PyTuple tuple && tuple.Items.All(i => i is PyType it && it.IsSubtypeOf(PyTypes.BaseException)))
            return e => tuple.Items.Any(i => e.Type.IsSubtypeOf((PyType)i));
        if (Ops.IsCallable(condition)) return e => Builtins.Call(condition, e).IsTrue();
        throw PyException.TypeError("expected a function, exception type or tuple of exception types");
    }

    /// <summary>exceptiongroup_split_recursive: the part of <paramref name="e"/> that matches, and the rest.</summary>
    private static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException e, Func<PyBaseException, bool> matches, int depth)
    {
        if (matches(e)) return (e, null);
        if (!IsGroup(e)) return (null, e);
        if (depth > MaxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        var matched = new List<PyObject>();
        var rest = new List<PyObject>();
        foreach (var item in Exceptions(e).Items)
        {
            var (m, r) = Split((PyBaseException)item, matches, depth + 1);
            if (m is not null) matched.Add(m);
            if (r is not null) rest.Add(r);
        }
        return (Subset(e, matched), Subset(e, rest));
    }

    /// <summary>exceptiongroup_subset: orig.derive(items) with orig's traceback, cause, context and notes.</summary>
    private static PyBaseException? Subset(PyBaseException orig, List<PyObject> items)
    {
        if (items.Count == 0) return null;
        var derived = Builtins.Call(Ops.GetAttr(orig, "derive"), new PyList(items));
        if (derived is not PyBaseException eg || !IsGroup(eg))
            throw PyException.TypeError("derive must return an instance of BaseExceptionGroup");
        eg.Traceback = orig.Traceback;
        eg.Cause = orig.Cause;
        eg.Context = orig.Context;
        eg.SuppressContext = orig.SuppressContext;
        if (orig.HasDict && orig.Dict.Get("__notes__") is { } notes)
            eg.Dict.Set("__notes__", notes is PyList or PyTuple ? new PyList(Ops.ToList(notes)) : notes);
        return eg;
    }

    /// <summary>CHECK_EG_MATCH's exception_group_match: (null, null) when nothing matches, else the matching part and the rest.</summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Match(PyObject value, PyObject type)
    {
        if (value is not PyBaseException e) return (null, null);
        if (MatchesClass(e, type))
        {
            if (IsGroup(e)) return (e, null);
            // A naked exception caught by except* is wrapped in a group with its traceback.
            var wrapped = New(ExceptionTypes.BaseExceptionGroup, [PyStr.From(""), PyTuple.Create([e])]);
            wrapped.Traceback = e.Traceback;
            return (wrapped, null);
        }
        if (!IsGroup(e)) return (null, null);
        return Split(e, Matcher(type), 0);
    }

    private static bool MatchesClass(PyBaseException e, PyObject type) => type switch
    {
        PyType t => e.Type.IsSubtypeOf(t),
        PyTuple tuple => tuple.Items.Any(i => i is PyType t && e.Type.IsSubtypeOf(t)),
        _ => false,
    };

    /// <summary>except* may not name a group class (check_except_star_type_valid).</summary>
    public static void CheckStarType(PyObject type)
    {
        var types = type is PyTuple tuple ? tuple.Items : [type];
        foreach (var t in types)
        {
            if (t is not PyType pt || !pt.IsSubtypeOf(PyTypes.BaseException))
                throw PyException.TypeError("catching classes that do not inherit from BaseException is not allowed");
            if (pt.IsSubtypeOf(ExceptionTypes.BaseExceptionGroup))
                throw PyException.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    /// <summary>_PyExc_PrepReraiseStar: what leaves a try-except* statement, from the exception that entered it and
    /// the list of what its clauses raised or re-raised (None where a clause ended normally); null for nothing.</summary>
    public static PyBaseException? PrepReraiseStar(PyObject orig, PyList excs)
    {
        if (excs.Count == 0) return null;
        if (!IsGroup(orig)) return excs.Items[0] as PyBaseException;
        var origGroup = (PyBaseException)orig;
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        foreach (var item in excs.Items)
        {
            if (item is not PyBaseException e) continue;
            // A re-raise keeps orig's metadata, which split copied; a new raise has its own.
            if (ReferenceEquals(e.Traceback, origGroup.Traceback) && ReferenceEquals(e.Cause, origGroup.Cause)
                && ReferenceEquals(e.Context, origGroup.Context))
                reraised.Add(e);
            else raised.Add(e);
        }
        var reraisedGroup = Projection(origGroup, reraised);
        if (raised.Count == 0) return reraisedGroup;
        if (reraisedGroup is not null) raised.Add(reraisedGroup);
        return raised.Count > 1
            ? New(ExceptionTypes.BaseExceptionGroup, [PyStr.From(""), new PyList(raised)])
            : (PyBaseException)raised[0];
    }

    /// <summary>exception_group_projection: the part of orig whose leaves are among the leaves of <paramref name="keep"/>.</summary>
    private static PyBaseException? Projection(PyBaseException orig, List<PyBaseException> keep)
    {
        if (keep.Count == 0) return null;
        var leaves = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        foreach (var e in keep) CollectLeaves(e, leaves, 0);
        return Split(orig, e => !IsGroup(e) && leaves.Contains(e), 0).Match;
    }

    private static void CollectLeaves(PyBaseException e, HashSet<PyBaseException> leaves, int depth)
    {
        if (!IsGroup(e))
        {
            leaves.Add(e);
            return;
        }
        if (depth > MaxDepth) throw PyException.RecursionError("maximum recursion depth exceeded");
        foreach (var item in Exceptions(e).Items) CollectLeaves((PyBaseException)item, leaves, depth + 1);
    }
}
