using Engine.Syntax;
using Attribute = Engine.Syntax.Attribute;

namespace Engine.Compiler;

/// <summary>Where a name lives in one scope (CPython's symtable scopes, less what this compiler does not do yet).</summary>
internal enum NameScope { Local, GlobalExplicit, GlobalImplicit, Free }

/// <summary>
/// The names of one scope (module or function): which are bound here, which are declared
/// global, and the parameters in order. Built before code generation, as CPython's symtable is.
/// </summary>
internal sealed class Scope
{
    private readonly HashSet<string> _bound = [];
    private readonly HashSet<string> _globals = [];
    private readonly HashSet<string> _used = [];

    private Scope(bool isFunction, Scope? parent)
    {
        IsFunction = isFunction;
        Parent = parent;
    }

    public bool IsFunction { get; }
    public Scope? Parent { get; }
    public List<string> Parameters { get; } = [];
    public Dictionary<FunctionDef, Scope> Children { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when a nested function reads a variable of an enclosing function: a closure,
    /// which needs cells this compiler does not make yet.</summary>
    public Located? Closure { get; private set; }

    public static Scope ForModule(Module module)
    {
        var scope = new Scope(false, null);
        new Collector(scope).Body(module.Body);
        scope.Resolve();
        return scope;
    }

    public NameScope Resolve(string name)
    {
        if (_globals.Contains(name)) return NameScope.GlobalExplicit;
        if (!IsFunction) return NameScope.GlobalImplicit;
        if (_bound.Contains(name)) return NameScope.Local;
        for (var p = Parent; p is not null; p = p.Parent)
            if (p.IsFunction && p._bound.Contains(name) && !p._globals.Contains(name)) return NameScope.Free;
        return NameScope.GlobalImplicit;
    }

    /// <summary>After every scope is collected: a function reading an enclosing function's variable is a closure.</summary>
    private void Resolve()
    {
        foreach (var (def, child) in Children)
        {
            child.FindClosures(def);
            child.Resolve();
        }
    }

    private void FindClosures(Located where)
    {
        foreach (var name in _used)
            if (Resolve(name) == NameScope.Free) Closure ??= where;
    }

    /// <summary>Walks one scope's statements, noting bindings and uses; nested functions get scopes of their own.</summary>
    private sealed class Collector(Scope scope)
    {
        public void Body(List<Stmt> body)
        {
            foreach (var s in body) Statement(s);
        }

        private void Bind(string name) => scope._bound.Add(name);

        private void Statement(Stmt s)
        {
            switch (s)
            {
                case FunctionDef f:
                    foreach (var d in f.DecoratorList) Expression(d);
                    foreach (var d in f.Args.Defaults) Expression(d);
                    foreach (var d in f.Args.KwDefaults) if (d is not null) Expression(d);
                    Bind(f.Name);
                    var child = new Scope(true, scope);
                    // co_varnames order: positional-only, positional, keyword-only, *args, **kwargs
                    foreach (var a in f.Args.Posonlyargs.Concat(f.Args.Args).Concat(f.Args.Kwonlyargs)) child.Parameters.Add(a.Name);
                    if (f.Args.Vararg is { } va) child.Parameters.Add(va.Name);
                    if (f.Args.Kwarg is { } kw) child.Parameters.Add(kw.Name);
                    foreach (var p in child.Parameters) child._bound.Add(p);
                    new Collector(child).Body(f.Body);
                    scope.Children[f] = child;
                    break;
                case Global g:
                    foreach (var n in g.Names) scope._globals.Add(n);
                    break;
                case Assign a:
                    Expression(a.Value);
                    foreach (var t in a.Targets) Expression(t);
                    break;
                case AugAssign a:
                    Expression(a.Target);
                    Expression(a.Value);
                    break;
                case For f:
                    Expression(f.Iter);
                    Expression(f.Target);
                    Body(f.Body);
                    Body(f.Orelse);
                    break;
                case While w: Expression(w.Test); Body(w.Body); Body(w.Orelse); break;
                case If i: Expression(i.Test); Body(i.Body); Body(i.Orelse); break;
                case Return r: if (r.Value is not null) Expression(r.Value); break;
                case ExprStmt e: Expression(e.Value); break;
                case Delete d: foreach (var t in d.Targets) Expression(t); break;
                case Assert a: Expression(a.Test); if (a.Msg is not null) Expression(a.Msg); break;
                case Raise r: if (r.Exc is not null) Expression(r.Exc); if (r.Cause is not null) Expression(r.Cause); break;
                case Try t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
                case TryStar t: Try(t.Body, t.Handlers, t.Orelse, t.Finalbody); break;
                case With w: WithItems(w.Items); Body(w.Body); break;
                case AsyncWith w: WithItems(w.Items); Body(w.Body); break;
                case AsyncFor f:
                    Expression(f.Iter);
                    Expression(f.Target);
                    Body(f.Body);
                    Body(f.Orelse);
                    break;
            }
        }

        private void Try(List<Stmt> body, List<ExceptHandlerBase> handlers, List<Stmt> orelse, List<Stmt> finalBody)
        {
            Body(body);
            foreach (var h in handlers.Cast<ExceptHandler>())
            {
                if (h.Type is not null) Expression(h.Type);
                if (h.Name is not null) Bind(h.Name);
                Body(h.Body);
            }
            Body(orelse);
            Body(finalBody);
        }

        private void WithItems(List<WithItem> items)
        {
            foreach (var item in items)
            {
                Expression(item.ContextExpr);
                if (item.OptionalVars is not null) Expression(item.OptionalVars);
            }
        }

        private void Expression(Expr e)
        {
            switch (e)
            {
                case Name n:
                    if (n.Ctx == ExprContext.Load) scope._used.Add(n.Id);
                    else Bind(n.Id);
                    break;
                case BoolOp b: foreach (var v in b.Values) Expression(v); break;
                case BinOp b: Expression(b.Left); Expression(b.Right); break;
                case UnaryOp u: Expression(u.Operand); break;
                case IfExp i: Expression(i.Test); Expression(i.Body); Expression(i.Orelse); break;
                case Compare c: Expression(c.Left); foreach (var x in c.Comparators) Expression(x); break;
                case Call c:
                    Expression(c.Func);
                    foreach (var a in c.Args) Expression(a);
                    foreach (var k in c.Keywords) Expression(k.Value);
                    break;
                case Attribute a: Expression(a.Value); break;
                case Subscript s: Expression(s.Value); Expression(s.Slice); break;
                case Starred s: Expression(s.Value); break;
                case Slice s:
                    if (s.Lower is not null) Expression(s.Lower);
                    if (s.Upper is not null) Expression(s.Upper);
                    if (s.Step is not null) Expression(s.Step);
                    break;
                case List l: foreach (var x in l.Elts) Expression(x); break;
                case Engine.Syntax.Tuple t: foreach (var x in t.Elts) Expression(x); break;
                case Set s: foreach (var x in s.Elts) Expression(x); break;
                case Dict d:
                    foreach (var k in d.Keys) if (k is not null) Expression(k);
                    foreach (var v in d.Values) Expression(v);
                    break;
                case NamedExpr n: Expression(n.Value); Expression(n.Target); break;
                case JoinedStr j: foreach (var v in j.Values) Expression(v); break;
                case FormattedValue f:
                    Expression(f.Value);
                    if (f.FormatSpec is not null) Expression(f.FormatSpec);
                    break;
            }
        }
    }
}
