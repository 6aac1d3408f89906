# Dataclasses for an order system: defaults, field factories, ordering, frozen.
from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass(order=True)
class Product:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False, repr=False)


@dataclass
class Order:
    customer: str
    lines: list = field(default_factory=list)

    def total(self):
        return round(sum(p.price * n for p, n in self.lines), 2)


@dataclass(frozen=True)
class Coupon:
    code: str
    percent: int = 10


pen, book, mug = Product(1.5, "pen"), Product(12.0, "book", ["paper"]), Product(7.25, "mug")
print(sorted([book, pen, mug]))
o = Order("ann", [(pen, 3), (book, 1)])
o.lines.append((mug, 2))
print(o)
print("total", o.total())
print(asdict(pen), astuple(mug))
print([f.name for f in fields(Product)])
c = Coupon("SAVE")
print(c, replace(c, percent=25), c == Coupon("SAVE"), hash(c) == hash(Coupon("SAVE")))
print(Product(1.5, "a") == Product(1.5, "b"))
c.percent = 50
