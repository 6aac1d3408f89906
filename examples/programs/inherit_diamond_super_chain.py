# Cooperative super() through a diamond: every __init__ runs once, in MRO order.
class Base:
    def __init__(self, **kwargs):
        self.log = ["Base"]
        if kwargs:
            raise TypeError(f"unexpected options: {sorted(kwargs)}")

    def describe(self):
        return "base"


class Left(Base):
    def __init__(self, left=1, **kwargs):
        super().__init__(**kwargs)
        self.left = left
        self.log.append("Left")

    def describe(self):
        return "left+" + super().describe()


class Right(Base):
    def __init__(self, right=2, **kwargs):
        super().__init__(**kwargs)
        self.right = right
        self.log.append("Right")

    def describe(self):
        return "right+" + super().describe()


class Bottom(Left, Right):
    def __init__(self, bottom=3, **kwargs):
        super().__init__(**kwargs)
        self.bottom = bottom
        self.log.append("Bottom")

    def describe(self):
        return "bottom+" + super().describe()


print([c.__name__ for c in Bottom.__mro__])
b = Bottom(left=10, right=20)
print(b.log, b.left, b.right, b.bottom)
print(b.describe())
print(super(Left, b).describe())
print(super(Bottom, b).describe())
print(isinstance(b, Right), issubclass(Bottom, Base), Bottom.__bases__)
print(Left.describe(b), Right.describe(b))
for cls in (Left, Right, Bottom):
    obj = cls()
    print(cls.__name__, obj.log, vars(obj))
try:
    Bottom(colour="red")
except TypeError as e:
    print("rejected:", e)


class Broken(Right, Left):
    pass


print([c.__name__ for c in Broken.__mro__])
print(Broken().describe())


class Impossible(Bottom, Left, Right, Base):
    pass


print([c.__name__ for c in Impossible.__mro__])


class Wrong(Base, Left):
    pass
