using Engine.Bytecode;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>CPython's fblocktype: what a return, break or continue leaving a frame block must undo.</summary>
internal enum FBlockKind
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

/// <summary>
/// A frame block (CPython's fblockinfo): a loop, a try, a with or a handler being compiled.
/// <see cref="Block"/> is where a loop continues, <see cref="Exit"/> where it breaks to;
/// <see cref="Datum"/> is what unwinding needs: a finally body (List of Stmt), a with statement
/// (its location), or an except handler whose name must be cleared.
/// </summary>
internal sealed record FBlock(FBlockKind Kind, BasicBlock? Block, BasicBlock? Exit, object? Datum);

/// <summary>What kind of code object a unit compiles (CPython's COMPILER_SCOPE_*).</summary>
internal enum ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

/// <summary>
/// The state of one code object being compiled (CPython's compiler_unit): its symbol-table
/// block, tables of constants and names in first-use order, the cell and free variables, the
/// blocks, the current block and location.
/// </summary>
internal sealed class CodeUnit
{
    private readonly Dictionary<PyConstant, int> _constIndex = new(ConstantKey.Instance);
    private readonly Dictionary<string, int> _nameIndex = [];
    private readonly Dictionary<string, int> _varIndex = [];
    private int _nextBlockId;

    private readonly ConstCache _constCache;

    public CodeUnit(Scope scope, ScopeType scopeType, string name, int firstLineNo, ConstCache constCache)
    {
        _constCache = constCache;
        Scope = scope;
        ScopeType = scopeType;
        Name = name;
        QualName = name;
        FirstLineNo = firstLineNo;
        foreach (var p in scope.VarNames) AddVarName(p);
        // u_cellvars: the cells, sorted; a class whose methods use __class__ gets that cell too
        foreach (var c in scope.NamesOf(NameScope.Cell)) CellVars[c] = CellVars.Count;
        if (scope.NeedsClassClosure) CellVars["__class__"] = CellVars.Count;
        // u_freevars: numbered after the cells, as the DEREF opcodes index them before fix_cell_offsets
        foreach (var f in scope.NamesOf(NameScope.Free, SymbolFlags.DefFreeClass)) FreeVars[f] = CellVars.Count + FreeVars.Count;
        Entry = Current = NewBlock();
    }

    public Scope Scope { get; }
    public ScopeType ScopeType { get; }
    public string Name { get; }
    public string QualName { get; set; }
    public int FirstLineNo { get; }
    /// <summary>u_private: the class name that mangles __names here.</summary>
    public string? Private { get; set; }
    public int ArgCount { get; set; }
    public int PosOnlyArgCount { get; set; }
    public int KwOnlyArgCount { get; set; }
    public CodeFlags Flags { get; set; }

    public List<PyConstant> Consts { get; } = [];
    public List<string> Names { get; } = [];
    public List<string> VarNames { get; } = [];
    public Dictionary<string, int> CellVars { get; } = [];
    public Dictionary<string, int> FreeVars { get; } = [];
    public bool IsVarName(string name) => _varIndex.ContainsKey(name);

    /// <summary>Every block in creation order (the assembler walks them newest first, as CPython's u_blocks).</summary>
    public List<BasicBlock> Blocks { get; } = [];
    public BasicBlock Entry { get; }
    public BasicBlock Current { get; set; }
    public Location Loc { get; set; }

    /// <summary>u_need_new_implicit_block: the last instruction ended a block (a jump, return or
    /// raise), so the next one opens a new block, created only then.</summary>
    public bool NeedNewImplicitBlock { get; set; }

    /// <summary>The frame blocks enclosing the code being compiled, innermost last (u_fblock).</summary>
    public List<FBlock> FBlocks { get; } = [];

    /// <summary>COMPILER_SCOPE_ASYNC_FUNCTION: an async def's body, where async with and async for may appear.</summary>
    public bool IsAsync => ScopeType == ScopeType.AsyncFunction;

    public BasicBlock NewBlock()
    {
        var block = new BasicBlock(_nextBlockId++);
        Blocks.Add(block);
        return block;
    }

    /// <summary>compiler_add_const: equal constants (same type and value, 0.0 and -0.0 apart) share a slot.</summary>
    public int AddConst(PyConstant value)
    {
        value = _constCache.Merge(value);
        if (_constIndex.TryGetValue(value, out var index)) return index;
        Consts.Add(value);
        return _constIndex[value] = Consts.Count - 1;
    }

    public int AddName(string name)
    {
        if (_nameIndex.TryGetValue(name, out var index)) return index;
        Names.Add(name);
        return _nameIndex[name] = Names.Count - 1;
    }

    public int AddVarName(string name)
    {
        if (_varIndex.TryGetValue(name, out var index)) return index;
        VarNames.Add(name);
        return _varIndex[name] = VarNames.Count - 1;
    }
}
