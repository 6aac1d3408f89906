# Data descriptors that validate attribute values, using __set_name__.
class Typed:
    def __init__(self, kind, minimum=None):
        self.kind, self.minimum = kind, minimum

    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name[1:]} must be >= {self.minimum}")
        setattr(obj, self.name, value)


class Product:
    name = Typed(str)
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name, self.price, self.qty = name, price, qty


p = Product("lamp", 19.5, 3)
print(p.name, p.price, p.qty, vars(p))
print(Product.price.name, type(Product.__dict__["qty"]).__name__)
for field, bad in (("qty", -1), ("price", 5), ("name", None)):
    try:
        setattr(p, field, bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
p.qty = "three"
