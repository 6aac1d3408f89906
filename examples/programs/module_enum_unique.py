# Enum aliases, unique, and members with methods and custom values.
import enum


class Planet(enum.Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)
    JUPITER = (1.9e27, 7.1492e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius ** 2)


for p in Planet:
    print(f"{p.name:8} g={p.gravity:6.2f}")


class Shape(enum.Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), Shape.ALIAS_FOR_SQUARE, Shape(2).name)
print(list(Shape.__members__))
print(enum.unique(Planet).EARTH.value)


@enum.unique
class Mistake(enum.Enum):
    ONE = 1
    TWO = 2
    THREE = 2
