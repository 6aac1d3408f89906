# A shape hierarchy with super(), overriding and polymorphic dispatch.
class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


shapes = [Rect(2, 3), Square(4), Circle(1.5)]
for s in sorted(shapes, key=lambda s: s.area()):
    print(s)
print("created:", Shape.count)
print(Square.__mro__)
print(isinstance(shapes[1], Rect), issubclass(Circle, Rect), type(shapes[1]).__bases__)
print(Shape("blob"))
