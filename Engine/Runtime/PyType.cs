using System.Runtime.CompilerServices;

namespace Engine.Runtime;

/// <summary>How a builtin is called: positional arguments, then the keyword arguments' values,
/// whose names are <paramref name="kwnames"/> (null when there are none). The span usually
/// points into the caller's value stack, so a call allocates no argument array.</summary>
public delegate PyObject BuiltinImpl(ReadOnlySpan<PyObject> args, string[]? kwnames);

/// <summary>
/// A type object. Builtin types carry their methods in <see cref="Dict"/> (functions taking
/// self first, like CPython's method descriptors) and a constructor for <c>type(...)</c> calls.
/// A class has __bases__ and an __mro__ (C3, as typeobject.c's mro_implementation computes it);
/// attributes are looked up along the MRO (_PyType_Lookup), through a per-class cache that any
/// change to a class's namespace invalidates.
/// </summary>
public sealed class PyType : PyObject
{
    public PyType(string name, PyType? @base, BuiltinImpl? constructor = null)
    {
        Name = name;
        Base = @base;
        Bases = @base is null ? [] : [@base];
        Mro = @base is null ? [this] : [this, .. @base.Mro];
        Constructor = constructor;
    }

    /// <summary>A class made by a class statement or type(name, bases, ns): its MRO by C3.</summary>
    public PyType(string name, PyType[] bases, PyType metatype)
    {
        Name = name;
        Bases = bases;
        Base = Layout.SolidBase(bases);
        Metatype = metatype;
        Mro = Layout.C3(this, bases);
    }

    public string Name { get; set; }

    /// <summary>tp_base: the base whose instance layout this class extends.</summary>
    public PyType? Base { get; }
    public PyType[] Bases { get; }
    public PyType[] Mro { get; }

    /// <summary>type(cls): a metaclass, or null for type itself.</summary>
    public PyType? Metatype { get; init; }

    /// <summary>A class the program defined (a class statement), as opposed to a builtin type.</summary>
    public bool IsUserDefined { get; init; }

    /// <summary>Whether instances carry a __dict__ (false when every class defines __slots__ without it).</summary>
    public bool HasInstanceDict { get; init; } = true;

    /// <summary>The names __slots__ declares along the MRO (null: no slots).</summary>
    public HashSet<string>? Slots { get; init; }

    /// <summary>__module__ and __qualname__ (builtins: "builtins" and the name).</summary>
    public string Module { get; set; } = "builtins";

    /// <summary>Set on a type that CPython defines in C in a module (decimal.Decimal,
    /// collections.deque, re.Match): its tp_name, which error messages print, is module.name.</summary>
    public bool ShowsModuleInName { get; set; }

    /// <summary>CPython's tp_name, what messages such as "'X' object is not subscriptable" print:
    /// the name alone for builtins and classes written in Python, module.name for C types of modules.</summary>
    public string TpName => ShowsModuleInName ? Module + "." + Name : Name;
    public string QualName { get => _qualName ?? Name; set => _qualName = value; }
    private string? _qualName;
    public BuiltinImpl? Constructor { get; internal set; }
    public Dictionary<string, PyObject> Dict { get; } = new(StringComparer.Ordinal);

    public override PyType Type => Metatype ?? PyTypes.Type;

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro)
            if (ReferenceEquals(t, other)) return true;
        return false;
    }

    // Bumped whenever a program's class namespace changes: every cached lookup is then stale
    // (a change to a base must reach its subclasses' caches too).
    private static int s_version;

    /// <summary>The namespace version every cached lookup was made at: a cache of what a class
    /// lookup found (the interpreter's attribute caches too) is good while this is unchanged.</summary>
    public static int LookupVersion => Volatile.Read(ref s_version);
    private Dictionary<string, PyObject?>? _cache;
    private int _cacheVersion;
    private const int MaxCachedNames = 512;

    /// <summary>_PyType_Lookup: the first class along the MRO whose namespace has the name.</summary>
    public PyObject? Lookup(string name)
    {
        if (!IsUserDefined) return LookupUncached(name);
        var version = Volatile.Read(ref s_version);
        // First a table keyed by the name's identity (a code object's names and the runtime's
        // literals are the same string instances every time): no string is hashed or compared.
        var recent = _recent ??= new RecentLookup?[RecentSlots];
        var slot = RuntimeHelpers.GetHashCode(name) & (RecentSlots - 1);
        if (recent[slot] is { } r && ReferenceEquals(r.Name, name) && r.Version == version) return r.Value;
        var value = LookupCached(name, version);
        recent[slot] = new RecentLookup(name, value, version);
        return value;
    }

    private const int RecentSlots = 64;
    private RecentLookup?[]? _recent;

    private sealed record RecentLookup(string Name, PyObject? Value, int Version);

    private PyObject? LookupCached(string name, int version)
    {
        _cache ??= new Dictionary<string, PyObject?>(StringComparer.Ordinal);
        // Stale after a class namespace changed; bounded, since getattr() can ask for any name.
        if (_cacheVersion != version || _cache.Count >= MaxCachedNames)
        {
            _cache.Clear();
            _cacheVersion = version;
        }
        if (_cache.TryGetValue(name, out var hit)) return hit;
        var found = LookupUncached(name);
        _cache[name] = found;
        return found;
    }

    private PyObject? LookupUncached(string name)
    {
        foreach (var t in Mro)
            if (t.Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>The lookup that starts after <paramref name="after"/> in this MRO (super()).</summary>
    public PyObject? LookupAfter(PyType after, string name)
    {
        var i = Array.IndexOf(Mro, after);
        for (i++; i > 0 && i < Mro.Length; i++)
            if (Mro[i].Dict.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>Sets (or with null, removes) a name in the class namespace; false when it was absent.</summary>
    public bool SetAttribute(string name, PyObject? value)
    {
        Interlocked.Increment(ref s_version);
        if (value is not null)
        {
            Dict[name] = value;
            return true;
        }
        return Dict.Remove(name);
    }

    public void AddMethod(string name, BuiltinImpl impl) => Dict[name] = new PyBuiltinFunction(name, impl, this);

    public override void WriteRepr(ReprWriter w)
    {
        if (IsUserDefined && Type.IsUserDefined && UserMethods.TryCall(this, "__repr__", [], out var r))
        {
            w.Append(UserMethods.ExpectStr(r, "__repr__"));
            return;
        }
        w.Append("<class '").Append(Module == "builtins" ? "" : Module + ".").Append(QualName).Append("'>");
    }

    public override long Hash() => IdentityHash(this);

    private readonly RuntimeContext _run = RuntimeContext.Current;
    private long _id;

    /// <summary>The program's classes number themselves as its instances do; builtin types, shared by every run, do not.</summary>
    private protected override long IdentityNumber() => IsUserDefined ? _run.IdentityOf(ref _id, this) : AddressLike(this);
}
