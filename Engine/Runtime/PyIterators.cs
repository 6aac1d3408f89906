namespace Engine.Runtime;

/// <summary>
/// An iterator the VM drives without exceptions: <see cref="Next"/> returns null when it is
/// exhausted (where CPython's tp_iternext returns NULL with no error set).
/// </summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The run this iterator belongs to, whose time budget its items are charged to.</summary>
    protected readonly RuntimeContext Context = RuntimeContext.Current;

    public abstract PyObject? Next();
    public override void WriteRepr(ReprWriter w) => w.Append("<" + Type.Name + " object at 0x?>");
}

public sealed class SequenceIterator(IReadOnlyList<PyObject> items, PyType type) : PyIterator
{
    private int _index;
    public override PyType Type => type;

    public override PyObject? Next()
    {
        Context.Tick();
        if (_index < 0) return null;
        if (_index < items.Count) return items[_index++];
        _index = -1; // an exhausted list iterator stays exhausted even if the list grows
        return null;
    }
}

public sealed class RangeIterator(long start, long step, long count) : PyIterator
{
    private long _next = start, _left = count;
    public override PyType Type => PyTypes.RangeIterator;

    public override PyObject? Next()
    {
        Context.Tick();
        if (_left <= 0) return null;
        _left--;
        var v = _next;
        _next += step;
        return PyInt.From(v);
    }
}

public sealed class StrIterator(PyStr s) : PyIterator
{
    private int _index;
    // CPython iterates a compact ASCII-only str with str_ascii_iterator, any other with
    // str_iterator: a str subclass's instance is never compact, whatever its text.
    private static readonly PyType NonAscii = new("str_iterator", PyTypes.Object);
    private readonly bool _ascii = s.Type == PyTypes.Str && s.Value.All(char.IsAscii);
    public override PyType Type => _ascii ? PyTypes.StrIterator : NonAscii;
    public override PyObject? Next()
    {
        Context.Tick();
        return _index < s.Length ? s.CharAt(_index++) : null;
    }
}

public sealed class BytesIterator(byte[] b) : PyIterator
{
    private int _index;
    public override PyType Type => PyTypes.BytesIterator;
    public override PyObject? Next()
    {
        Context.Tick();
        return _index < b.Length ? PyInt.From(b[_index++]) : null;
    }
}

/// <summary>Iterates a dict's keys, values or items; changing the dict's size meanwhile is a RuntimeError, as in CPython.</summary>
public sealed class DictIterator(PyDict dict, DictIterator.Kind kind) : PyIterator
{
    public enum Kind { Keys, Values, Items }

    private int _slot;
    private readonly int _size = dict.Count;

    public override PyType Type => kind switch
    {
        Kind.Keys => PyTypes.DictKeyIterator,
        Kind.Values => PyTypes.DictValueIterator,
        _ => PyTypes.DictItemIterator,
    };

    public override PyObject? Next()
    {
        Context.Tick();
        if (dict.Count != _size)
        {
            _slot = int.MaxValue;
            throw PyException.RuntimeError("dictionary changed size during iteration");
        }
        while (_slot < dict.SlotCount)
        {
            var e = dict.EntryAt(_slot++);
            if (e is not { } entry) continue;
            return kind switch
            {
                Kind.Keys => entry.Key,
                Kind.Values => entry.Value,
                _ => new PyTuple([entry.Key, entry.Value]),
            };
        }
        return null;
    }
}

/// <summary>An iterator written in C#, for builtins such as enumerate, zip, map and reversed.</summary>
public sealed class NativeIterator(PyType type, Func<PyObject?> next, PyObject? shows = null) : PyIterator
{
    public override PyType Type => type;
    public override PyObject? Next()
    {
        Context.Tick();
        return next();
    }

    /// <summary>A wrapper around an iterator the program (or a library module) wrote prints as that
    /// object, as the stack and the locals show it in CPython (a comprehension's .0).</summary>
    public override void WriteRepr(ReprWriter w)
    {
        if (shows is not null) shows.WriteRepr(w);
        else base.WriteRepr(w);
    }
}

/// <summary>A dict view (keys(), values(), items()): iterable, sized, and printed like CPython's.</summary>
public sealed class PyDictView(PyDict dict, DictIterator.Kind kind) : PyObject
{
    public readonly PyDict Dict = dict;
    public readonly DictIterator.Kind Kind = kind;

    public override PyType Type => Kind switch
    {
        DictIterator.Kind.Keys => PyTypes.DictKeys,
        DictIterator.Kind.Values => PyTypes.DictValues,
        _ => PyTypes.DictItems,
    };

    public override bool IsTrue() => Dict.Count != 0;

    public override void WriteRepr(ReprWriter w)
    {
        if (!w.TryEnter(this))
        {
            w.Append("...");
            return;
        }
        try
        {
            w.Append(Type.Name).Append("([");
            var it = new DictIterator(Dict, Kind);
            var first = true;
            for (var o = it.Next(); o is not null && !w.Full; o = it.Next())
            {
                if (!first) w.Append(", ");
                first = false;
                o.WriteRepr(w);
            }
            w.Append("])");
        }
        finally { w.Exit(this); }
    }
}
