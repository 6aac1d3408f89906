using System.Text.Json.Nodes;
using Engine.Compiler;
using Engine.Parser;
using Engine.Syntax;
using Engine.Tests.Support;

namespace Engine.Tests.Compiler;

/// <summary>
/// Annotations under <c>from __future__ import annotations</c> written back as source
/// (Python/ast_unparse.c), against the strings CPython's compiler stores in co_consts.
/// </summary>
public class UnparserTests
{
    private const string Future = "from __future__ import annotations\n";

    /// <summary>The oracle's repr of a str constant: cut to 197 characters and "..." past 200.</summary>
    private static string ShortRepr(string s)
    {
        var repr = PyRepr.Str(s);
        return repr.Length > 200 ? repr[..197] + "..." : repr;
    }

    private static Module Parse(string source)
    {
        var parsed = PythonParser.Parse(source);
        Assert.Null(parsed.Error);
        return (Module)parsed.Tree!;
    }

    private static List<JsonNode> Consts(string source) =>
        JsonNode.Parse(Oracle.Run("compile", source))!["code"]!["consts"]!.AsArray().Select(c => c!).ToList();

    public static TheoryData<string> Annotations => new()
    {
        // names, attributes, subscripts, calls
        "int", "a.b.c", "List[int]", "Dict[str, List[int]]", "Callable[..., Any]", "Callable[[int, str], None]",
        "f(a, *b, c=1, **d)", "f()", "f(x for x in y)", "f((x for x in y), z)", "f(a)(b)[c].d", "f(*a, *b, **c, **d)",
        "f(a=lambda: 1)", "a.b(c).d[e]",
        // constants: repr of each kind, the u prefix, Ellipsis, big and special numbers
        "None", "True", "False", "...", "Ellipsis", "0", "-1", "123456789012345678901234567890", "0xff", "0o17", "0b101",
        "1_000", "1.5", "1e5", "1e-5", ".5", "5.", "1e22", "1e16", "1.0e-4", "1e309", "-1e309", "1e309j", "-1e309j",
        "(1e309+2j)", "1e400 * 1j", "2j", "1.5J", "0j", "0.1 + 0.2j", "1e-400",
        "'a'", "\"a\"", "'it''s'", "\"it's\"", "'say \"hi\"'", "'both \\' and \"'", "'\\n\\t\\x00\\\\'", "'caf\u00e9'",
        "'\\u200b'", "'\\U0001F600'", "'\u4e2d'", "u'abc'", "U'abc'", "b'abc'", "b'\\x00\\xff\"'", "rb'\\d'", "'a' 'b'",
        "r'\\d'", "'''tri\nple'''",
        // characters Unicode assigned after 3.11's 14.0 are not printable to repr
        "'\u0cf3\u0897'",
        // attribute access on numbers needs a space for ints only
        "1 .real", "1.5.real", "1j.imag", "True.real", "'a'.join",
        // operators and precedence
        "a + b * c", "(a + b) * c", "a - (b - c)", "(a - b) - c", "a ** b ** c", "(a ** b) ** c", "-a ** b", "(-a) ** b",
        "a ** -b", "-(-a)", "- -a", "~a", "+a", "not a", "not not a", "(not a) + b", "not a + b", "a | b ^ c & d",
        "(a | b) & c", "a << b >> c", "a << (b >> c)", "a @ b", "a // b % c / d", "a if b else c",
        "(a if b else c) if d else e", "a if (b if c else d) else e", "a if b else (c if d else e)",
        "a and b or c", "a and (b or c)", "(a or b) and c", "a or b or c", "(a and b) and c", "not (a and b)",
        "a < b <= c == d != e > f >= g", "a is b is not c", "a in b not in c", "(a < b) < c", "a < (b < c)",
        "(a == b) + c", "-(a < b)", "(a if b else c) + d", "a + (b if c else d)", "(lambda: 1) + 2",
        "a[b + c]", "(a + b)[c]", "(a + b).c", "(-a).b", "(a.b)(c)", "(await_)(x)",
        // lambdas: every parameter kind
        "lambda: 0", "lambda x: x", "lambda x, y=1: x", "lambda *a: 0", "lambda *a, b=1, **k: 0", "lambda **k: 0",
        "lambda a, /, b, *, c: 0", "lambda a=1, /, b=2, *c, d, e=3, **f: 0", "lambda *, a=1, b: 0",
        "lambda: (yield)", "lambda: (yield x)", "lambda: (yield from x)", "lambda: await x", "lambda: lambda: 0",
        "lambda: (a, b)", "lambda: a if b else c", "(lambda: 0) if a else b",
        // displays and comprehensions
        "[]", "[1, 2, *a]", "{}", "{1: 2, **a, 'b': c}", "{1, 2, *a}", "()", "(1,)", "(1, 2)", "((1, 2), (3,))",
        "[x for x in y]", "[x for x in y if z if w for a in b]", "{x for x in y}", "{k: v for k, v in d.items()}",
        "(x for x in y)", "[x async for x in y]", "[x for (a, b) in c]", "[x for x in (a if b else c)]",
        "[(x, y) for x in a]", "[x for x in a if (b if c else d)]", "[x for x in (yield_)]",
        "[await x for x in y]", "lambda: [await x async for x in y]", "{**a}", "[*a, *b]", "{(a, b): c}",
        // slices and starred items in subscripts
        "a[1:2]", "a[:]", "a[::]", "a[1:]", "a[:2]", "a[::3]", "a[1:2:3]", "a[1:2, ::3]", "a[()]", "a[(1,)]",
        "a[1, 2]", "a[(1, 2)]", "a[*b]", "a[b, *c]", "a[b:c, d]", "a[lambda: 0]", "a[b if c else d : e]",
        "Tuple[int, ...]", "a[-1]",
        // f-strings: conversions, format specs, nested quotes, braces, debugging '='
        "f'abc'", "f'{x}'", "f'{x!r}'", "f'{x!s}'", "f'{x!a}'", "f'{x:>10}'", "f'{x!r:>{w}.{p}}'", "f'{x:{y}}'",
        "f'{{}}'", "f'{{{x}}}'", "f'a{x}b{y}c'", "f'{x=}'", "f'{x = !s:>3}'", "f'{\"a\"}'", "f\"{'a'}\"",
        "f'{x}' 'y' f'{z}'", "f'{ {1} }'", "f'{ {1: 2}[1] }'", "f'{(lambda: 1)()}'", "f'{a if b else c}'",
        "f'{(a, b)}'", "f'{a, b}'", "f'{x:{{}}}'", "f'\\n{x}\\t'", "f'{x!r:\\n}'", "f'{f\"{y}\"}'", "F'{x}'",
        "f'{x:{y}{z}!}'", "f'{x}' f'{y:>3}'", "f'{yield_}'", "f'{await_:%d}'", "f'it\\'s {x}'",
        "f'{x:%H:%M}'", "f'{[1, 2]}'", "f'{x!r:^{w}}{y}'", "f'{3.14:.2f}'", "f'{1e309}'",
        // starred expressions and a trailing comma in tuples, walrus inside brackets
        "(*a, b)", "(a, *b)", "[*a]", "[(y := f(x)) for x in z]",
    };

