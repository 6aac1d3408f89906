namespace Engine.Tests.Compiler;

/// <summary>
/// Frozenset constants (`x in {...}` folded by the AST optimizer, a constant set display's
/// BUILD_SET + SET_UPDATE) in co_consts and dis in CPython's set order.
/// </summary>
public class FrozenSetConstantTests
{
    private static string Set(IEnumerable<string> items) => "{" + string.Join(", ", items) + "}";

    public static TheoryData<string> Sources => new()
    {
        // small ints in and out of order: the second set is the first's object (one constant key)
        "a = x in {3, 1, 2}\nb = x in {1, 2, 3}\nc = x in {8, 16, 1, 9}\n",
        // big ints around the modulus, negative ints (-1 and -2 both hash -2)
        "a = x in {2**61, 2**61 - 1, 2**64 + 3, 10**20, 7, -7}\nb = x in {-1, -2, -3, -100, 5, 2**61 + 4}\n",
        // strs: ASCII, Latin-1, BMP, astral
        "a = x in {'a', 'b', 'c', 'hello', 'world'}\nb = x in {'é', 'ü', 'ÿ', 'a'}\nc = x in {'€', '日本', 'α', 'z'}\nd = x in {'😀', '𝔘', 'a😀', 'b'}\n",
        // bytes, floats, complex numbers, tuples
        "a = x in {b'a', b'', b'xyz', b'\\xff'}\nb = x in {1.5, 0.25, -2.5, 1e100, 0.1}\nc = x in {1j, 2+3j, 0.5j}\nd = x in {(1, 2), (2, 1), ('a',), ()}\n",
        // equal items are one, the first kept: 1 == 1.0 == True, 0 == -0.0 == False
        "a = x in {1, 1.0, True, 2}\nb = x in {0.0, -0.0, 0, False, 3}\nc = x in {True, 1, 2.0, 2}\n",
        // mixed types
        "a = x in {1, 'a', b'b', 2.5, (1, 'x'), 3j, -4}\n",
        // more than five items: the table grows (8, 32, 128 slots)
        "a = x in " + Set(Enumerable.Range(0, 12).Select(i => $"'k{i}'")) + "\nb = x in " + Set(Enumerable.Range(0, 40).Select(i => $"{i * 37 % 101}")) + "\n",
        // colliding hashes: multiples of 8 and of 2**40 share low bits, so probing and perturbation decide
        "a = x in " + Set(Enumerable.Range(0, 25).Select(i => $"{i * 8}")) + "\nb = x in " + Set(Enumerable.Range(1, 20).Select(i => $"{i} * 2**40")) + "\n",
        // _PyCode_New's interning builds a frozenset a third time when an identifier-like item has an
        // interned twin: none here; a name of the source (a variable, an attribute); one the interpreter
        // holds ('read', 'open'); a one-letter string; in two code objects; in a set display
        "a = x in {'zq0', 'zq1', 'zq2', 'zq3'}\n",
        "zq1 = 0\na = x in {'zq0', 'zq1', 'zq2', 'zq3'}\n",
        "y.zq1\ndef f(x):\n    return x in {'zq3', 'zq2', 'zq1', 'zq0'}\ndef g(x):\n    return x in {'zq0', 'zq1', 'zq2', 'zq3'}\n",
        "a = x in {'read', 'write', 'open', 'size'}\nb = {'read', 'write', 'open', 'path'}\nc = x in {'é', 'ü', 'ÿ', 'a'}\n",
        // None and Ellipsis hash by address, whose low bits are the same in every run of one build
        "a = x in {0, None}\nb = x in {'abc', None, 'functools'}\nc = x in {..., 1, 2, None, 'q'}\n",
        // in functions, a for loop over a set, a constant set display
        "def f(x):\n    if x in {'GET', 'POST', 'HEAD'}:\n        return 1\n    return x not in {'PUT', 'GET', 'DELETE'}\ndef g():\n    for c in {'z', 'y', 'x', 'w'}:\n        print(c)\n    return [c for c in {5, 3, 1}]\ns = {'q', 'r', 's', 't'}\n",
    };

    [Theory, MemberData(nameof(Sources))]
    public void FrozenSetsAreInCPythonsOrder(string source) => CompilerTests.AssertCompilesLikeCPython(source);
}
