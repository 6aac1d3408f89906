using Engine.Bytecode;
using Engine.Diagnostics;
using Engine.Syntax;

namespace Engine.Compiler;

/// <summary>
/// Turns a syntax tree into a flow graph of basic blocks per code object, following CPython
/// 3.11's Python/compile.c construct by construct, then hands each unit to the assembler.
/// Statements set the current location; expressions set theirs and restore the statement's.
/// </summary>
internal sealed partial class CodeGenerator
{
    private const int StackUseGuideline = 30;

    private readonly string _filename;
    private readonly SymbolTable _symbols;
    private readonly FutureFeatures _future;
    /// <summary>c_stack: the units enclosing the current one, innermost last.</summary>
    private readonly List<CodeUnit> _outer = [];
    /// <summary>c_const_cache: shared by every unit of the module.</summary>
    private readonly ConstCache _constCache = new();
    private StringInterning _interning = null!;
    private CodeUnit _u = null!;
    /// <summary>c_optimize: compile()'s optimize (1: no asserts; 2: no docstrings either).</summary>
    private int _optimize;
    /// <summary>c_interactive: a REPL line, whose top-level expression statements print their value.</summary>
    private bool _interactive;

    private CodeGenerator(string filename, SymbolTable symbols, FutureFeatures future)
    {
        _filename = filename;
        _symbols = symbols;
        _future = future;
    }

    /// <summary>compiler_mod: the top code object of a module ("exec"), a REPL line ("single")
    /// or an expression ("eval"), at compile()'s optimization level.</summary>
    public static CodeObject CompileModule(Mod mod, SymbolTable symbols, FutureFeatures future, string filename, int optimize = 0)
    {
        var generator = new CodeGenerator(filename, symbols, future) { _interning = new StringInterning(mod), _optimize = optimize };
        return generator.Module(mod);
    }

    private CodeObject Module(Mod mod)
    {
        _u = new CodeUnit(_symbols.Top, ScopeType.Module, "<module>", 1, _constCache);
        // CPython gives the module's RESUME line 0 (and end line 1)
        _u.Loc = new Location(0, 1, 0, 0);
        Emit(Opcode.RESUME, 0);
        _u.Loc = _u.Loc with { Line = -1 };
        switch (mod)
        {
            case Module m:
                Body(m.Body);
                break;
            case Interactive i:
                if (FindAnnotation(i.Body))
                {
                    // compiler_mod has set no statement's location yet: the unit's own, line 1
                    _u.Loc = new Location(1, 1, 0, 0);
                    Emit(Opcode.SETUP_ANNOTATIONS);
                }
                _interactive = true;
                foreach (var s in i.Body) Statement(s);
                break;
            case Expression e:
                Expression(e.Body);
                // the expression's value is what the code returns
                return Assemble(addNone: false);
        }
        return Assemble(addNone: true);
    }

    private CodeObject Assemble(bool addNone)
    {
        // every path that falls off the end returns None: unless the current block returns
        // (b_return), which a raise does not count as
        if (!_u.Current.Return)
        {
            _u.Loc = Location.None;
            if (addNone) LoadConst(NoneConstant.Instance);
            Emit(Opcode.RETURN_VALUE);
        }
        _u.Flags = ComputeCodeFlags();
        var code = Assembler.Assemble(_u, _filename);
        _interning.Apply(code.Consts);
        return code;
    }

