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
    private CodeUnit _u = null!;

    private CodeGenerator(string filename) => _filename = filename;

    public static CodeObject CompileModule(Module module, Scope scope, string filename)
    {
        var generator = new CodeGenerator(filename);
        return generator.Module(module, scope);
    }

    private CodeObject Module(Module module, Scope scope)
    {
        _u = new CodeUnit(scope, "<module>", "<module>", 1);
        // CPython gives the module's RESUME line 0 (and end line 1)
        _u.Loc = new Location(0, 1, 0, 0);
        Emit(Opcode.RESUME, 0);
        Body(module.Body, isModule: true);
        return Assemble(addNone: true);
    }

    private CodeObject Assemble(bool addNone)
    {
        // every path that falls off the end returns None: unless the current block returns
        // (b_return), which a raise does not count as
        if (!_u.Current.Instrs.Any(i => i.Op == (int)Opcode.RETURN_VALUE))
        {
            _u.Loc = Location.None;
            if (addNone) LoadConst(NoneConstant.Instance);
            Emit(Opcode.RETURN_VALUE);
        }
        return Assembler.Assemble(_u, _filename);
    }

    // ------------------------------------------------------------------ emitting

    private static Location LocOf(Located node) =>
        new(node.Lineno, node.EndLineno ?? -1, node.ColOffset, node.EndColOffset ?? -1);

    private void SetLoc(Located node) => _u.Loc = LocOf(node);

    private void Emit(Opcode op, int arg = 0) => AddInstr(new Instr((int)op, arg, _u.Loc));

    private void Emit(int op, int arg = 0) => AddInstr(new Instr(op, arg, _u.Loc));

    /// <summary>compiler_addop_noline: an artificial instruction, whose location the flow-graph passes fill in.</summary>
    private void EmitNoLine(int op) => AddInstr(new Instr(op, 0, Location.None));

    /// <summary>A jump ends its block; what follows it goes into a fresh block it may fall through to.</summary>
    private void EmitJump(int op, BasicBlock target, bool noLocation = false) =>
        AddInstr(new Instr(op, 0, noLocation ? Location.None : _u.Loc, target));

    private void EmitJump(Opcode op, BasicBlock target) => EmitJump((int)op, target);

    /// <summary>
    /// compiler_addop: the instruction goes into the current block, or into a new one if the last
    /// instruction ended its block (is_end_of_basic_block: a jump or an exit). The new block is
    /// made only when needed, so blocks are created in CPython's order.
    /// </summary>
    private void AddInstr(Instr instr)
    {
        if (_u.NeedNewImplicitBlock) UseNextBlock(_u.NewBlock());
        _u.Current.Instrs.Add(instr);
        if (instr.IsJump || VirtualOp.IsExit(instr.Op)) _u.NeedNewImplicitBlock = true;
    }

    /// <summary>compiler_use_next_block: <paramref name="block"/> follows the current block in layout.</summary>
    private void UseNextBlock(BasicBlock block)
    {
        _u.Current.Next = block;
        _u.Current = block;
        _u.NeedNewImplicitBlock = false;
    }

    private void NextBlock() => UseNextBlock(_u.NewBlock());

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

    private void NameOp(string name, Ctx ctx, Located where)
    {
        switch (_u.Scope.Resolve(name))
        {
            case NameScope.Local:
                var local = _u.AddVarName(name);
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_FAST, Ctx.Store => Opcode.STORE_FAST, _ => Opcode.DELETE_FAST }, local);
                return;
            case NameScope.Free:
                throw Unsupported(where, "a closure (a nested function reading '" + name + "' of its enclosing function)");
            case NameScope.GlobalExplicit:
            case NameScope.GlobalImplicit when _u.Scope.IsFunction:
                var index = _u.AddName(name);
                if (ctx == Ctx.Load) Emit(Opcode.LOAD_GLOBAL, index << 1);
                else Emit(ctx == Ctx.Store ? Opcode.STORE_GLOBAL : Opcode.DELETE_GLOBAL, index);
                return;
            default:
                Emit(ctx switch { Ctx.Load => Opcode.LOAD_NAME, Ctx.Store => Opcode.STORE_NAME, _ => Opcode.DELETE_NAME }, _u.AddName(name));
                return;
        }
    }

    private static Ctx ContextOf(ExprContext ctx) => ctx switch
    {
        ExprContext.Load => Ctx.Load,
        ExprContext.Store => Ctx.Store,
        _ => Ctx.Del,
    };
}
