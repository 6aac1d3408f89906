# Abstract base classes: shapes that must implement area and perimeter.
from abc import ABC, abstractmethod
import math


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Broken(Shape):
    def area(self):
        return 0


for s in (Circle(1), Rect(3, 4), Circle(2.5)):
    print(s.describe())
print(sorted(Shape.__abstractmethods__), Broken.__abstractmethods__)
print(isinstance(Rect(1, 1), Shape), issubclass(Broken, Shape))
Broken()
