namespace Engine.Runtime;

/// <summary>
/// Making classes and instances, as typeobject.c does: type_new (a class from name, bases and
/// namespace, with __set_name__ and __init_subclass__), type_call (__new__ then __init__),
/// object_new / object_init with their argument checks, and the builtin methods of object and
/// type that a program reaches through super() or by name (object.__setattr__, type.__new__, ...).
/// </summary>
public static class TypeCall
{
    /// <summary>type.__new__(meta, name, bases, ns, **kwds).</summary>
    public static PyType New(PyType meta, string name, PyType[] bases, PyDict ns, ReadOnlySpan<PyObject> kwValues, string[]? kwNames)
    {
        if (bases.Length == 0) bases = [PyTypes.Object];
        foreach (var b in bases)
            if (b.IsSubtypeOf(PyTypes.Bool) || b == PyTypes.Range || b == PyTypes.Slice || b == PyTypes.Function || b == PyTypes.NoneType)
                throw PyException.TypeError($"type '{b.Name}' is not an acceptable base type");
        var module = ns.Get("__module__") is PyStr m ? m.Value : "__main__";
        var qualname = ns.Get("__qualname__") is { } q ? q as PyStr ?? throw PyException.TypeError($"type __qualname__ must be a str, not {q.Type.Name}") : null;

        HashSet<string>? slots = null;
        var hasDict = true;
        var slotsDecl = ns.Get("__slots__");
        if (slotsDecl is not null)
        {
            var names = slotsDecl is PyStr one ? [one] : Ops.ToList(slotsDecl);
            slots = [];
            var wantsDict = false;
            foreach (var n in names)
            {
                if (n is not PyStr s) throw PyException.TypeError($"__slots__ items must be strings, not '{n.Type.Name}'");
                if (s.Value == "__dict__") wantsDict = true;
                else if (ns.Get(s.Value) is not null)
                    throw PyException.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
                else slots.Add(s.Value);
            }
            hasDict = wantsDict || bases.Any(b => b.IsUserDefined ? b.HasInstanceDict : !ReferenceEquals(Layout.BuiltinBase(b), PyTypes.Object));
            foreach (var b in bases)
                if (b.Slots is not null) slots.UnionWith(b.Slots);
        }
        else slots = bases.FirstOrDefault(b => b.Slots is not null)?.Slots;

        var type = new PyType(name, bases, meta)
        {
            IsUserDefined = true,
            Module = module,
            HasInstanceDict = hasDict,
            Slots = slots,
        };
        if (qualname is not null) type.QualName = qualname.Value;
        foreach (var (k, v) in ns.Items)
        {
            if (k is not PyStr key) continue;
            if (key.Value == "__qualname__") continue;
            if (key.Value == "__classcell__")
            {
                // type_new_set_classcell: the cell zero-argument super() reads holds the new class.
                if (v is not PyCell cell) throw PyException.TypeError($"__classcell__ must be a nonlocal cell, not {v.Type.Repr()}");
                cell.Contents = type;
                continue;
            }
            type.Dict[key.Value] = key.Value switch
            {
                "__new__" when v is PyFunction => new PyStaticMethod(v),
                "__init_subclass__" or "__class_getitem__" when v is PyFunction => new PyClassMethod(v),
                _ => v,
            };
        }
        if (slotsDecl is not null)
            foreach (var n in slotsDecl is PyStr one2 ? [one2] : Ops.ToList(slotsDecl))
                if (n is PyStr { Value: not "__dict__" } s) type.Dict[s.Value] = new PySlotMember(type, s.Value);
        type.Dict.TryAdd("__doc__", PyNone.Instance);
        // Defining __eq__ without __hash__ makes instances unhashable (type_new_set_hash... inherit_slots).
        if (type.Dict.ContainsKey("__eq__") && !type.Dict.ContainsKey("__hash__")) type.Dict["__hash__"] = PyNone.Instance;
        type.Constructor = (a, k) => Call(type, a, k);
        type.SetAttribute("__module__", PyStr.From(module)); // also invalidates caches of the new lookups

        // __set_name__ on every attribute that has one (set_names), then the parent's __init_subclass__.
        foreach (var (key, value) in type.Dict.ToArray())
        {
            if (value is PyProperty p) p.Name = key;
            else if (value.Type.IsUserDefined && value.Type.Lookup("__set_name__") is { } setName)
                Builtins.Call(Descriptors.Get(setName, value, value.Type), type, PyStr.From(key));
        }
        var initSubclass = new PySuper(type, type, type).GetAttr("__init_subclass__");
        Builtins.CallKw(initSubclass, kwValues.ToArray(), kwNames);
        return type;
    }

