using System.Reflection;
using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// intern_string_constants (Objects/codeobject.c), as far as it shows: _PyCode_New interns each
/// str constant made of ASCII letters, digits and _, and where that replaces the string by an
/// interned twin (another object) inside a frozenset, it builds the frozenset again from its own
/// order, which can reorder colliding items. A twin exists when the string was interned before
/// the literal: it is one of the source's identifiers (the parser interns every NAME, and a
/// literal is another object; a one-character identifier is the shared character object itself,
/// so it does not count), or the interpreter had it already (<see cref="InternedStrings"/>).
/// </summary>
internal sealed class StringInterning(Mod module)
{
    private HashSet<string>? _identifiers;

    /// <summary>Rebuilds, in place, the frozensets among <paramref name="consts"/> that CPython rebuilds.</summary>
    public void Apply(PyConstant[] consts)
    {
        for (var i = 0; i < consts.Length; i++)
            if (Intern(consts[i], out var interned)) consts[i] = interned;
    }

    private bool Intern(PyConstant value, out PyConstant result)
    {
        result = value;
        switch (value)
        {
            case StrConstant s:
                return AllNameChars(s.Value) && HasTwin(s.Value);
            case TupleConstant t:
            {
                // a tuple's items are interned in place, and its own caller is not told: a tuple
                // never makes the frozenset holding it build again (a frozenset inside it may)
                var items = (PyConstant[])t.Items.Clone();
                var rebuilt = false;
                for (var i = 0; i < items.Length; i++)
                    rebuilt |= Intern(items[i], out items[i]) && items[i] is FrozenSetConstant;
                if (rebuilt) result = new TupleConstant(items);
                return false;
            }
            case FrozenSetConstant f:
            {
                var items = (PyConstant[])f.Items.Clone();
                var modified = false;
                for (var i = 0; i < items.Length; i++) modified |= Intern(items[i], out items[i]);
                if (modified) result = new FrozenSetConstant(SetOrder.FrozenSetNew(items)) { BuiltFrom = items };
                return modified;
            }
            default:
                return false;
        }
    }

    /// <summary>all_name_chars: ASCII letters, digits and underscores only (the empty string too).</summary>
    private static bool AllNameChars(string s) => s.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private bool HasTwin(string s) =>
        InternedStrings.Contains(s) || (s.Length > 1 && Identifiers().Contains(s));

    /// <summary>Every identifier of the source: the tree's identifier fields, dotted names in parts.
    /// The walk keeps its own stack: a tree may be deeper than the call stack allows.</summary>
    private HashSet<string> Identifiers()
    {
        if (_identifiers is not null) return _identifiers;
        _identifiers = [];
        var pending = new Stack<Node>();
        pending.Push(module);
        while (pending.TryPop(out var node))
        {
            foreach (var property in Properties(node.GetType()))
            {
                switch (property.GetValue(node))
                {
                    case string name when IdentifierFields.Contains(property.Name):
                        foreach (var part in name.Split('.')) _identifiers.Add(part);
                        break;
                    case List<string> names when IdentifierFields.Contains(property.Name):
                        _identifiers.UnionWith(names);
                        break;
                    case Node child:
                        pending.Push(child);
                        break;
                    case System.Collections.IEnumerable children and not string:
                        foreach (var item in children)
                            if (item is Node n) pending.Push(n);
                        break;
                }
            }
        }
        return _identifiers;
    }

    /// <summary>The ast fields that hold identifiers (type_comment, tag and kind do not).</summary>
    private static readonly HashSet<string> IdentifierFields = ["Id", "Attr", "Name", "Arg", "Asname", "Module", "Rest", "Names", "KwdAttrs"];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> PropertyCache = new();

    private static PropertyInfo[] Properties(Type type) =>
        PropertyCache.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance));
}
