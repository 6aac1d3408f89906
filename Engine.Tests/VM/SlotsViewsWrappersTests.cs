using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>
/// Runtime details programs print (issue 8): __sizeof__ of ints and containers, __slots__
/// member descriptors and the read-only message of a class name on a slotted instance, set
/// operations with dict views (their result order), dict.__getitem__ reached by super() calling
/// __missing__, the type of functools.lru_cache's wrapper, and a str subclass's iterator type.
/// </summary>
public class SlotsViewsWrappersTests
{
    public static TheoryData<string> Programs => new()
    {
        // object.__sizeof__ against sys.getsizeof (which adds the GC header of containers)
        "import sys\nfor o in (0, 7, 2 ** 100, -(2 ** 70), 1.5, 'abc', (), (1, 2), [], [1, 2, 3], {}, {1: 2}, set(), b'xy'):\n    print(type(o).__name__, o.__sizeof__(), sys.getsizeof(o))\n",
        // member_descriptor: type, __name__, __qualname__, __objclass__, repr, __get__ through the class
        "class P:\n    __slots__ = ('x', 'y')\n    k = 0\n    def m(self):\n        pass\nd = P.__dict__['x']\nprint(type(d).__name__, d.__name__, d.__qualname__, d.__objclass__.__name__, d, P.y)\n"
            + "p = P()\nfor n in ('m', 'k', 'zz', '__doc__'):\n    try:\n        setattr(p, n, 1)\n    except AttributeError as e:\n        print(e)\n    try:\n        delattr(p, n)\n    except AttributeError as e:\n        print(e)\n",
        // set operators with dict views on either side: the result's order is dictobject.c's
        "a = set('abcdefgh')\nd = dict.fromkeys('cegxyz', 0)\nprint(a - d.keys(), d.keys() - a, a | d.keys(), d.keys() | a)\nprint(a & d.keys(), d.keys() & a, a ^ d.keys(), d.keys() ^ a)\n"
            + "e = dict.fromkeys('bcdefghijk')\nprint(d.keys() & e.keys(), e.keys() & d.keys(), d.keys() & ['g', 'c', 'q'], frozenset('abc') - d.keys())\n"
            + "print(d.items() & {('c', 0), ('x', 1)}, d.items() - {('c', 0)}, d.keys() - [], type(d.keys() | ()).__name__)\n",
        // super().__getitem__ and dict.__getitem__ on a dict subclass go to its __missing__
        "class D(dict):\n    def __getitem__(self, key):\n        return super().__getitem__(key.lower())\n    def __missing__(self, key):\n        return f'<no {key}>'\nd = D(a=1)\nprint(d['A'], d['B'], dict.__getitem__(d, 'zz'), d.get('q'))\n"
            + "class E(dict):\n    pass\ntry:\n    dict.__getitem__(E(), 'k')\nexcept KeyError as e:\n    print('KeyError', e)\n",
        // lru_cache's wrapper is a functools._lru_cache_wrapper, not a function
        "import functools\n@functools.lru_cache(maxsize=4)\ndef sq(n):\n    return n * n\n@functools.cache\ndef cube(n):\n    return n ** 3\n"
            + "print(type(sq).__name__, type(cube).__module__, type(sq) is type(cube), callable(sq), sq(3), sq(3), cube(2), sq.__name__, sq.__wrapped__(5))\nprint(sq.cache_info(), cube.cache_info(), type(sq))\n",
        // a str subclass iterates with str_iterator even when ASCII
        "class W(str):\n    pass\nit = iter(W('abc'))\nprint(type(it).__name__, type(iter('abc')).__name__, type(iter('é')).__name__, list(it))\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: false));

    [Theory]
    [MemberData(nameof(Programs))]
    public void TraceMatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: true));
}
