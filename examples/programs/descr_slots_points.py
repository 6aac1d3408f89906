# __slots__ classes: no __dict__, fixed attributes, inheritance of slots.
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    def __repr__(self):
        return f"Point3({self.x}, {self.y}, {self.z})"


class Tagged(Point):
    pass


p = Point(1, 2)
print(p, p + Point(3, 4), hasattr(p, "__dict__"), Point.__slots__)
print(type(Point.__dict__["x"]).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError:", e)
q = Point3(1, 2, 3)
print(q, q.x, hasattr(q, "__dict__"), Point3.__slots__)
t = Tagged(5, 6)
t.label = "has dict"
print(t, t.label, t.__dict__)
empty = Point.__new__(Point)
try:
    print(empty.x)
except AttributeError as e:
    print("AttributeError:", e)
del p.y
print(hasattr(p, "y"), getattr(p, "y", "gone"))
p.y = 7
print(p)


class Counter:
    __slots__ = ("counts", "__weakref__")
    total = 0

    def __init__(self):
        self.counts = {}

    def add(self, word):
        self.counts[word] = self.counts.get(word, 0) + 1
        Counter.total += 1


c = Counter()
for w in "the cat and the hat and the bat".split():
    c.add(w)
print(sorted(c.counts.items(), key=lambda kv: (-kv[1], kv[0])), Counter.total)
try:
    c.total = 99
except AttributeError as e:
    print("AttributeError:", e)
points = [Point(i, i * i) for i in range(5)]
print(points, sum(pt.y for pt in points))
q.w = 1
