namespace Engine.Tests.Parser;

/// <summary>
/// The second parsing pass (python.gram's invalid_* rules) and pegen's error placement: each case is
/// compared with CPython 3.11's type, line, offset and message.
/// </summary>
public class InvalidRuleTests
{
    [Theory]
    // invalid_named_expression: '=' where a comparison or walrus was meant
    [InlineData("if x = 5:\n    pass\n")]
    [InlineData("if x:\n    pass\nelif y = 1:\n    pass\n")]
    [InlineData("while (n = 0):\n    pass\n")]
    [InlineData("while x.y = 1:\n    pass\n")]
    [InlineData("[a = 1]\n")]
    [InlineData("x = (a, b = 1)\n")]
    [InlineData("for (i = 0; i < 5; i++)\n    pass\n")]
    [InlineData("x[a = 1]\n")]
    [InlineData("x = [i for i in range(3) if i = 2]\n")]
    [InlineData("assert x = 1\n")]
    [InlineData("(x.y := 1)\n")]
    [InlineData("class W(Codec, mbc.Writer:= , codecs.Writer):\n    pass\n")]
    // invalid_assignment read through display elements, and plain invalid targets
    [InlineData("a, 2 = pair\n")]
    [InlineData("(n := len(values)) = 3\n")]
    [InlineData("[x for x in y] = 1\n")]
    [InlineData("x = f() = 1\n")]
    [InlineData("x = (yield) = 1\n")]
    [InlineData("yield = 1\n")]
    // a valid statement before the error is not reported by the second pass
    [InlineData("(a) = 1\n1 +\n")]
    public void NamedExpressionAndAssignment(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // invalid_expression: a missing comma inside brackets, not at statement level
    [InlineData("x = [1, 2 3]\n")]
    [InlineData("f(a, b c)\n")]
    [InlineData("{1: 2 3: 4}\n")]
    [InlineData("max(values, key=abs default=0)\n")]
    [InlineData("config = {\"host\": \"h\", \"port\": 8080 \"debug\": True}\n")]
    [InlineData("[n * n for n numbers]\n")]
    [InlineData("[a b for c in d]\n")]
    [InlineData("x = [f(a) for a in b c]\n")]
    [InlineData("for x in y z:\n    pass\n")]
    [InlineData("a = b = c d\n")]
    // an 'if' without 'else' leaves the disjunction before it as the expression
    [InlineData("x = [t for t t in traces\n     if t]\n")]
    [InlineData("foo(a=1, a b)\n")]
    // not after a soft keyword or a NAME before a STRING; print and exec get invalid_legacy_expression
    [InlineData("x = (match x)\n")]
    [InlineData("x = (_ y)\n")]
    [InlineData("x = (f\"a\" b)\n")]
    [InlineData("x = (print \"a\")\n")]
    [InlineData("x = [*a b]\n")]
    [InlineData("w{a b: c}\n")]
    [InlineData("w{hile n % 10 == 0:\n  zeros += 1\n}\n")]
    [InlineData("x = [1, 2, 3]\nfor n in [6, 12, 28,for 35, 496]:\n    pass\n")]
    [InlineData("for i in range(n - 1            if items[i] > items[i + 1]:\n    pass\n")]
    [InlineData("json.dump(obj, outfile, lambda**dump_args)\n")]
    [InlineData("lambda **k, a: 1\n")]
    [InlineData("def f(**k, *a): pass\n")]
    public void MissingComma(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // invalid_comprehension, invalid_dict_comprehension
    [InlineData("[i, name for i, name in pairs]\n")]
    [InlineData("{a, b for a in c}\n")]
    [InlineData("[a, for a in c]\n")]
    [InlineData("{**a for a in b}\n")]
    [InlineData("print(*a for a in b)\n")]
    // invalid_kvpair, invalid_double_starred_kvpairs
    [InlineData("x = {'a': 1, 'b'}\n")]
    [InlineData("x = {**a, 'b'}\n")]
    [InlineData("x = {'a': 1,\n     'b',\n}\n")]
    [InlineData("x = {1: *a}\n")]
    [InlineData("x = {1:}\n")]
    public void DisplaysAndComprehensions(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // invalid_arguments, invalid_kwarg
    [InlineData("show(1, True=1)\n")]
    [InlineData("f(None=1)\n")]
    [InlineData("print(a=1 for x in y)\n")]
    [InlineData("f(a.b=1)\n")]
    [InlineData("f(a, *b for b in c)\n")]
    [InlineData("f(a for a in b, c for c in d)\n")]
    [InlineData("print(f(x for x in y z))\n")]
    // invalid_parameters, invalid_lambda_parameters, invalid_star_etc
    [InlineData("def configure(name, *, **options):\n    pass\n")]
    [InlineData("def f(x, *):\n    pass\n")]
    [InlineData("lambda *: None\n")]
    [InlineData("lambda *, **k: 1\n")]
    [InlineData("lambda x, *: 1\n")]
    [InlineData("def f(a, (b, c)):\n    pass\n")]
    [InlineData("def f(a, /, (b)):\n    pass\n")]
    // invalid_default
    [InlineData("def getint(self, *, raw=False, vars=,\n            fallback=None):\n    pass\n")]
    [InlineData("def f(a=):\n    pass\n")]
    [InlineData("lambda a=: 1\n")]
    [InlineData("lambda (x): 1\n")]
    public void ArgumentsAndParameters(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // "expected ':'": forced tokens (def, try, finally, else) point at the token found instead;
    // the other headers only name it before a NEWLINE, on the second pass
    [InlineData("def double(x) = x * 2\n")]
    [InlineData("def f x:\n    pass\n")]
    [InlineData("def f[T](x):\n    pass\n")]
    [InlineData("try x:\n    pass\n")]
    [InlineData("try:\n    pass\nfinally x:\n    pass\n")]
    [InlineData("if x:\n    pass\nelse if y:\n    pass\n")]
    [InlineData("for x in range(3):\n    pass\nelse\n    pass\n")]
    [InlineData("class A x:\n    pass\n")]
    [InlineData("class A(x) \n    pass\n")]
    [InlineData("while x y:\n    pass\n")]
    [InlineData("while True\n    pass\n")]
    [InlineData("for x in y\n    pass\n")]
    [InlineData("for name in names print(name)\n")]
    [InlineData("for i in 1 to 10:\n    pass\n")]
    [InlineData("with a as b\n    pass\n")]
    [InlineData("with (a as b)\n    pass\n")]
    [InlineData("with open(x) as f, open(y) as g\n    pass\n")]
    [InlineData("try:\n    pass\nexcept E as e\n    pass\n")]
    [InlineData("match command\n    case 1:\n        pass\n")]
    [InlineData("match x:\n    case 1\n        pass\n")]
    [InlineData("match x:\n    case 1 | 2 as r.v:\n        pass\n")]
    // RAISE_SYNTAX_ERROR places at the last token read, across both passes
    [InlineData("match(x)\n1 +\n")]
    public void HeaderColons(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // patterns: invalid_as_pattern, _PyPegen_ensure_real before _PyPegen_ensure_imaginary
    [InlineData("match x:\n    case \"circle\" as 1:\n        pass\n")]
    [InlineData("match x:\n    case 1j + 2:\n        pass\n")]
    [InlineData("match x:\n    case -1j + 1:\n        pass\n")]
    [InlineData("match x:\n    case 1j + 1j:\n        pass\n")]
    // invalid_del_stmt, invalid_for_target
    [InlineData("del *a, b\n")]
    [InlineData("del f()\n")]
    [InlineData("del a, 1\n")]
    [InlineData("for f() in x:\n    pass\n")]
    [InlineData("for 1 in x:\n    pass\n")]
    [InlineData("[x for 1 in y]\n")]
    // "<>" is one NOTEQUAL token the parser refuses (PEP 401)
    [InlineData("if a <> b:\n    pass\n")]
    public void PatternsTargetsAndOperators(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // ENDMARKER has no column: indentation errors point past the last line, "invalid syntax" at column 0
    [InlineData("def todo():\n")]
    [InlineData("def todo():")]
    [InlineData("def f():\n\n\n")]
    [InlineData("def f():\n# c\n")]
    [InlineData("def f():\n  # comment")]
    [InlineData("if x:\n  pass\nelse:\n  \n")]
    [InlineData("@dec\n")]
    [InlineData("x = 1\n@dec  # c\n#d\n")]
    // the DEDENTs at the end of input stand after the newline the tokenizer adds to the last line
    [InlineData("class A:\n    def f(self):\n        # XXX")]
    [InlineData("if module:\n      ")]
    // a bracket never closed wins once either pass reads to the end or past its line
    [InlineData("x = (1 2\n")]
    [InlineData("primes = [2, 3, 5, 7, 11\nfor p in primes:\n    print(p)\n")]
    [InlineData("total = sum(n * n for n in numbers\nprint(total)\n")]
    [InlineData("foo(a, b\nx = 1\n")]
    public void EndOfInput(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // E_DEDENT, E_TABSPACE, E_TOODEEP, E_LINECONT reach the parser only when it asks for that token
    [InlineData("x = (1 +\n\ny = 2\nif x:\n        a\n    b\n")]
    [InlineData("x = 1 +\nif x:\n        a\n    b\n")]
    [InlineData("if x:\n        a\n    b\n")]
    [InlineData("x = 1 +\nif x:\n\ta\n        b\n")]
    [InlineData("x = 1 +\ny = 1 \\ 2\n")]
    [InlineData("y = 1 \\ 2\nx = 1 +\n")]
    // errors raised at once by the tokenizer win over an earlier parser error
    [InlineData("x = 1 +\ny = 'abc\n")]
    [InlineData("x = 1 +\ny = 1abc\n")]
    // DEDENT has no column: the place is where the indentation ends
    [InlineData("def f(items):\n        if m != i:\n    ,    x = 1\n")]
    // annotation targets are judged only when ':' expression follows
    [InlineData("despread(values):\n    pass\n")]
    [InlineData("f(x): int\n")]
    [InlineData("a, b: int\n")]
    // the first pass reads an unparenthesized generator only as a call's sole argument
    [InlineData("print(n, to_base(n, 16for))\n")]
    // a NEWLINE after a comment starts at the '#'
    [InlineData("if x  # c\n  pass\n")]
    [InlineData("x = 1 +  # c\n")]
    [InlineData("try# comment\n    pass\n")]
    // an unexpected indent wins over a tokenizer error further on
    [InlineData("x = 1\n     y = 2\nz = 'abc\n")]
    public void TokenizerAndParserOrder(string source) => OracleComparison.AssertSameError(source);

    [Theory]
    // the f-string sub-parser: "f-string: " messages, columns from CPython's starting_col_offset
    [InlineData("print(f\"{a b}\")\n")]
    [InlineData("a = 1\nprint(f\"{a b}\")\n")]
    [InlineData("n = 4\nprint(f\"{lambda x: x * 2}\")\n")]
    [InlineData("x = f\"{x y}\" f\"{z}\"\n")]
    [InlineData("x = f\"\"\"{\na b}\"\"\"\n")]
    [InlineData("print(f\"{a!r b}\")\n")]
    public void FStringExpressions(string source) => OracleComparison.AssertSameError(source);
}

/// <summary>Second-pass checks re-read subtrees; remembered misses keep nested brackets from costing 2^depth.</summary>
public class InvalidRuleCostTests
{
    [Theory]
    [InlineData("(x = ", "y = z", " = z)")]
    [InlineData("[0 for (", "*", ") in d]")]
    [InlineData("[0 for ", "x", " in d] +")]
    [InlineData("[*", "a", "] +")]
    [InlineData("(print -", "print", " x)")]
    public void NestedChecksStayFast(string open, string middle, string close)
    {
        var source = string.Concat(Enumerable.Repeat(open, 40)) + middle + string.Concat(Enumerable.Repeat(close, 40)) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        OracleComparison.AssertSameError(source);
        Assert.True(watch.ElapsedMilliseconds < 5000, $"took {watch.ElapsedMilliseconds} ms");
    }
}