    /// <summary>compute_code_flags: a function's kind from its symbol-table block, plus the module's future features.</summary>
    private CodeFlags ComputeCodeFlags()
    {
        var ste = _u.Scope;
        var flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NEWLOCALS | CodeFlags.OPTIMIZED;
            if (ste.Nested) flags |= CodeFlags.NESTED;
            if (ste.Generator && !ste.Coroutine) flags |= CodeFlags.GENERATOR;
            if (!ste.Generator && ste.Coroutine) flags |= CodeFlags.COROUTINE;
            if (ste.Generator && ste.Coroutine) flags |= CodeFlags.ASYNC_GENERATOR;
            if (ste.Varargs) flags |= CodeFlags.VARARGS;
            if (ste.Varkeywords) flags |= CodeFlags.VARKEYWORDS;
        }
        return flags | (CodeFlags)_future.Flags;
    }

    /// <summary>compiler_enter_scope: a new unit for a function, class, lambda or comprehension,
    /// its qualified name, and its RESUME at the first line.</summary>
    private void EnterScope(string name, ScopeType scopeType, Node key, int lineno)
    {
        var unit = new CodeUnit(_symbols[key], scopeType, name, lineno, _constCache) { Private = _u.Private };
        _outer.Add(_u);
        _u = unit;
        _u.QualName = QualName();
        _u.Loc = new Location(lineno, lineno, 0, 0);
        Emit(Opcode.RESUME, 0);
    }

    private void ExitScope()
    {
        _u = _outer[^1];
        _outer.RemoveAt(_outer.Count - 1);
    }

    /// <summary>compiler_set_qualname: a function's locals show as `f.<locals>.g`; a name declared
    /// global in the enclosing block is qualified from the module.</summary>
    private string QualName()
    {
        if (_outer.Count <= 1) return _u.Name;
        var parent = _outer[^1];
        if (_u.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Class
            && parent.Scope.Resolve(Mangling.Mangle(parent.Private, _u.Name)) == NameScope.GlobalExplicit)
            return _u.Name;
        var baseName = parent.ScopeType is ScopeType.Function or ScopeType.AsyncFunction or ScopeType.Lambda
            ? parent.QualName + ".<locals>"
            : parent.QualName;
        return baseName + "." + _u.Name;
    }

    // ------------------------------------------------------------------ emitting

    private static Location LocOf(Located node) =>
        new(node.Lineno, node.EndLineno ?? -1, node.ColOffset, node.EndColOffset ?? -1);

    private void SetLoc(Located node) => _u.Loc = LocOf(node);

    private void Emit(Opcode op, int arg = 0) => AddInstr(new Instr((int)op, arg, _u.Loc));

    private void Emit(int op, int arg = 0) => AddInstr(new Instr(op, arg, _u.Loc));

    /// <summary>An instruction for the current block. After a jump, return or raise the next instruction
    /// opens a new block, created only then (compiler_use_new_implicit_block_if_needed), so that
    /// nothing follows an exit in its block and no empty block is made for nothing.</summary>
    private void AddInstr(Instr inst)
    {
        if (_u.NeedNewImplicitBlock) UseNextBlock(_u.NewBlock());
        _u.Current.Instrs.Add(inst);
        if (inst.Op == (int)Opcode.RETURN_VALUE) _u.Current.Return = true;
        if (inst.IsJump || VirtualOp.IsExit(inst.Op)) _u.NeedNewImplicitBlock = true;
    }

    /// <summary>compiler_addop_noline: an artificial instruction, whose location the flow-graph passes fill in.</summary>
    private void EmitNoLine(int op) => AddInstr(new Instr(op, 0, Location.None));

    private void EmitJump(int op, BasicBlock target, bool noLocation = false) =>
        AddInstr(new Instr(op, 0, noLocation ? Location.None : _u.Loc, target));

    private void EmitJump(Opcode op, BasicBlock target) => EmitJump((int)op, target);

    /// <summary>compiler_use_next_block: <paramref name="block"/> follows the current block in layout.</summary>
    private void UseNextBlock(BasicBlock block)
    {
        _u.Current.Next = block;
        _u.Current = block;
        _u.NeedNewImplicitBlock = false;
    }

    private void LoadConst(PyConstant value) => Emit(Opcode.LOAD_CONST, _u.AddConst(value));

    private SourceErrorException Error(Located node, string message) =>
        new(new SourceError("SyntaxError", message, node.Lineno, node.ColOffset + 1,
            node.EndLineno, node.EndColOffset is { } end ? end + 1 : null));

    /// <summary>compiler_error: a SyntaxError at the current location (the statement being compiled).</summary>
    private SourceErrorException Error(string message)
    {
        var loc = _u.Loc;
        return new(new SourceError("SyntaxError", message, loc.Line, loc.Col + 1,
            loc.EndLine, loc.EndCol + 1));
    }

    private SourceErrorException Unsupported(Located node, string construct) =>
        Error(node, construct + " is not supported yet by this compiler");

    // ------------------------------------------------------------------ names

    private enum Ctx { Load, Store, Del }

    /// <summary>compiler_nameop: FAST in functions, DEREF for cells and free variables (CLASSDEREF in a
    /// class body), GLOBAL for declared or implicit globals in functions, NAME otherwise.</summary>
    private void NameOp(string name, Ctx ctx, Located where)
    {
        ForbiddenName(name, ctx);
        var mangled = Mangling.Mangle(_u.Private, name);
        var scope = _u.Scope.Resolve(mangled);
        var isFunction = _u.Scope.Type == BlockType.Function;
        switch (scope)
        {
            case NameScope.Free:
            case NameScope.Cell:
                var index = scope == NameScope.Free ? _u.FreeVars[mangled] : _u.CellVars[mangled];
                Emit(ctx switch
                {
                    Ctx.Load => _u.Scope.Type == BlockType.Class ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF,
                    Ctx.Store => Opcode.STORE_DEREF,
                    _ => Opcode.DELETE_DEREF,
                }, index);
                return;
            case NameScope.Local when isFunction:
                var local = _u.AddVarName(mangled);
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_FAST, Ctx.Store => Opcode.STORE_FAST, _ => Opcode.DELETE_FAST }, local);
                return;
            case NameScope.GlobalExplicit:
            case NameScope.GlobalImplicit when isFunction:
                var global = _u.AddName(mangled);
                if (ctx == Ctx.Load) Emit(Opcode.LOAD_GLOBAL, global << 1);
                else Emit(ctx == Ctx.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, global);
                return;
            default:
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_NAME, Ctx.Store => Opcode.STORE_NAME, _ => Opcode.DELETE_NAME }, _u.AddName(mangled));
                return;
        }
    }

    /// <summary>forbidden_name: __debug__ can be neither assigned nor deleted.</summary>
    private void ForbiddenName(string name, Ctx ctx)
    {
        if (name != "__debug__") return;
        if (ctx == Ctx.Store) throw ErrorHere("cannot assign to __debug__");
        if (ctx == Ctx.Del) throw ErrorHere("cannot delete __debug__");
    }

    /// <summary>compiler_error: a SyntaxError at the current location.</summary>
    private SourceErrorException ErrorHere(string message)
    {
        var loc = _u.Loc;
        return new(new SourceError("SyntaxError", message, loc.Line, loc.Col + 1,
            loc.EndLine < 0 ? null : loc.EndLine, loc.EndCol < 0 ? null : loc.EndCol + 1));
    }

    /// <summary>ADDOP_NAME: a name for co_names, mangled in a class.</summary>
    private int MangledName(string name) => _u.AddName(Mangling.Mangle(_u.Private, name));

    private static Ctx ContextOf(ExprContext ctx) => ctx switch
    {
        ExprContext.Load => Ctx.Load,
        ExprContext.Store => Ctx.Store,
        _ => Ctx.Del,
    };
}
