using Engine.Syntax;

namespace Engine.Bytecode;

/// <summary>co_flags bits (CPython's Include/cpython/code.h).</summary>
[Flags]
public enum CodeFlags
{
    None = 0,
    OPTIMIZED = 0x1,
    NEWLOCALS = 0x2,
    VARARGS = 0x4,
    VARKEYWORDS = 0x8,
    NESTED = 0x10,
    GENERATOR = 0x20,
    NOFREE = 0x40,
    COROUTINE = 0x80,
    ITERABLE_COROUTINE = 0x100,
    ASYNC_GENERATOR = 0x200,
}

/// <summary>One code unit's source span, as co_positions() yields it; null where CPython has none.</summary>
public readonly record struct SourcePosition(int? Line, int? EndLine, int? Col, int? EndCol)
{
    public static readonly SourcePosition None = new(null, null, null, null);
}

/// <summary>A row of the exception table as dis._parse_exception_table gives it (byte offsets; end exclusive).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool Lasti);

/// <summary>
/// A compiled code object, mirroring CPython's co_* attributes. <see cref="Code"/> is co_code:
/// two bytes per code unit (opcode, argument byte), inline CACHE entries included, so offsets
/// are CPython's. <see cref="Positions"/> has one entry per code unit (co_positions()).
/// </summary>
public sealed class CodeObject
{
    public required string Name { get; init; }
    public required string QualName { get; init; }
    public required string Filename { get; init; }
    public required int FirstLineNo { get; init; }
    public int ArgCount { get; init; }
    public int PosOnlyArgCount { get; init; }
    public int KwOnlyArgCount { get; init; }
    public int StackSize { get; init; }
    public CodeFlags Flags { get; init; }
    public required string[] Names { get; init; }
    public required string[] VarNames { get; init; }
    public string[] CellVars { get; init; } = [];
    public string[] FreeVars { get; init; } = [];
    public required PyConstant[] Consts { get; init; }
    public required byte[] Code { get; init; }
    public required SourcePosition[] Positions { get; init; }
    public ExceptionTableEntry[] ExceptionTable { get; init; } = [];

    /// <summary>co_nlocals: the fast locals, which are the varnames.</summary>
    public int NLocals => VarNames.Length;

    private string[]? _localsPlusNames;

    /// <summary>co_localsplusnames: the varnames, then the cells that are not arguments, then the
    /// free variables. MAKE_CELL, LOAD_DEREF, LOAD_CLOSURE and friends index this array.</summary>
    public string[] LocalsPlusNames => _localsPlusNames ??=
        [.. VarNames, .. CellVars.Where(c => Array.IndexOf(VarNames, c) < 0), .. FreeVars];
}

/// <summary>A tuple in co_consts (constant-folded tuples, default-argument tuples, keyword-name tuples).</summary>
public sealed record TupleConstant(PyConstant[] Items) : PyConstant
{
    public override string TypeName => "tuple";
    public override string Repr() => Items.Length == 1
        ? "(" + Items[0].Repr() + ",)"
        : "(" + string.Join(", ", Items.Select(i => i.Repr())) + ")";
    public bool Equals(TupleConstant? other) => other is not null && Items.AsSpan().SequenceEqual(other.Items);
    public override int GetHashCode() => Items.Aggregate(17, (h, i) => h * 31 + i.GetHashCode());
}

/// <summary>A frozenset in co_consts (from `x in {1, 2}`): <see cref="Items"/> in its iteration
/// order. <see cref="BuiltFrom"/> is the order its table was filled in (CPython's compiler builds
/// the frozenset twice, the second time from the first's iteration order); with collisions the
/// table, and so what a set copied from it iterates in, depends on that order.</summary>
public sealed record FrozenSetConstant(PyConstant[] Items) : PyConstant
{
    public PyConstant[] BuiltFrom { get; init; } = Items;

    public override string TypeName => "frozenset";
    public override string Repr() => Items.Length == 0
        ? "frozenset()"
        : "frozenset({" + string.Join(", ", Items.Select(i => i.Repr())) + "})";
}

/// <summary>A nested code object in co_consts (functions, lambdas, comprehensions, classes).</summary>
public sealed record CodeConstant(CodeObject Code) : PyConstant
{
    public override string TypeName => "code";
    public override string Repr() =>
        $"<code object {Code.Name} at 0x?, file \"{Code.Filename}\", line {Code.FirstLineNo}>";
}
