# Dataclass shapes with __post_init__ validation and computed fields.
from dataclasses import dataclass, field
import math


@dataclass
class Circle:
    r: float
    area: float = field(init=False)

    def __post_init__(self):
        if self.r < 0:
            raise ValueError(f"negative radius {self.r}")
        self.area = round(math.pi * self.r ** 2, 3)


@dataclass
class Rect:
    w: float
    h: float

    @property
    def area(self):
        return self.w * self.h


@dataclass
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


shapes = [Circle(1), Rect(2, 3), Square(4), Circle(0.5)]
for s in shapes:
    print(f"{s!r:40} area={s.area}")
print(sorted(shapes, key=lambda s: s.area)[0])
print(Square(2) == Rect(2, 2), Rect(2, 2) == Rect(2.0, 2.0))
print(Circle.__dataclass_fields__.keys())
print(Circle(-1))
