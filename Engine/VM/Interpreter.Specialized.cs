using System.Runtime.CompilerServices;
using Engine.Runtime;

namespace Engine.VM;

/// <summary>
/// The specialized forms of the attribute and global instructions (PEP 659, CPython 3.11's
/// LOAD_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_DICT, STORE_ATTR_WITH_HINT, LOAD_ATTR_MODULE,
/// LOAD_GLOBAL_MODULE / _BUILTIN): each instruction keeps what its last lookup decided in the
/// code's inline caches, guarded by the class it was made for and the namespace versions it
/// depends on, and repeats the decision while the guards hold. A failed guard makes the decision
/// again; anything unusual (a __getattribute__, a data descriptor on store, __slots__ only...)
/// takes the generic path, so the answers are the generic path's in every case.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>What an attribute instruction decided for instances of one class.</summary>
    private sealed class AttrSite(PyType type, int version, AttrSiteKind kind, PyObject? descr)
    {
        public readonly PyType Type = type;
        public readonly int Version = version;
        public readonly AttrSiteKind Kind = kind;

        /// <summary>What the class lookup found for the name (null: nothing).</summary>
        public readonly PyObject? Descr = descr;

        /// <summary>The instance dict's slot where the name was last found (see PyDict.GetWithHint).</summary>
        public int Hint = -1;
    }

    private enum AttrSiteKind
    {
        /// <summary>The generic path (a __getattribute__ or __setattr__ of the program's, a data descriptor on store, no instance dict...).</summary>
        Generic,

        /// <summary>Load: the instance dict, then the class attribute (not a data descriptor) if any. Store: the instance dict.</summary>
        InstanceDict,

        /// <summary>Load: a data descriptor of the class (a property, a slot) decides.</summary>
        DataDescriptor,

        /// <summary>LOAD_METHOD: a function of the class, unless the instance dict has the name.</summary>
        Method,
    }

    /// <summary>Where a global was found (the slot of its entry in the globals or the builtins),
    /// good while neither namespace gains or loses a key; the value is read from the slot.</summary>
    private sealed class GlobalSite(PyDict globals, int globalsKeys, PyDict builtins, int builtinsKeys, bool inGlobals, int slot)
    {
        public readonly PyDict Globals = globals;
        public readonly int GlobalsKeys = globalsKeys;
        public readonly PyDict Builtins = builtins;
        public readonly int BuiltinsKeys = builtinsKeys;
        public readonly bool InGlobals = inGlobals;
        public readonly int Slot = slot;
    }

    /// <summary>Where a module attribute's entry is in the module's namespace, good while it gains or loses no key.</summary>
    private sealed class ModuleAttrSite(PyDict dict, int keysVersion, int slot)
    {
        public readonly PyDict Dict = dict;
        public readonly int KeysVersion = keysVersion;
        public readonly int Slot = slot;
    }

    /// <summary>The instruction's decision for <paramref name="type"/>, if it was made at the current class version.</summary>
    private static AttrSite? CachedSite(object?[] caches, int unit, PyType type) =>
        caches[unit] is AttrSite site && ReferenceEquals(site.Type, type) && site.Version == PyType.LookupVersion ? site : null;

    /// <summary>LOAD_ATTR: obj.name.</summary>
    private static PyObject LoadAttr(PyObject owner, PyCode code, int lasti, int arg)
    {
        if (owner.GetType() == typeof(PyInstance)) return LoadInstanceAttr(Unsafe.As<PyInstance>(owner), code, lasti, arg);
        if (owner.GetType() == typeof(PyModule)) return LoadModuleAttr(Unsafe.As<PyModule>(owner), code, lasti, arg);
        return Ops.GetAttr(owner, code.Names[arg]);
    }

    private static PyObject LoadInstanceAttr(PyInstance o, PyCode code, int lasti, int arg)
    {
        var name = code.Names[arg];
        var caches = code.InlineCaches;
        var site = CachedSite(caches, lasti >> 1, o.Type) ?? (AttrSite)(caches[lasti >> 1] = DecideLoad(o.Type, name));
        switch (site.Kind)
        {
            case AttrSiteKind.InstanceDict:
                if (o.Dict is { } dict && dict.GetWithHint(code.NameKeys[arg], ref site.Hint) is { } own) return own;
                if (site.Descr is not null) return Descriptors.Get(site.Descr, o, site.Type);
                break; // missing: __getattr__ or the AttributeError, the generic way
            case AttrSiteKind.DataDescriptor:
                return Descriptors.Get(site.Descr!, o, site.Type);
        }
        return Ops.GetAttr(o, name);
    }

    private static AttrSite DecideLoad(PyType type, string name)
    {
        var version = PyType.LookupVersion;
        if (!type.IsUserDefined || type.Lookup("__getattribute__") is PyFunction)
            return new AttrSite(type, version, AttrSiteKind.Generic, null);
        var descr = type.Lookup(name);
        if (descr is not null && Descriptors.IsData(descr)) return new AttrSite(type, version, AttrSiteKind.DataDescriptor, descr);
        return new AttrSite(type, version, type.HasInstanceDict ? AttrSiteKind.InstanceDict : AttrSiteKind.Generic, descr);
    }

    private static PyObject LoadModuleAttr(PyModule module, PyCode code, int lasti, int arg)
    {
        var caches = code.InlineCaches;
        var unit = lasti >> 1;
        var dict = module.Dict;
        if (caches[unit] is ModuleAttrSite site && ReferenceEquals(site.Dict, dict) && site.KeysVersion == dict.KeysVersion)
            return dict.ValueAt(site.Slot);
        var value = Ops.GetAttr(module, code.Names[arg]);
        // Only what the namespace itself holds is cached (not __dict__ or a module __getattr__'s answer).
        var slot = dict.SlotOf(code.NameKeys[arg]);
        if (slot >= 0 && ReferenceEquals(dict.ValueAt(slot), value)) caches[unit] = new ModuleAttrSite(dict, dict.KeysVersion, slot);
        return value;
    }

    /// <summary>LOAD_METHOD on an instance: the class's function, or null when the generic path must decide.</summary>
    private static PyObject? LoadInstanceMethod(PyInstance o, PyCode code, int lasti, int arg)
    {
        var name = code.Names[arg];
        var caches = code.InlineCaches;
        var site = CachedSite(caches, lasti >> 1, o.Type) ?? (AttrSite)(caches[lasti >> 1] = DecideMethod(o.Type, name));
        if (site.Kind != AttrSiteKind.Method) return null;
        if (o.Dict is { Count: > 0 } dict && code.NameKeys[arg] is var key && dict.MayHaveKey(key) && dict.Get(key) is not null) return null;
        return site.Descr;
    }

    /// <summary>LOAD_METHOD on anything but an instance of the program's classes (a str's split, a
    /// list's append): what the class lookup found, kept for the instruction while the classes are
    /// unchanged; null when the generic path must decide. An object with an attribute dict (a
    /// function's) is still asked each time whether its own attribute shadows the method.</summary>
    private static PyObject? LoadBuiltinMethod(PyObject o, PyCode code, int lasti, int arg)
    {
        var type = o.Type;
        if (type.IsUserDefined || o is PyType or PySuper or PyModule) return Ops.LookupMethod(o, code.Names[arg]);
        var caches = code.InlineCaches;
        var site = CachedSite(caches, lasti >> 1, type) ?? (AttrSite)(caches[lasti >> 1] = MethodSite(type, code.Names[arg], PyType.LookupVersion));
        if (site.Kind != AttrSiteKind.Method) return null;
        if (o.InstanceDictIfAny is { Count: > 0 } dict && dict.Get(code.NameKeys[arg]) is not null) return null;
        return site.Descr;
    }

    private static AttrSite DecideMethod(PyType type, string name)
    {
        var version = PyType.LookupVersion;
        if (!type.IsUserDefined || type.Lookup("__getattribute__") is PyFunction)
            return new AttrSite(type, version, AttrSiteKind.Generic, null);
        return MethodSite(type, name, version);
    }

    /// <summary>A method load's decision once no __getattribute__ intervenes: a function of the
    /// class is the method, anything else is left to the generic path.</summary>
    private static AttrSite MethodSite(PyType type, string name, int version)
    {
        var m = type.Lookup(name);
        return new AttrSite(type, version, m is PyFunction or PyBuiltinFunction ? AttrSiteKind.Method : AttrSiteKind.Generic, m);
    }

    /// <summary>STORE_ATTR: obj.name = value.</summary>
    private static void StoreAttr(PyObject owner, PyCode code, int lasti, int arg, PyObject value)
    {
        if (owner.GetType() == typeof(PyInstance))
        {
            var o = Unsafe.As<PyInstance>(owner);
            var name = code.Names[arg];
            var caches = code.InlineCaches;
            var site = CachedSite(caches, lasti >> 1, o.Type) ?? (AttrSite)(caches[lasti >> 1] = DecideStore(o.Type, name));
            if (site.Kind == AttrSiteKind.InstanceDict)
            {
                o.Dict!.SetWithHint(code.NameKeys[arg], value, ref site.Hint);
                return;
            }
        }
        Ops.SetAttr(owner, code.Names[arg], value);
    }

    private static AttrSite DecideStore(PyType type, string name)
    {
        var version = PyType.LookupVersion;
        var generic = new AttrSite(type, version, AttrSiteKind.Generic, null);
        if (!type.IsUserDefined || !type.HasInstanceDict || name == "__class__" || type.Lookup("__setattr__") is PyFunction) return generic;
        // A data descriptor (a property's setter, a slot) decides the store.
        if (type.Lookup(name) is { } descr && Descriptors.IsData(descr)) return generic;
        return new AttrSite(type, version, AttrSiteKind.InstanceDict, null);
    }

    /// <summary>LOAD_GLOBAL: the globals, then the builtins; null when neither has the name.</summary>
    private static PyObject? LoadGlobal(Frame f, int lasti, PyStr key)
    {
        var caches = f.Code.InlineCaches;
        var unit = lasti >> 1;
        var globals = f.Globals;
        var builtins = f.Builtins;
        // A name found in the globals stays there while their keys do: the builtins need no check.
        if (caches[unit] is GlobalSite site && ReferenceEquals(site.Globals, globals) && site.GlobalsKeys == globals.KeysVersion)
        {
            if (site.InGlobals) return globals.ValueAt(site.Slot);
            if (ReferenceEquals(site.Builtins, builtins) && site.BuiltinsKeys == builtins.KeysVersion) return builtins.ValueAt(site.Slot);
        }
        var slot = globals.SlotOf(key);
        var inGlobals = slot >= 0;
        if (!inGlobals) slot = builtins.SlotOf(key);
        if (slot < 0) return null;
        caches[unit] = new GlobalSite(globals, globals.KeysVersion, builtins, builtins.KeysVersion, inGlobals, slot);
        return (inGlobals ? globals : builtins).ValueAt(slot);
    }
}
