using Engine.Diagnostics;
using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;
using Tuple = Engine.Syntax.Tuple;

namespace Engine.Compiler;

/// <summary>What a block of the symbol table is (CPython's _Py_block_ty).</summary>
internal enum BlockType { Function, Class, Module, Annotation }

/// <summary>Which comprehension a function block is, if any (_Py_comprehension_ty).</summary>
internal enum ComprehensionType { None, List, Dict, Set, Generator }

/// <summary>Where a name lives once the symbol table is analysed (symtable.h's scopes).</summary>
internal enum NameScope { None = 0, Local = 1, GlobalExplicit = 2, GlobalImplicit = 3, Free = 4, Cell = 5 }

/// <summary>How a name is used in one block (symtable.h's DEF_* flags).</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,
    DefLocal = 2,
    DefParam = 4,
    DefNonlocal = 8,
    Use = 16,
    DefFree = 32,
    DefFreeClass = 64,
    DefImport = 128,
    DefAnnot = 256,
    DefCompIter = 512,
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>
/// One block of the symbol table (CPython's PySTEntryObject): a module, class, function,
/// lambda or comprehension, with every name it uses, their flags and, after analysis, their
/// scopes. Children are the nested blocks in source order.
/// </summary>
internal sealed class Scope
{
    private readonly Dictionary<string, SymbolFlags> _flags = [];
    private readonly Dictionary<string, NameScope> _scopes = [];

    public Scope(string name, BlockType type, Located? node, Scope? parent)
    {
        Name = name;
        Type = type;
        Node = node;
        Lineno = node?.Lineno ?? 0;
        if (parent is not null && (parent.Nested || parent.Type == BlockType.Function)) Nested = true;
    }

    public string Name { get; }
    public BlockType Type { get; }
    public Located? Node { get; }
    public int Lineno { get; }

    /// <summary>ste_varnames: the parameters, in co_varnames order.</summary>
    public List<string> VarNames { get; } = [];
    public List<Scope> Children { get; } = [];
    /// <summary>ste_directives: where each global/nonlocal declaration was, for error places.</summary>
    public List<(string Name, int Line, int Col, int EndLine, int EndCol)> Directives { get; } = [];

    public bool Nested { get; }
    public bool Free { get; set; }
    public bool ChildFree { get; set; }
    public bool Generator { get; set; }
    public bool Coroutine { get; set; }
    public ComprehensionType Comprehension { get; set; }
    public bool Varargs { get; set; }
    public bool Varkeywords { get; set; }
    public bool ReturnsValue { get; set; }
    public bool NeedsClassClosure { get; set; }
    public bool CompIterTarget { get; set; }
    public int CompIterExpr { get; set; }

    public bool IsFunction => Type == BlockType.Function;

    /// <summary>ste_symbols' keys in insertion order.</summary>
    public IEnumerable<string> Names => _flags.Keys;

    public SymbolFlags FlagsOf(string name) => _flags.TryGetValue(name, out var f) ? f : SymbolFlags.None;
    public void SetFlags(string name, SymbolFlags flags) => _flags[name] = flags;
    public bool Has(string name) => _flags.ContainsKey(name);

    /// <summary>_PyST_GetScope: the scope of an (already mangled) name, None when the block never saw it.</summary>
    public NameScope Resolve(string name) => _scopes.TryGetValue(name, out var s) ? s : NameScope.None;
    public void SetScope(string name, NameScope scope) => _scopes[name] = scope;

    /// <summary>The names of one scope kind, sorted as the compiler's dictbytype sorts them; a flag
    /// may add names whatever their scope (DEF_FREE_CLASS for free variables).</summary>
    public List<string> NamesOf(NameScope scope, SymbolFlags orFlag = SymbolFlags.None)
    {
        var names = _flags.Keys.Where(n => Resolve(n) == scope || (orFlag != 0 && (_flags[n] & orFlag) != 0)).ToList();
        names.Sort(string.CompareOrdinal);
        return names;
    }

    public override string ToString() => $"<symtable entry {Name}, line {Lineno}>";
}

