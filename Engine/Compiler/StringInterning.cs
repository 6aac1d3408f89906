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
            foreach (var field in FieldsOf(node.GetType()))
            {
                switch (field.Kind, field.Get(node))
                {
                    case (FieldKind.Identifier, string name):
                        foreach (var part in name.Split('.')) _identifiers.Add(part);
                        break;
                    case (FieldKind.Identifier, List<string> names):
                        _identifiers.UnionWith(names);
                        break;
                    case (FieldKind.Other, Node child):
                        pending.Push(child);
                        break;
                    case (FieldKind.Other, System.Collections.IEnumerable children and not string):
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

    private enum FieldKind { Identifier, Other }

    /// <summary>A field of an ast class that may hold an identifier or a child node, read through a
    /// compiled getter (reflection's GetValue on every field of every node was a tenth of compile).</summary>
    private sealed record Field(FieldKind Kind, Func<Node, object?> Get);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Field[]> FieldCache = new();

    private static Field[] FieldsOf(Type type) => FieldCache.GetOrAdd(type, static t =>
        t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0
                        && (IdentifierFields.Contains(p.Name) && (p.PropertyType == typeof(string) || p.PropertyType == typeof(List<string>))
                            || typeof(Node).IsAssignableFrom(p.PropertyType)
                            || (p.PropertyType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(p.PropertyType)
                                && p.PropertyType != typeof(List<string>))))
            .Select(p => new Field(IdentifierFields.Contains(p.Name) && (p.PropertyType == typeof(string) || p.PropertyType == typeof(List<string>)) ? FieldKind.Identifier : FieldKind.Other, Getter(t, p)))
            .ToArray());

    private static Func<Node, object?> Getter(Type type, PropertyInfo property)
    {
        var node = System.Linq.Expressions.Expression.Parameter(typeof(Node));
        var read = System.Linq.Expressions.Expression.Property(System.Linq.Expressions.Expression.Convert(node, type), property);
        return System.Linq.Expressions.Expression.Lambda<Func<Node, object?>>(System.Linq.Expressions.Expression.Convert(read, typeof(object)), node).Compile();
    }
}