    [Theory, MemberData(nameof(Annotations))]
    public void AnnotationIsCPythons(string expression)
    {
        var source = Future + "x: " + expression + "\n";
        var expected = Consts(source).First(c => (string)c["type"]! == "str");
        var annotation = ((AnnAssign)Parse(source).Body[1]).Annotation;
        Assert.Equal((string)expected["repr"]!, ShortRepr(Unparser.Unparse(annotation)));
    }

    public static TheoryData<string> Functions => new()
    {
        "def f(a: int, b: 'str' = '', *args: A | B, c: C[D], d: E = 1, **kw: F) -> G: pass\n",
        "def f(*a: *Ts) -> tuple[*Ts]: pass\n",
        "def f(a: (1, 2), /, b: lambda x, y: z) -> -1: pass\n",
        "async def f(a: [x async for x in y]) -> f'{x!r}': pass\n",
    };

    /// <summary>A function's annotations: ('name', 'annotation', ..., 'return', 'annotation') as
    /// compiler_visit_annotations lays them out, args before posonlyargs.</summary>
    [Theory, MemberData(nameof(Functions))]
    public void FunctionAnnotationsAreCPythons(string definition)
    {
        var source = Future + definition;
        var expected = Consts(source).Last(c => (string)c["type"]! == "tuple");
        var f = Parse(source).Body[1];
        var (args, returns) = f switch
        {
            FunctionDef d => (d.Args, d.Returns),
            AsyncFunctionDef d => (d.Args, d.Returns),
            _ => throw new InvalidOperationException(),
        };
        var pairs = new List<string>();
        void Add(string name, Expr? annotation)
        {
            if (annotation is null) return;
            pairs.Add(PyRepr.Str(name));
            pairs.Add(PyRepr.Str(Unparser.Unparse(annotation)));
        }
        foreach (var a in args.Args.Concat(args.Posonlyargs)) Add(a.Name, a.Annotation);
        if (args.Vararg is { } v) Add(v.Name, v.Annotation);
        foreach (var a in args.Kwonlyargs) Add(a.Name, a.Annotation);
        if (args.Kwarg is { } k) Add(k.Name, k.Annotation);
        Add("return", returns);
        Assert.Equal((string)expected["repr"]!, "(" + string.Join(", ", pairs) + ")");
    }

    [Fact]
    public void LongChainsNeedNoDeepStack()
    {
        // Each operator nests the tree one level deeper; the unparser's steps live on the heap.
        var chain = string.Join(" + ", Enumerable.Repeat("a", 2000));
        Expr e = new Name("a", ExprContext.Load);
        for (var i = 1; i < 100_000; i++) e = new BinOp(e, Operator.Add, new Name("a", ExprContext.Load));
        Assert.StartsWith(chain, Unparser.Unparse(e));
        Assert.Equal(100_000 * 4 - 3, Unparser.Unparse(e).Length);
    }
}