/// <summary>
/// CPython 3.11's Python/symtable.c: one pass over the tree collects each block's names and
/// flags (raising the symbol-table SyntaxErrors), a second decides every name's scope:
/// local, global, free (from an enclosing function) or cell (used by a nested function).
/// </summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly List<Scope> _stack = [];
    private readonly FutureFeatures _future;
    private Scope _cur = null!;
    private Scope _top = null!;
    private string? _private;

    private SymbolTable(FutureFeatures future) => _future = future;

    public Scope Top => _top;

    /// <summary>The block a function, class, lambda or comprehension node opens.</summary>
    public Scope this[Node node] => _blocks[node];

    public static SymbolTable Build(Mod module, FutureFeatures future)
    {
        var st = new SymbolTable(future);
        st.EnterBlock("top", BlockType.Module, null, module);
        st._top = st._cur;
        switch (module)
        {
            case Module m: foreach (var s in m.Body) st.VisitStmt(s); break;
            case Interactive i: foreach (var s in i.Body) st.VisitStmt(s); break;
            case Expression e: st.VisitExpr(e.Body); break;
        }
        st.ExitBlock();
        Analyzer.Analyze(st._top);
        return st;
    }

    // ------------------------------------------------------------------ errors

    private static SourceErrorException Error(string message, int line, int col, int? endLine, int? endCol) =>
        new(new SourceError("SyntaxError", message, line, col + 1, endLine, endCol is { } e ? e + 1 : null));

    private static SourceErrorException Error(string message, Located at) =>
        Error(message, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    // ------------------------------------------------------------------ blocks

    private void EnterBlock(string name, BlockType type, Located? located, Node key)
    {
        var prev = _stack.Count > 0 ? _cur : null;
        var ste = new Scope(name, type, located, prev);
        _blocks[key] = ste;
        _stack.Add(ste);
        // bpo-37757: no assignment expression anywhere inside a comprehension's iterable
        if (prev is not null) ste.CompIterExpr = prev.CompIterExpr;
        _cur = ste;
        // annotation blocks (under `from __future__ import annotations`) become strings: not analysed
        if (type == BlockType.Annotation) return;
        prev?.Children.Add(ste);
    }

    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0) _cur = _stack[^1];
    }

    // ------------------------------------------------------------------ definitions

    private SymbolFlags Lookup(string name) => _cur.FlagsOf(Mangling.Mangle(_private, name));

    private void AddDef(string name, SymbolFlags flag, Located at) => AddDef(name, flag, _cur, at);

    /// <summary>symtable_add_def_helper: record a use or binding of a name in a block.</summary>
    private void AddDef(string name, SymbolFlags flag, Scope ste, Located at)
    {
        var mangled = Mangling.Mangle(_private, name);
        var val = flag;
        if (ste.Has(mangled))
        {
            var existing = ste.FlagsOf(mangled);
            if ((flag & SymbolFlags.DefParam) != 0 && (existing & SymbolFlags.DefParam) != 0)
                throw Error($"duplicate argument '{name}' in function definition", at);
            val = existing | flag;
        }
        if (ste.CompIterTarget)
        {
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error($"comprehension inner loop cannot rebind assignment expression target '{name}'", at);
            val |= SymbolFlags.DefCompIter;
        }
        ste.SetFlags(mangled, val);
        if ((flag & SymbolFlags.DefParam) != 0) ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
            _top.SetFlags(mangled, flag | _top.FlagsOf(mangled));
    }

    private void RecordDirective(string name, Located at) =>
        _cur.Directives.Add((Mangling.Mangle(_private, name), at.Lineno, at.ColOffset, at.EndLineno ?? at.Lineno, at.EndColOffset ?? at.ColOffset));

    // ------------------------------------------------------------------ statements

    private void VisitStmts(List<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        switch (s)
        {
            case FunctionDef f: Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false); break;
            case AsyncFunctionDef f: Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: true); break;
            case ClassDef c:
                AddDef(c.Name, SymbolFlags.DefLocal, c);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                EnterBlock(c.Name, BlockType.Class, c, c);
                var saved = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = saved;
                ExitBlock();
                break;
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case Delete d: VisitExprs(d.Targets); break;
            case Assign a: VisitExprs(a.Targets); VisitExpr(a.Value); break;
            case AnnAssign a: AnnAssign(a); break;
            case AugAssign a: VisitExpr(a.Target); VisitExpr(a.Value); break;
            case For f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case AsyncFor f: VisitExpr(f.Target); VisitExpr(f.Iter); VisitStmts(f.Body); VisitStmts(f.Orelse); break;
            case While w: VisitExpr(w.Test); VisitStmts(w.Body); VisitStmts(w.Orelse); break;
            case If i: VisitExpr(i.Test); VisitStmts(i.Body); VisitStmts(i.Orelse); break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null) VisitExpr(r.Cause);
                }
                break;
            case Try t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case TryStar t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
            case Assert a: VisitExpr(a.Test); if (a.Msg is not null) VisitExpr(a.Msg); break;
            case Import i: foreach (var a in i.Names) Alias(a); break;
            case ImportFrom i: foreach (var a in i.Names) Alias(a); break;
            case Global g: Declare(g, g.Names, global: true); break;
            case Nonlocal n: Declare(n, n.Names, global: false); break;
            case ExprStmt e: VisitExpr(e.Value); break;
            case With w: foreach (var item in w.Items) WithItem(item); VisitStmts(w.Body); break;
            case AsyncWith w: foreach (var item in w.Items) WithItem(item); VisitStmts(w.Body); break;
            case Pass or Break or Continue: break;
        }
    }

    private void Function(Stmt s, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitExprs(args.Defaults);
        foreach (var d in args.KwDefaults) if (d is not null) VisitExpr(d);
        Annotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, BlockType.Function, s, s);
        if (isAsync) _cur.Coroutine = true;
        Parameters(args);
        VisitStmts(body);
        ExitBlock();
    }

    private void Try(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalbody)
    {
        VisitStmts(body);
        VisitStmts(orelse);
        foreach (var h in handlers.Cast<ExceptHandler>())
        {
            if (h.Type is not null) VisitExpr(h.Type);
            if (h.Name is not null) AddDef(h.Name, SymbolFlags.DefLocal, h);
            VisitStmts(h.Body);
        }
        VisitStmts(finalbody);
    }

    private void WithItem(WithItem item)
    {
        VisitExpr(item.ContextExpr);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
    }

    private void AnnAssign(AnnAssign a)
    {
        if (a.Target is Name name)
        {
            var cur = Lookup(name.Id);
            if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0 && _cur != _top && a.Simple != 0)
            {
                var what = (cur & SymbolFlags.DefGlobal) != 0 ? "global" : "nonlocal";
                throw Error($"annotated name '{name.Id}' can't be {what}", a);
            }
            if (a.Simple != 0) AddDef(name.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, name);
            else if (a.Value is not null) AddDef(name.Id, SymbolFlags.DefLocal, name);
        }
        else VisitExpr(a.Target);
        Annotation(a.Annotation);
        if (a.Value is not null) VisitExpr(a.Value);
    }

    private void Declare(Stmt s, List<string> names, bool global)
    {
        foreach (var name in names)
        {
            var cur = Lookup(name);
            if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
            {
                var kind = global ? "global" : "nonlocal";
                var message =
                    (cur & SymbolFlags.DefParam) != 0 ? $"name '{name}' is parameter and {kind}" :
                    (cur & SymbolFlags.Use) != 0 ? $"name '{name}' is used prior to {kind} declaration" :
                    (cur & SymbolFlags.DefAnnot) != 0 ? $"annotated name '{name}' can't be {kind}" :
                    $"name '{name}' is assigned to before {kind} declaration";
                throw Error(message, s);
            }
            AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, s);
            RecordDirective(name, s);
        }
    }

    private void Alias(Alias a)
    {
        // `import a.b.c` binds only `a`
        var storeName = a.Asname ?? a.Name;
        var dot = storeName.IndexOf('.');
        if (dot >= 0) storeName = storeName[..dot];
        if (storeName != "*")
        {
            AddDef(storeName, SymbolFlags.DefImport, a);
            return;
        }
        if (_cur.Type != BlockType.Module) throw Error("import * only allowed at module level", a);
    }

    // ------------------------------------------------------------------ arguments and annotations

    private void Parameters(Arguments args)
    {
        foreach (var a in args.Posonlyargs) AddDef(a.Name, SymbolFlags.DefParam, a);
        foreach (var a in args.Args) AddDef(a.Name, SymbolFlags.DefParam, a);
        foreach (var a in args.Kwonlyargs) AddDef(a.Name, SymbolFlags.DefParam, a);
        if (args.Vararg is { } va)
        {
            AddDef(va.Name, SymbolFlags.DefParam, va);
            _cur.Varargs = true;
        }
        if (args.Kwarg is { } kw)
        {
            AddDef(kw.Name, SymbolFlags.DefParam, kw);
            _cur.Varkeywords = true;
        }
    }

    private bool FutureAnnotations => _future.Annotations;

    private void Annotations(Stmt s, Arguments args, Expr? returns)
    {
        if (FutureAnnotations) EnterBlock("_annotation", BlockType.Annotation, s, new AnnotationKey(s));
        foreach (var a in args.Posonlyargs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (args.Vararg?.Annotation is { } va) VisitExpr(va);
        if (args.Kwarg?.Annotation is { } kw) VisitExpr(kw);
        foreach (var a in args.Kwonlyargs) if (a.Annotation is not null) VisitExpr(a.Annotation);
        if (FutureAnnotations) ExitBlock();
        if (returns is not null) Annotation(returns);
    }

    private void Annotation(Expr annotation)
    {
        if (FutureAnnotations)
        {
            EnterBlock("_annotation", BlockType.Annotation, annotation, new AnnotationKey(annotation));
            VisitExpr(annotation);
            ExitBlock();
        }
        else VisitExpr(annotation);
    }

    /// <summary>A key of its own for an annotation block, so that it never shadows the node's real block.</summary>
    private sealed class AnnotationKey(Located owner) : Node
    {
        public Located Owner { get; } = owner;
        public override string TypeName => "annotation";
        internal override void WriteFields(AstJsonWriter w) { }
    }

    // ------------------------------------------------------------------ expressions

    private void VisitExprs(List<Expr> exprs)
    {
        foreach (var e in exprs) VisitExpr(e);
    }

    private void VisitExpr(Expr e)
    {
        switch (e)
        {
            case NamedExpr n:
                RaiseIfAnnotationBlock("named expression", e);
                NamedExpr(n);
                break;
            case BoolOp b: VisitExprs(b.Values); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                foreach (var d in l.Args.KwDefaults) if (d is not null) VisitExpr(d);
                EnterBlock("lambda", BlockType.Function, l, l);
                Parameters(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.Orelse); break;
            case Dict d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                VisitExprs(d.Values);
                break;
            case Set s: VisitExprs(s.Elts); break;
            case GeneratorExp g: Comprehension(g, "genexpr", g.Generators, g.Elt, null, ComprehensionType.Generator); break;
            case ListComp l: Comprehension(l, "listcomp", l.Generators, l.Elt, null, ComprehensionType.List); break;
            case SetComp s: Comprehension(s, "setcomp", s.Generators, s.Elt, null, ComprehensionType.Set); break;
            case DictComp d: Comprehension(d, "dictcomp", d.Generators, d.Key, d.Value, ComprehensionType.Dict); break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", e);
                if (y.Value is not null) VisitExpr(y.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.None) RaiseComprehensionYield(e);
                break;
            case YieldFrom y:
                RaiseIfAnnotationBlock("yield expression", e);
                VisitExpr(y.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.None) RaiseComprehensionYield(e);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", e);
                VisitExpr(a.Value);
                _cur.Coroutine = true;
                break;
            case Compare c: VisitExpr(c.Left); VisitExprs(c.Comparators); break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case FormattedValue f:
                VisitExpr(f.Value);
                if (f.FormatSpec is not null) VisitExpr(f.FormatSpec);
                break;
            case JoinedStr j: VisitExprs(j.Values); break;
            case Constant: break;
            case Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Slice); break;
            case Starred s: VisitExpr(s.Value); break;
            case Slice s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Name n:
                AddDef(n.Id, n.Ctx == ExprContext.Load ? SymbolFlags.Use : SymbolFlags.DefLocal, n);
                // a function using super() needs the __class__ cell of its class
                if (n.Ctx == ExprContext.Load && _cur.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, n);
                break;
            case List l: VisitExprs(l.Elts); break;
            case Tuple t: VisitExprs(t.Elts); break;
        }
    }

    private void RaiseIfAnnotationBlock(string what, Expr e)
    {
        if (_cur.Type == BlockType.Annotation) throw Error($"'{what}' can not be used within an annotation", e);
    }

    private void RaiseComprehensionYield(Expr e) => throw Error(_cur.Comprehension switch
    {
        ComprehensionType.List => "'yield' inside list comprehension",
        ComprehensionType.Set => "'yield' inside set comprehension",
        ComprehensionType.Dict => "'yield' inside dict comprehension",
        _ => "'yield' inside generator expression",
    }, e);

    private void NamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
            throw Error("assignment expression cannot be used in a comprehension iterable expression", e);
        if (_cur.Comprehension != ComprehensionType.None) ExtendNamedExprScope((Name)e.Target);
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    /// <summary>symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the nearest
    /// enclosing function (as nonlocal) or module (as global).</summary>
    private void ExtendNamedExprScope(Name target)
    {
        var name = target.Id;
        for (var i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            if (ste.Comprehension != ComprehensionType.None)
            {
                if ((ste.FlagsOf(name) & SymbolFlags.DefCompIter) != 0)
                    throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", target);
                continue;
            }
            if (ste.Type == BlockType.Function)
            {
                var global = (ste.FlagsOf(name) & SymbolFlags.DefGlobal) != 0;
                AddDef(name, global ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefLocal, ste, target);
                return;
            }
            if (ste.Type == BlockType.Module)
            {
                AddDef(name, SymbolFlags.DefGlobal, target);
                RecordDirective(name, target);
                AddDef(name, SymbolFlags.DefGlobal, ste, target);
                return;
            }
            if (ste.Type == BlockType.Class)
                throw Error("assignment expression within a comprehension cannot be used in a class body", target);
        }
    }

    /// <summary>symtable_handle_comprehension: the outermost iterable is evaluated outside; the
    /// rest is a function block receiving it as its argument ".0".</summary>
    private void Comprehension(Expr e, string name, List<Comprehension> generators, Expr elt, Expr? value, ComprehensionType type)
    {
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock("<" + name + ">", BlockType.Function, e, e);
        _cur.Comprehension = type;
        if (outermost.IsAsync != 0) _cur.Coroutine = true;
        AddDef(".0", SymbolFlags.DefParam, e);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (var i = 1; i < generators.Count; i++)
        {
            var g = generators[i];
            _cur.CompIterTarget = true;
            VisitExpr(g.Target);
            _cur.CompIterTarget = false;
            _cur.CompIterExpr++;
            VisitExpr(g.Iter);
            _cur.CompIterExpr--;
            VisitExprs(g.Ifs);
            if (g.IsAsync != 0) _cur.Coroutine = true;
        }
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        if (type == ComprehensionType.Generator) _cur.Generator = true;
        // an async list, set or dict comprehension is awaited where it stands: its block awaits
        var isAsync = _cur.Coroutine && type != ComprehensionType.Generator;
        ExitBlock();
        if (isAsync) _cur.Coroutine = true;
    }

    // ------------------------------------------------------------------ patterns

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue v: VisitExpr(v.Value); break;
            case MatchSingleton: break;
            case MatchSequence s: foreach (var x in s.Patterns) VisitPattern(x); break;
            case MatchStar s: if (s.Name is not null) AddDef(s.Name, SymbolFlags.DefLocal, s); break;
            case MatchMapping m:
                VisitExprs(m.Keys);
                foreach (var x in m.Patterns) VisitPattern(x);
                if (m.Rest is not null) AddDef(m.Rest, SymbolFlags.DefLocal, m);
                break;
            case MatchClass c:
                VisitExpr(c.Cls);
                foreach (var x in c.Patterns) VisitPattern(x);
                foreach (var x in c.KwdPatterns) VisitPattern(x);
                break;
            case MatchAs a:
                if (a.Pattern is not null) VisitPattern(a.Pattern);
                if (a.Name is not null) AddDef(a.Name, SymbolFlags.DefLocal, a);
                break;
            case MatchOr o: foreach (var x in o.Patterns) VisitPattern(x); break;
        }
    }

    // ------------------------------------------------------------------ analysis

    /// <summary>symtable_analyze: every name's scope, passing bound and global names down and free
    /// names up; locals a nested block uses become cells.</summary>
    private static class Analyzer
    {
        public static void Analyze(Scope top) =>
            AnalyzeBlock(top, null, [], []);

        private static SourceErrorException ErrorAtDirective(Scope ste, string name, string message)
        {
            foreach (var d in ste.Directives)
                if (d.Name == name) return Error(message, d.Line, d.Col, d.EndLine, d.EndCol);
            return new SourceErrorException(new SourceError("SyntaxError", message, ste.Lineno, 1, null, null));
        }

        private static void AnalyzeName(Scope ste, Dictionary<string, NameScope> scopes, string name, SymbolFlags flags,
            HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
        {
            if ((flags & SymbolFlags.DefGlobal) != 0)
            {
                if ((flags & SymbolFlags.DefNonlocal) != 0)
                    throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
                scopes[name] = NameScope.GlobalExplicit;
                global.Add(name);
                bound?.Remove(name);
                return;
            }
            if ((flags & SymbolFlags.DefNonlocal) != 0)
            {
                if (bound is null) throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
                if (!bound.Contains(name)) throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
                scopes[name] = NameScope.Free;
                ste.Free = true;
                free.Add(name);
                return;
            }
            if ((flags & SymbolFlags.DefBound) != 0)
            {
                scopes[name] = NameScope.Local;
                local.Add(name);
                global.Remove(name);
                return;
            }
            if (bound is not null && bound.Contains(name))
            {
                scopes[name] = NameScope.Free;
                ste.Free = true;
                free.Add(name);
                return;
            }
            if (global.Contains(name))
            {
                scopes[name] = NameScope.GlobalImplicit;
                return;
            }
            if (ste.Nested) ste.Free = true;
            scopes[name] = NameScope.GlobalImplicit;
        }

        private static void AnalyzeBlock(Scope ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
        {
            var local = new HashSet<string>();
            var scopes = new Dictionary<string, NameScope>();
            var newGlobal = new HashSet<string>();
            var newFree = new HashSet<string>();
            var newBound = new HashSet<string>();

            // a class's names are not visible to its methods: pass down what was visible before it
            if (ste.Type == BlockType.Class)
            {
                newGlobal.UnionWith(global);
                if (bound is not null) newBound.UnionWith(bound);
            }
            foreach (var name in ste.Names) AnalyzeName(ste, scopes, name, ste.FlagsOf(name), bound, local, free, global);

            if (ste.Type != BlockType.Class)
            {
                if (ste.Type == BlockType.Function) newBound.UnionWith(local);
                if (bound is not null) newBound.UnionWith(bound);
                newGlobal.UnionWith(global);
            }
            else newBound.Add("__class__");

            var allFree = new HashSet<string>();
            foreach (var child in ste.Children)
            {
                var childFree = new HashSet<string>(newFree);
                AnalyzeBlock(child, new HashSet<string>(newBound), childFree, new HashSet<string>(newGlobal));
                allFree.UnionWith(childFree);
                if (child.Free || child.ChildFree) ste.ChildFree = true;
            }
            newFree.UnionWith(allFree);

            if (ste.Type == BlockType.Function)
            {
                // analyze_cells: a local a child uses freely becomes a cell
                foreach (var (name, scope) in scopes.ToList())
                {
                    if (scope != NameScope.Local || !newFree.Contains(name)) continue;
                    scopes[name] = NameScope.Cell;
                    newFree.Remove(name);
                }
            }
            else if (ste.Type == BlockType.Class && newFree.Remove("__class__")) ste.NeedsClassClosure = true;

            UpdateSymbols(ste, scopes, bound, newFree, ste.Type == BlockType.Class);
            free.UnionWith(newFree);
        }

        private static void UpdateSymbols(Scope ste, Dictionary<string, NameScope> scopes, HashSet<string>? bound,
            HashSet<string> free, bool isClass)
        {
            foreach (var name in ste.Names.ToList()) ste.SetScope(name, scopes[name]);
            // free variables of children pass through this block on their way up
            foreach (var name in free)
            {
                if (ste.Has(name))
                {
                    // a method's free variable named like a class-level binding
                    if (isClass && (ste.FlagsOf(name) & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                        ste.SetFlags(name, ste.FlagsOf(name) | SymbolFlags.DefFreeClass);
                    continue;
                }
                if (bound is not null && !bound.Contains(name)) continue; // a global
                ste.SetFlags(name, SymbolFlags.None);
                ste.SetScope(name, NameScope.Free);
            }
        }
    }
}
