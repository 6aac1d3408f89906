using Engine.Tests.Support;

namespace Engine.Tests.Runtime;

/// <summary>collections, collections.abc, abc, copy and heapq (library modules written in Python)
/// against CPython's own answers: reprs, error messages, tie orders, the abstract-class check.</summary>
public class CollectionsModulesTests
{
    public static TheoryData<string> Programs => new()
    {
        // col1
        """
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap, UserDict, UserList, UserString
import collections
print(deque, defaultdict, OrderedDict, Counter, ChainMap, collections.abc.Sequence)
d = deque([1, 2, 3], maxlen=3); d.append(4); d.appendleft(0); print(d, d.maxlen, len(d))
d.rotate(1); print(d); d.rotate(-2); print(d, d[0], d[-1], 2 in d, d.index(3))
e = deque('abc'); e.extendleft('xy'); print(e, e.popleft(), e.pop(), e, list(reversed(e)), e.count('a'))
print(deque() == deque([]), deque([1]) + deque([2]), deque([1, 2]) * 2, repr(deque()))
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd))
di = defaultdict(int); 
for w in 'abracadabra': di[w] += 1
print(di, sorted(di.items()), defaultdict(None, {1: 2}))
od = OrderedDict(a=1, b=2, c=3); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od, od == OrderedDict(b=2), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1})
print(od.keys(), list(od.items()), OrderedDict())
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), c.total(), c['z'])
c2 = Counter(a=1, b=-2, r=5); print(c + c2, c - c2, c | c2, c & c2, +c2, -c2)
c.subtract('aaa'); print(c, sorted(c.elements()))
c.update({'z': 3}); print(c, Counter())
P = namedtuple('Point', 'x y'); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[9, 8]); print(Q(1), Q._field_defaults, Q.__doc__)
R = namedtuple('R', 'a def a _b', rename=True); print(R._fields, P, type(p).__mro__)
x, y = p; print(x + y, isinstance(p, tuple), hash(p) == hash((1, 2)), p == (1, 2))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'c': 0}), cm.parents)
cm['z'] = 1; print(cm.maps)
ud = UserDict(a=1); ud['b'] = 2; print(ud, len(ud), 'a' in ud, ud.get('q', 0))
ul = UserList([3, 1, 2]); ul.sort(); ul.append(4); print(ul, ul[1:], ul + [5], len(ul))
us = UserString('hello'); print(us.upper(), us + '!', len(us), us[1:3], us == 'hello')
print(isinstance(d, collections.abc.MutableSequence), isinstance(dd, collections.abc.MutableMapping), isinstance(p, collections.abc.Sequence), isinstance(c, dict))
try:
    deque().pop()
except IndexError as ex:
    print(ex)
try:
    P(1, 2, 3)
except TypeError as ex:
    print(ex)
try:
    Q()
except TypeError as ex:
    print(ex)
try:
    namedtuple('X', 'a a')
except ValueError as ex:
    print(ex)
print(deque(range(10), maxlen=4), collections.deque.__module__, type(d).__name__)
dd['missing-key-xyz']
dd2 = defaultdict(int, {'x': 1})
print(dd2['nope'], dd2)
{}['k']
""",
        // abc1
        """
from abc import ABC, ABCMeta, abstractmethod, abstractproperty, abstractclassmethod
import abc
print(abc.ABC, abc.ABCMeta, type(ABC))
class Base(ABC):
    @abstractmethod
    def a(self): ...
    @property
    @abstractmethod
    def b(self): ...
    @classmethod
    @abstractmethod
    def c(cls): ...
    @abstractproperty
    def d(self): ...
print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print(e)
class Half(Base):
    def a(self): return 1
    b = 2
try:
    Half()
except TypeError as e:
    print(e)
class Full(Half):
    @classmethod
    def c(cls): return 3
    d = 4
print(Full().a(), Full.__abstractmethods__, isinstance(Full(), Base), issubclass(Full, Half))
class Other: pass
Base.register(Other)
print(isinstance(Other(), Base), issubclass(Other, Half), issubclass(int, Base))
try:
    Base.register(3)
except TypeError as e:
    print(e)
class M(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), M), isinstance(1, M), abc.get_cache_token() > 0)
print(True)
try:
    Base.__abstractmethods__ = frozenset({'zz'})
    Full.__abstractmethods__ = frozenset({'z'})
    Full()
except TypeError as e:
    print(e)
Base()
""",
        // cp1
        """
import copy
class P:
    def __init__(self, a): self.a = a; self.b = [a]
class S:
    __slots__ = ('x', 'y')
class L(list):
    pass
class D(dict):
    def __init__(self, *a): super().__init__(*a); self.note = 'n'
p = P(3)
q = copy.copy(p); r = copy.deepcopy(p)
print(q.a, q.b is p.b, r.b is p.b, r.b == p.b, type(r).__name__)
s = S(); s.x = 1
t = copy.deepcopy(s); print(t.x, hasattr(t, 'y'))
l = L([[1], [2]]); m = copy.copy(l); n = copy.deepcopy(l)
print(type(m).__name__, m, m[0] is l[0], n[0] is l[0])
d = D({'a': [1]}); e = copy.deepcopy(d); print(type(e).__name__, e, e.note, e['a'] is d['a'])
cyc = [1]; cyc.append(cyc); c2 = copy.deepcopy(cyc); print(c2[1] is c2, c2 is cyc)
tup = (1, 'a', (2, 3)); print(copy.deepcopy(tup) is tup, copy.copy(tup) is tup)
tl = (1, [2]); t2 = copy.deepcopy(tl); print(t2 == tl, t2 is tl, t2[1] is tl[1])
st = {1, 2, 3}; print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(frozenset(st)))
memo = {}
x = [[1, 2]]; y = copy.deepcopy(x, memo); print(len(memo), memo[id(x)] is y)
class R:
    def __init__(self, v): self.v = v
    def __reduce__(self): return (R, (self.v * 2,))
print(copy.copy(R(2)).v, copy.deepcopy(R(3)).v)
class G:
    def __init__(self): self.v = 1
    def __getstate__(self): return {'v': 99}
    def __setstate__(self, st): self.v = st['v'] + 1
print(copy.copy(G()).v)
print(copy.copy(copy), copy.copy(len), copy.Error, copy.error)
def gen(): yield 1
try:
    copy.deepcopy(gen())
except TypeError as e:
    print(e)
print(copy.deepcopy({'a': {'b': [1, {2}]}}))
""",
        // hq
        """
import heapq, random
random.seed(5)
for trial in range(30):
    data = [random.randint(0, 9) for _ in range(random.randint(0, 15))]
    pairs = [(d, i) for i, d in enumerate(data)]
    n = random.randint(0, 6)
    print(heapq.nsmallest(n, iter(pairs), key=lambda p: p[0]), heapq.nlargest(n, iter(pairs), key=lambda p: p[0]))
    print(heapq.nsmallest(n, iter(data)), heapq.nlargest(n, data))
    h = []
    for d in data: heapq.heappush(h, d)
    c = list(data); heapq.heapify(c)
    print(h, c, heapq.heappushpop(h, 4) if h else None, h)
    a = sorted(pairs[:5], key=lambda p: p[0]); b = sorted(pairs[5:], key=lambda p: p[0])
    print(list(heapq.merge(a, b, key=lambda p: p[0])), list(heapq.merge(a[::-1], b[::-1], key=lambda p: p[0], reverse=True)))
print(heapq.heappush, heapq.heapify)
heapq.heappush((), 1)
""",
        // namedtuple's __new__ is a lambda evaluated under "<string>": CPython's tracer shows it
        """
from collections import namedtuple
P = namedtuple('P', 'x y', defaults=[0])
p = P(1)
print(p, p._replace(y=5), P._make((3, 4)))
P(1, 2, 3)
""",
        // reversed() through __reversed__ and the sequence protocol; dict() of a mapping reads keys() first
        """
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
class Map:
    def keys(self):
        return iter(['a', 'b'])
    def __getitem__(self, k):
        return k.upper()
class NoRev(Seq):
    __reversed__ = None
print(list(reversed(Seq())), dict(Map()), sorted(Seq()))
reversed(NoRev())
""",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void MatchesCPython(string source)
    {
        Assert.Null(VmRunner.CompareWithOracle(source, trace: false));
    }

    [Fact]
    public void NamedtupleTraceMatchesCPython()
    {
        var source = "from collections import namedtuple\nP = namedtuple('P', 'x y')\np = P(1, y=2)\nprint(p.x + p.y)\n";
        Assert.Null(VmRunner.CompareWithOracle(source, trace: true));
    }
}
