# A small shape hierarchy with NotImplementedError for abstract methods and rich comparisons.
import math


class Shape:
    sides = 0

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__}.perimeter")

    def __lt__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return math.isclose(self.area(), other.area())

    __hash__ = None

    def __repr__(self):
        return f"{type(self).__name__}(area={self.area():.2f})"


class Rectangle(Shape):
    sides = 4

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Triangle(Shape):
    sides = 3

    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c

    def area(self):
        s = (self.a + self.b + self.c) / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Triangle(3, 4, 5), Square(3)]
for s in sorted(shapes):
    print(f"{s!r:28} sides={s.sides}")
print(max(shapes), min(shapes), Rectangle(2, 2) == Square(2), Square(2) == 4)
print(Square.__mro__[1:], Square(1) > Circle(0.5))
try:
    {Square(1)}
except TypeError as e:
    print("TypeError:", e)
try:
    Square(1) < 5
except TypeError as e:
    print("TypeError:", e)
print(sum(s.area() for s in shapes if isinstance(s, Rectangle)))
for s in shapes:
    print(type(s).__name__, round(s.perimeter(), 3))
