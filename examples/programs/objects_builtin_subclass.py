# Subclassing builtin types: list, dict (with __missing__) and exceptions.

class Stack(list):
    def push(self, item):
        self.append(item)
        return self

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f'Stack({list.__repr__(self)})'


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(sum(s), sorted(s, reverse=True), s + [9], s == [1, 2, 3])
s.label = 'mine'
print(s.label, s[0], [x * 2 for x in s])


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, word):
        self[word] = self[word] + 1


c = Counter()
for word in 'the cat and the hat and the bat'.split():
    c.add(word)
print(c, c['zebra'], 'zebra' in c, len(c), isinstance(c, dict))
print(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:3])


class DefaultList(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultList(list)
d['a'].append(1)
d['a'].append(2)
d['b'].append(3)
print(d, d.factory)


class AppError(Exception):
    def __init__(self, code, message):
        super().__init__(message)
        self.code = code

    def __str__(self):
        return f'[{self.code}] {self.args[0]}'


class NotFound(AppError, LookupError):
    pass


try:
    raise NotFound(404, 'missing page')
except LookupError as e:
    print(type(e).__name__, e, e.code, [k.__name__ for k in NotFound.__mro__])

raise NotFound(410, 'gone')
