using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>hash() and the order of sets against CPython run with PYTHONHASHSEED=0: str and bytes by
/// SipHash-1-3, numbers, tuples and frozensets as CPython hashes them, and set/frozenset laid out as
/// setobject.c lays out its table through adds, removals (dummies), pop, growth and set algebra.</summary>
public class HashingTests
{
    public static TheoryData<string> Programs => new()
    {
        "print({'b', 'a', 'c'}, {3, 1, 2}, {None, 1, 'x', 2.5, (1, 2), ...})\nwords = \"the quick brown fox jumps over the lazy dog and the cat\".split()\ns = set(words)\nprint(s, len(s))\ns.discard('the'); s.remove('fox'); s.add('zebra')\nprint(s)\nfor i in range(40):\n    s.add('w%d' % i)\nprint(s)\nwhile len(s) > 30:\n    s.pop()\nprint(s)\na = set('abcdefgh'); b = set('fghijk')\nprint(a | b, a & b, a - b, b - a, a ^ b, b ^ a)\nprint(a.union(b, 'xyz'), a.intersection(b, 'fgz'), a.difference('ab', 'c'), a.symmetric_difference('aqz'))\nc = set(a); c |= b; print(c)\nc = set(a); c &= b; print(c)\nc = set(a); c -= b; print(c)\nc = set(a); c ^= b; print(c)\nf = frozenset(words); print(f, hash(f), f | {'q'}, f.copy() is f)\nprint(hash('a'), hash('h\u00e9llo'), hash('\u65e5\u672c'), hash('\ud83d\ude00x'), hash(b'abc'), hash(b''), hash(''))\nprint(hash(-1), hash(2**61), hash(2**100), hash(-2**100), hash(1.5), hash(-0.25), hash(1e300), hash(float('inf')), hash(float('-inf')))\nprint(hash(1+2j), hash(True), hash((1, 'a', 2.5)), hash(()), hash(frozenset()), hash(frozenset([1, 2, 3])))\nclass A:\n    def __hash__(self): return -1\nclass B:\n    def __hash__(self): return 2**64 + 5\nclass C:\n    def __hash__(self): return True\nprint(hash(A()), hash(B()), hash(C()))\no = object(); print(hash(o) == id(o) >> 4)\nprint({x * x for x in range(-10, 10)}, {c for c in 'mississippi'})\nprint({*'hello', *'world'}, {1, 2, *range(20, 30)})\nl = list({'apple', 'banana', 'cherry', 'date'}); print(l)\nprint(sorted({'z', 'y'}), {1.0, 1, True}, {True, 1, 1.0})\nd = {'x': 1, 'y': 2}; d['z'] = 3; print(d.popitem(), d, list(d.keys()))\ns = set(range(100)); s -= set(range(0, 100, 3)); print(s)\ns = {'a', 'b'}; s.update({'c': 1, 'd': 2}); print(s)\nprint(set(range(5)).symmetric_difference({1: 0, 9: 0}))\ne = set(range(1000)); e.intersection_update(range(10, 30)); print(e)\ns = set(range(50)); s.difference_update(range(20)); print(s)\nprint(frozenset({frozenset({1, 2}), frozenset({'a'})}))\nprint({1, 2} <= {1, 2, 3}, {1}.isdisjoint([2]), {1, 2}.issuperset([1]))\ns = {1, 2, 3}\ntry:\n    for x in s: s.add(x + 10)\nexcept RuntimeError as e: print(e)\nprint(frozenset({1, 2}) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})})\n",
        "a = {1, 2, 3}; b = {1.0, 2.0, 5.0}\nprint(a & b, b & a, a | b, b | a, a.intersection([1.0, 3.0]), a - b)\nseed = 5\ndef rnd(n):\n    global seed\n    seed = (seed * 1103515245 + 12345) % 2**31\n    return seed % n\ns = set()\nfor i in range(300):\n    x = rnd(1000)\n    if x % 3: s.add(x)\n    else: s.discard(x // 2)\nprint(s)\ns2 = set()\nfor i in range(200):\n    s2.add('k%d' % rnd(500))\n    if i % 7 == 0 and s2: s2.pop()\nprint(s2)\nt = set(s2)\nprint(t == s2, list(t) == list(s2))\nu = s2.copy(); u.clear(); u.add('k1'); u.add('k2'); print(u, u.pop())\nbig = set(range(3000)); print(len(big), list(big)[:5], big.pop(), big.pop())\nprint({-1, -2, 2**64, -2**64, 0.5, -0.5, float('inf')})\nprint(set('abc') ^ set('cde') ^ set('efg'))\nf = frozenset('hello world'); print(f, hash(f), frozenset(f) is f)\nprint({(1, 2), (2, 1), (1, 'a'), ('a', 1)})\nprint({None, True, False, 0, ''})\nx = {i: i for i in 'abc'}; print(set(x), set(x.items()), set(x.values()))\ns = {'x', 'y'}; s.add(frozenset('ab')); print(s)\ns = set(range(10)); s.remove(5)\ntry: s.remove(5)\nexcept KeyError as e: print('KeyError', e)\ntry: set().pop()\nexcept KeyError as e: print('KeyError', e)\ntry: {[1]}\nexcept TypeError as e: print(e)\ntry: hash({1})\nexcept TypeError as e: print(e)\nn = float('nan'); print(len({n, n, 1.5}), len({float('nan'), float('nan')}))\nprint(sorted(set('zyxwvu'))[:3], min({'q', 'r'}), max({3, 9, 1}))\nclass P:\n    def __init__(self, v): self.v = v\n    def __eq__(self, o): return isinstance(o, P) and self.v == o.v\n    def __hash__(self): return hash(self.v)\n    def __repr__(self): return 'P(%r)' % self.v\nprint({P(1), P(2), P(1), P('a')})\n",
        "seed = 5\ndef rnd(n):\n    global seed\n    seed = (seed * 1103515245 + 12345) % 2**31\n    return seed % n\ns2 = set()\nfor i in range(113):\n    k = 'k%d' % rnd(500)\n    s2.add(k)\n    if i % 7 == 0 and s2: print(i, s2.pop())\n",
        "s = set(range(5)); s.discard(1); s.discard(2); s.add(33); s.add(65); print(s)\ns = set(range(5)); s.discard(1); s.add(1); print(s)\nt = {1, 5}; t.pop(); t.clear(); t.add(0); t.add(6); print(t.pop())\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source)
    {
        Assert.Null(VmRunner.CompareWithOracle(source, trace: false));
    }

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var f in Repo.Examples("programs", "hashing_*.py")) data.Add(f);
        return data;
    }

    /// <summary>examples/programs/hashing_*.py, traced, as conform.py --trace checks them.</summary>
    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ExampleConformsWithTrace(string path)
    {
        Assert.Null(VmRunner.CompareWithOracle(File.ReadAllText(path), trace: true));
    }
}