    /// <summary>type_call: cls(*args, **kwargs) — __new__, then __init__ when the result is an instance of cls.</summary>
    public static PyObject Call(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var meta = type.Type;
        if (meta.IsUserDefined && meta.Lookup("__call__") is PyFunction metaCall)
            return Builtins.CallKw(metaCall, [type, .. args], kwnames);
        return DefaultCall(type, args, kwnames);
    }

    private static PyObject DefaultCall(PyType type, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var newFunc = type.Lookup("__new__") is { } n ? Descriptors.Get(n, null, type) : ObjectNewFunction;
        var obj = Builtins.CallKw(newFunc, [type, .. args], kwnames);
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        if (obj.Type.Lookup("__init__") is { } init)
        {
            // A function (the program's or a builtin's) is called with the instance in front, as
            // its bound method would call it, without making the bound method and a second array.
            var result = init is PyFunction or PyBuiltinFunction { Owner: not null }
                ? Builtins.CallKw(init, [obj, .. args], kwnames)
                : Builtins.CallKw(Descriptors.Get(init, obj, obj.Type), args.ToArray(), kwnames);
            if (result is not PyNone) throw PyException.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        return obj;
    }

    private static PyObject ObjectNewFunction => ((PyStaticMethod)PyTypes.Object.Dict["__new__"]).Function;

    private static bool Overrides(PyType type, string name) =>
        !ReferenceEquals(type.Lookup(name), PyTypes.Object.Dict[name]);

    /// <summary>object.__new__(cls, ...): an instance of cls's builtin layout, with object_new's argument check.</summary>
    private static PyObject ObjectNew(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (args.Length == 0) throw PyException.TypeError("object.__new__(): not enough arguments");
        if (args[0] is not PyType cls) throw PyException.TypeError($"object.__new__(X): X is not a type object ({args[0].Type.Name})");
        var builtinBase = Layout.BuiltinBase(cls);
        if (args.Length > 1 && builtinBase == PyTypes.Object)
        {
            if (Overrides(cls, "__new__")) throw PyException.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (!Overrides(cls, "__init__")) throw PyException.TypeError($"{cls.Name}() takes no arguments");
        }
        if (ReferenceEquals(cls, PyTypes.Object)) return new PyInstance(cls);
        if (builtinBase == PyTypes.Object) CheckNotAbstract(cls);
        if (!cls.IsUserDefined) throw PyException.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.Name}.__new__()");
        if (builtinBase.IsSubtypeOf(PyTypes.BaseException))
            return ExceptionTypes.New(cls, args[1..(args.Length - (kwnames?.Length ?? 0))].ToArray());
        return builtinBase == PyTypes.Object
            ? new PyInstance(cls)
            : Subclassing.New(cls, builtinBase);
    }

    /// <summary>object_new's Py_TPFLAGS_IS_ABSTRACT check: the flag is set when a class's own
    /// __abstractmethods__ is set to a non-empty collection (abc.ABCMeta sets it).</summary>
    private static void CheckNotAbstract(PyType cls)
    {
        if (!cls.Dict.TryGetValue("__abstractmethods__", out var abstracts) || !abstracts.IsTrue()) return;
        var names = Ops.ToList(abstracts).Select(n => n is PyStr s ? s.Value : Ops.Str(n)).ToList();
        names.Sort(string.CompareOrdinal);
        throw PyException.TypeError(
            $"Can't instantiate abstract class {cls.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}");
    }

    private static PyObject ObjectInit(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var type = args[0].Type;
        if (args.Length > 1 && Layout.BuiltinBase(type) == PyTypes.Object)
        {
            if (Overrides(type, "__init__")) throw PyException.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (!Overrides(type, "__new__")) throw PyException.TypeError($"{type.Name}() takes no arguments");
        }
        return PyNone.Instance;
    }

