# Data descriptors with __set_name__ that validate types and ranges of fields.
class Field:
    def __init__(self, kind, minimum=None):
        self.kind = kind
        self.minimum = minimum

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        if self.minimum is not None and value < self.minimum:
            raise ValueError(f"{self.name} must be >= {self.minimum}, got {value}")
        setattr(obj, self.private, value)

    def __repr__(self):
        return f"Field({self.name}: {self.kind.__name__})"


class Product:
    name = Field(str)
    price = Field(float, minimum=0.0)
    stock = Field(int, minimum=0)

    def __init__(self, name, price, stock):
        self.name = name
        self.price = price
        self.stock = stock

    def __repr__(self):
        return f"Product({', '.join(f'{f}={getattr(self, f)!r}' for f in self._fields)})"


p = Product("pen", 1.5, 10)
print(p, Product._fields, Product.price, vars(p))
p.stock -= 3
print(p.stock, p.__dict__)
for attr, value in (("price", -1.0), ("stock", "many"), ("name", 42), ("stock", 0)):
    try:
        setattr(p, attr, value)
        print("ok", attr, getattr(p, attr))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(Product.__dict__["name"]).__name__, Product.__dict__["stock"].minimum)
print(hasattr(Product.name, "__set__"), "name" in p.__dict__)


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Config:
    version = ReadOnly("1.0")
    mode = "fast"


c = Config()
c.mode = "slow"
print(c.version, c.mode, Config.mode, c.__dict__)
c.__dict__["version"] = "hacked"
print(c.version, c.__dict__)
inventory = [Product("ink", 3.25, 4), Product("pad", 2.0, 12)]
print(sum(i.price * i.stock for i in inventory))
Product("bad", 5, 1)
