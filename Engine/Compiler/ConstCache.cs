using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// c_const_cache and merge_consts_recursive, for the one thing they change that shows: the
/// order of a frozenset. The first time a frozenset is added as a constant anywhere in the
/// module, CPython builds it again from its own iteration order (PyFrozenSet_New of the items
/// as it yields them), which can differ from the first build's where items collided; every
/// later frozenset with the same items (by constant key, in any order, in any code object) is
/// that same object, so it takes that order too.
/// </summary>
internal sealed class ConstCache
{
    private readonly Dictionary<PyConstant, FrozenSetConstant> _frozenSets = new(ConstantKey.Instance);

    public PyConstant Merge(PyConstant value) => value switch
    {
        FrozenSetConstant { Items.Length: > 0 } s => MergeFrozenSet(s),
        TupleConstant t when t.Items.Any(HoldsFrozenSet) => new TupleConstant([.. t.Items.Select(Merge)]),
        _ => value,
    };

    private static bool HoldsFrozenSet(PyConstant value) =>
        value is FrozenSetConstant || (value is TupleConstant t && t.Items.Any(HoldsFrozenSet));

    private FrozenSetConstant MergeFrozenSet(FrozenSetConstant s)
    {
        // _PyCode_ConstantKey: the frozenset of its items' keys, whatever their order
        if (_frozenSets.TryGetValue(s, out var cached)) return cached;
        PyConstant[] items = [.. s.Items.Select(Merge)];
        var merged = new FrozenSetConstant(SetOrder.FrozenSetNew(items)) { BuiltFrom = items };
        _frozenSets[s] = merged;
        return merged;
    }
}
