using Engine.Runtime;

namespace Engine.VM;

// The opcodes of the match statement (PEP 634), as ceval.c's match_keys and match_class do them.
internal sealed partial class Interpreter
{
    /// <summary>Types that match themselves as the one positional sub-pattern (_Py_TPFLAGS_MATCH_SELF): int(x).</summary>
    private static readonly PyType[] MatchSelfTypes =
    [
        PyTypes.Bool, PyTypes.Bytes, PyTypes.Dict, PyTypes.Float, PyTypes.FrozenSet, PyTypes.Int,
        PyTypes.List, PyTypes.Set, PyTypes.Str, PyTypes.Tuple,
    ];

    /// <summary>MATCH_MAPPING: whether the type is a mapping (Py_TPFLAGS_MAPPING: dict here).</summary>
    private static bool IsMatchMapping(PyObject subject) => subject.Type.IsSubtypeOf(PyTypes.Dict);

    /// <summary>MATCH_SEQUENCE: whether the type is a sequence (Py_TPFLAGS_SEQUENCE: list, tuple, range; never str or bytes).</summary>
    private static bool IsMatchSequence(PyObject subject) =>
        subject.Type.IsSubtypeOf(PyTypes.List) || subject.Type.IsSubtypeOf(PyTypes.Tuple) || subject.Type.IsSubtypeOf(PyTypes.Range);

    /// <summary>match_keys: the values of <paramref name="keys"/> in the mapping, or None when one is missing.</summary>
    private static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Items.Length == 0) return PyTuple.Empty;
        var dict = (PyDict)subject;
        var seen = new PySet([]);
        var values = new PyObject[keys.Items.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var key = keys.Items[i];
            if (seen.Contains(key)) throw PyException.ValueError("mapping pattern checks duplicate key (" + Ops.Repr(key) + ")");
            seen.Add(key);
            if (dict.Get(key) is not { } value) return PyNone.Instance;
            values[i] = value;
        }
        return PyTuple.Create(values);
    }

    /// <summary>match_class: the positional (by __match_args__, or the subject itself for int, str...)
    /// and keyword attributes of an instance of <paramref name="cls"/>, or None when it does not match.</summary>
    private static PyObject MatchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwargs)
    {
        if (cls is not PyType type) throw PyException.TypeError("called match pattern must be a type");
        if (!subject.Type.IsSubtypeOf(type)) return PyNone.Instance;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attrs = new List<PyObject>();
        if (nargs > 0)
        {
            var matchSelf = false;
            PyObject[] matchArgs;
            if (type.Lookup("__match_args__") is { } declared)
            {
                if (declared is not PyTuple tuple)
                    throw PyException.TypeError($"{type.Name}.__match_args__ must be a tuple (got {declared.Type.Name})");
                matchArgs = tuple.Items;
            }
            else
            {
                matchArgs = [];
                matchSelf = MatchSelfTypes.Any(t => ReferenceEquals(t, type));
            }
            var allowed = matchSelf ? 1 : matchArgs.Length;
            if (allowed < nargs)
                throw PyException.TypeError($"{type.Name}() accepts {allowed} positional sub-pattern{(allowed == 1 ? "" : "s")} ({nargs} given)");
            if (matchSelf) attrs.Add(subject);
            else
            {
                for (var i = 0; i < nargs; i++)
                {
                    if (matchArgs[i] is not PyStr name)
                        throw PyException.TypeError($"__match_args__ elements must be strings (got {matchArgs[i].Type.Name})");
                    if (MatchClassAttr(subject, type, name.Value, seen) is not { } attr) return PyNone.Instance;
                    attrs.Add(attr);
                }
            }
        }
        foreach (var item in kwargs.Items)
        {
            if (MatchClassAttr(subject, type, ((PyStr)item).Value, seen) is not { } attr) return PyNone.Instance;
            attrs.Add(attr);
        }
        return PyTuple.Create([.. attrs]);
    }

    /// <summary>match_class_attr: getattr(subject, name), null when it has no such attribute.</summary>
    private static PyObject? MatchClassAttr(PyObject subject, PyType type, string name, HashSet<string> seen)
    {
        if (!seen.Add(name))
            throw PyException.TypeError($"{type.Name}() got multiple sub-patterns for attribute {Ops.Repr(PyStr.From(name))}");
        try
        {
            return Ops.GetAttr(subject, name);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(PyTypes.AttributeError))
        {
            return null;
        }
    }
}