    /// <summary>type(x), or type(name, bases, ns) (type_new through type_call).</summary>
    private static PyObject TypeConstructor(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional == 1 && kwnames is null) return args[0].Type;
        if (positional != 3) throw PyException.TypeError("type() takes 1 or 3 arguments");
        var cls = TypeNewBuiltin([PyTypes.Type, .. args], kwnames);
        // type_call goes on to tp_init of the new class's own type: when a base's metaclass
        // won (type_new handed over to its __new__), that metaclass's __init__ runs too.
        if (cls is PyType && cls.Type != PyTypes.Type && cls.Type.Lookup("__init__") is { } init)
        {
            var result = Builtins.CallKw(Descriptors.Get(init, cls, cls.Type), args.ToArray(), kwnames);
            if (result is not PyNone) throw PyException.TypeError($"__init__() should return None, not '{result.Type.Name}'");
        }
        return cls;
    }

    /// <summary>type.__new__(meta, name, bases, ns, **kwds), with the metaclass calculation (_PyType_CalculateMetaclass).</summary>
    private static PyObject TypeNewBuiltin(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional != 4) throw PyException.TypeError("type.__new__() takes exactly 3 arguments (" + (positional - 1) + " given)");
        if (args[0] is not PyType meta) throw PyException.TypeError("type.__new__(X): X is not a type object");
        if (args[1] is not PyStr name) throw PyException.TypeError($"type.__new__() argument 1 must be str, not {args[1].Type.Name}");
        if (args[2] is not PyTuple basesTuple) throw PyException.TypeError($"type.__new__() argument 2 must be tuple, not {args[2].Type.Name}");
        if (args[3] is not PyDict ns) throw PyException.TypeError($"type.__new__() argument 3 must be dict, not {args[3].Type.Name}");
        var bases = basesTuple.Items.Select(b => b as PyType ?? throw PyException.TypeError("bases must be types")).ToArray();
        var winner = CalculateMetaclass(meta, bases);
        if (winner != meta && winner.Lookup("__new__") is { } otherNew && !ReferenceEquals(otherNew, PyTypes.Type.Dict["__new__"]))
            return Builtins.CallKw(Descriptors.Get(otherNew, null, winner), [winner, .. args[1..]], kwnames);
        return New(winner, name.Value, bases, ns, args[positional..], kwnames);
    }

    /// <summary>The most derived metaclass of meta and the bases' metaclasses, or the "metaclass conflict" TypeError.</summary>
    public static PyType CalculateMetaclass(PyType meta, IEnumerable<PyType> bases)
    {
        var winner = meta;
        foreach (var b in bases)
        {
            var t = b.Type;
            if (winner.IsSubtypeOf(t)) continue;
            if (t.IsSubtypeOf(winner))
            {
                winner = t;
                continue;
            }
            throw PyException.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>Adds object's and type's methods (the ones a program calls by name or through super()).</summary>
    internal static void Register()
    {
        var obj = PyTypes.Object;
        obj.Constructor = (a, k) => Call(obj, a, k);
        obj.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", ObjectNew) { IsTypeNew = true });
        obj.AddMethod("__init__", ObjectInit);
        obj.AddMethod("__setattr__", (a, k) =>
        {
            ArgCheck.Exactly("__setattr__", a, k, 3);
            Ops.GenericSetAttr(a[0], AttrName(a[1]), a[2]);
            return PyNone.Instance;
        });
        obj.AddMethod("__delattr__", (a, k) =>
        {
            ArgCheck.Exactly("__delattr__", a, k, 2);
            Ops.GenericSetAttr(a[0], AttrName(a[1]), null);
            return PyNone.Instance;
        });
        obj.AddMethod("__getattribute__", (a, k) =>
        {
            ArgCheck.Exactly("__getattribute__", a, k, 2);
            var name = AttrName(a[1]);
            return (a[0] is PyType ? Ops.GetAttr(a[0], name) : Ops.GenericGetAttr(a[0], name))
                ?? throw PyException.AttributeError($"'{a[0].Type.TpName}' object has no attribute '{name}'");
        });
        obj.AddMethod("__repr__", (a, k) =>
        {
            ArgCheck.Exactly("__repr__", a, k, 1);
            var t = a[0].Type;
            if (a[0] is IBuiltinSubclassInstance sub)
            {
                var w = new ReprWriter();
                sub.WriteBuiltinRepr(w);
                return PyStr.From(w.ToString());
            }
            return PyStr.From(t.IsUserDefined && a[0] is not PyBaseException ? $"<{t.Module}.{t.QualName} object at 0x?>" : a[0].Repr());
        });
        obj.AddMethod("__str__", (a, k) => { ArgCheck.Exactly("__str__", a, k, 1); return PyStr.From(a[0].Repr()); });
        obj.AddMethod("__eq__", (a, k) => { ArgCheck.Exactly("__eq__", a, k, 2); return ReferenceEquals(a[0], a[1]) ? PyBool.True : PySingleton.NotImplemented; });
        obj.AddMethod("__ne__", (a, k) =>
        {
            ArgCheck.Exactly("__ne__", a, k, 2);
            var eq = Ops.RichCompare(a[0], a[1], CompareOp.Eq);
            return ReferenceEquals(eq, PySingleton.NotImplemented) ? eq : PyBool.From(!eq.IsTrue());
        });
        obj.AddMethod("__hash__", (a, k) => { ArgCheck.Exactly("__hash__", a, k, 1); return PyInt.From(PyObject.IdentityHash(a[0])); });
        obj.AddMethod("__format__", (a, k) =>
        {
            ArgCheck.Exactly("__format__", a, k, 2);
            if (a[1] is not PyStr { Value: "" }) throw PyException.TypeError($"unsupported format string passed to {a[0].Type.Name}.__format__");
            return PyStr.From(a[0].Str());
        });
        // object.__sizeof__: the object's own bytes; sys.getsizeof adds the 16-byte GC header
        // of the collected kinds (containers and instances) on top of it.
        obj.AddMethod("__sizeof__", (a, k) =>
        {
            ArgCheck.Exactly("__sizeof__", a, k, 1);
            var o = a[0];
            if (Modules.SizeOf.Of(o) is not { } size) return PyInt.From(16);
            var collected = o is PyTuple or PyList or PyDict or PySet || (o.Type.IsUserDefined && o.InstanceDict is not null);
            return PyInt.From(collected ? size - 16 : size);
        });
        PyTypes.BaseException.AddMethod("__str__", (a, k) =>
        {
            ArgCheck.Exactly("__str__", a, k, 1);
            var w = new ReprWriter();
            ((PyBaseException)a[0]).WriteBuiltinStr(w);
            return PyStr.From(w.ToString());
        });
        PyTypes.BaseException.AddMethod("__repr__", (a, k) =>
        {
            ArgCheck.Exactly("__repr__", a, k, 1);
            var w = new ReprWriter();
            ((PyBaseException)a[0]).WriteBuiltinRepr(w);
            return PyStr.From(w.ToString());
        });
        obj.Dict["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", (a, k) =>
        {
            if (k is { Length: > 0 } || a.Length > 1)
                throw PyException.TypeError($"{((PyType)a[0]).Name}.__init_subclass__() takes no keyword arguments");
            return PyNone.Instance;
        }, obj));

        var type = PyTypes.Type;
        type.Constructor = TypeConstructor;
        type.Dict["__new__"] = new PyStaticMethod(new PyBuiltinFunction("__new__", TypeNewBuiltin) { IsTypeNew = true });
        type.AddMethod("__init__", (a, k) => PyNone.Instance);
        type.AddMethod("__call__", (a, k) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyException.TypeError("descriptor '__call__' of 'type' object needs an argument");
            return DefaultCall(cls, a[1..], k);
        });
        // type.__setattr__/__delattr__ (type_setattro), reached by super() in a metaclass's own __setattr__.
        type.AddMethod("__setattr__", (a, k) =>
        {
            ArgCheck.Exactly("__setattr__", a, k, 3);
            if (a[0] is not PyType cls) throw PyException.TypeError("descriptor '__setattr__' requires a 'type' object");
            Ops.TypeGenericSetAttr(cls, AttrName(a[1]), a[2]);
            return PyNone.Instance;
        });
        type.AddMethod("__delattr__", (a, k) =>
        {
            ArgCheck.Exactly("__delattr__", a, k, 2);
            if (a[0] is not PyType cls) throw PyException.TypeError("descriptor '__delattr__' requires a 'type' object");
            Ops.TypeGenericSetAttr(cls, AttrName(a[1]), null);
            return PyNone.Instance;
        });
        type.AddMethod("mro", (a, k) => new PyList(((PyType)a[0]).Mro));
        type.Dict["__prepare__"] = new PyClassMethod(new PyBuiltinFunction("__prepare__", (a, k) => new PyDict(), type));
        type.AddMethod("__instancecheck__", (a, k) => { ArgCheck.Exactly("__instancecheck__", a, k, 2); return PyBool.From(a[1].Type.IsSubtypeOf((PyType)a[0])); });
        type.AddMethod("__subclasscheck__", (a, k) =>
        {
            ArgCheck.Exactly("__subclasscheck__", a, k, 2);
            return PyBool.From(a[1] is PyType sub ? sub.IsSubtypeOf((PyType)a[0]) : throw PyException.TypeError("issubclass() arg 1 must be a class"));
        });
    }

    private static string AttrName(PyObject o) =>
        o is PyStr s ? s.Value : throw PyException.TypeError($"attribute name must be string, not '{o.Type.Name}'");
}
