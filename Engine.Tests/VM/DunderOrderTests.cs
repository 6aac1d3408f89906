using Engine.Tests.Support;

namespace Engine.Tests.VM;

/// <summary>
/// Which dunder methods CPython's C code calls, and in what order, traced against CPython:
/// dict lookups hash first (even in an empty dict, except pop), list()/tuple()/sorted()/[*x]
/// ask __iter__ then __len__/__length_hint__ while min/max/sum/set()/str.join only iterate,
/// min/max call the key between items, and type(name, bases, ns) runs the winning metaclass's
/// __init__ after its __new__.
/// </summary>
public class DunderOrderTests
{
    public static TheoryData<string> Programs => new()
    {
        // dict.get / in / pop / setdefault / del: when __hash__ and __eq__ run
        "class K:\n    def __init__(self, v):\n        self.v = v\n    def __hash__(self):\n        print('hash', self.v)\n        return hash(self.v)\n    def __eq__(self, o):\n        print('eq', self.v)\n        return isinstance(o, K) and self.v == o.v\n\nd = {}\nprint(d.get(K(1), 'none'), K(2) in d, d.pop(K(3), 'gone'))\nd[K(1)] = 1\nprint(d.get(K(1)), K(1) in {})\nfor probe in ([], {}):\n    try:\n        {}.get(probe)\n    except TypeError as e:\n        print(e)\nprint(d.setdefault(K(5), 5), d.setdefault(K(5), 6), d.pop(K(5)), d.pop(K(1)), d, d.pop(K(9), 'no'))\nprint(len(d))\ntry:\n    del d[K(7)]\nexcept KeyError as e:\n    print('KeyError', e.args[0].v)\n",
        // presizing consumers (__len__, __length_hint__, a __len__ raising TypeError) against plain iteration
        "class Bag:\n    def __init__(self, *items):\n        self.items = list(items)\n    def __iter__(self):\n        print('iter')\n        return iter(self.items)\n    def __len__(self):\n        print('len')\n        return len(self.items)\n\nclass Hinted:\n    def __init__(self, n):\n        self.n = n\n    def __iter__(self):\n        print('iter')\n        return iter(range(self.n))\n    def __length_hint__(self):\n        print('hint')\n        return self.n\n\nclass BadLen(Bag):\n    def __len__(self):\n        print('badlen')\n        return 'x'\n\ndef key(x):\n    print('key', x)\n    return -x\n\ndef gen():\n    for i in (3, 1, 2):\n        print('next', i)\n        yield i\n\nb = Bag(3, 1, 2)\nprint(list(b), tuple(b), sorted(b), min(b), max(b), sum(b), set(b), any(b), all(b))\nprint([*b], ','.join(map(str, b)), '-'.join(Bag('x', 'y')))\nlst = [0]\nlst.extend(b)\nlst += b\nprint(lst, list(Hinted(3)), list(BadLen(1, 2)))\nprint(min(gen(), key=key), max(gen(), key=key), min(4, 2, 9, key=key))\nprint(dict.fromkeys(b), list(enumerate(b)), list(zip(b, b)))\n",
        // two generator expressions sharing a qualname, only one with a free variable (prologues differ)
        "class Shelf:\n    def __init__(self, stock):\n        self.stock = stock\n        self.floor = 3\n\n    def report(self):\n        low = sorted(k for k, q in self.stock.items() if q < 5)\n        high = sum(q for k, q in self.stock.items() if q >= self.floor)\n        return low, high\n\nprint(Shelf({'a': 1, 'b': 7, 'c': 4}).report())\n",
        // type() and a metaclass called directly: __new__ then __init__ of the winning metaclass
        "class Meta(type):\n    def __new__(mcls, name, bases, ns, **kw):\n        print('new', name, kw)\n        return super().__new__(mcls, name, bases, ns)\n\n    def __init__(cls, name, bases, ns, **kw):\n        print('init', name, kw)\n        super().__init__(name, bases, ns)\n        cls.tag = kw.get('tag', name.lower())\n\nclass InitOnly(type):\n    def __init__(cls, name, bases, ns):\n        print('init only', name)\n        super().__init__(name, bases, ns)\n\nclass Base(metaclass=Meta):\n    pass\n\nT = type('T', (Base,), {'x': 1})\nU = Meta('U', (Base,), {}, tag='u')\nclass Plain(metaclass=InitOnly):\n    pass\nW = type('W', (Plain,), {})\nprint(T.tag, U.tag, type(T).__name__, type(W).__name__, T.x)\n",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void TraceMatchesCPython(string source) => Assert.Null(VmRunner.CompareWithOracle(source, trace: true));

    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "hash_custom_eq_hash.py", "algo_bst_operations.py", "algo_inventory_orders.py", "inherit_metaclass_registry.py" })
            data.Add(Path.Combine(Repo.Root, "examples", "programs", name));
        return data;
    }

    /// <summary>The programs whose traces drifted from CPython's on these calls (issue 8).</summary>
    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ExampleConformsWithTrace(string path) => Assert.Null(VmRunner.CompareWithOracle(File.ReadAllText(path), trace: true));
}
