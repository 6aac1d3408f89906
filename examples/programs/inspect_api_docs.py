# Generate a plain-text API reference for a small module-like class hierarchy using inspect.
import inspect


class Shape:
    """Base of all shapes.

    Subclasses implement area() and perimeter().
    """

    def area(self) -> float:
        """Return the area."""
        raise NotImplementedError

    def perimeter(self) -> float:
        """Return the length of the outline."""
        raise NotImplementedError

    def scaled(self, factor: float = 1.0, *, keep_center: bool = True) -> "Shape":
        """Return a scaled copy."""
        return self


class Rect(Shape):
    """An axis-aligned rectangle."""

    def __init__(self, width: float, height: float = 1.0):
        self.width, self.height = width, height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    @classmethod
    def square(cls, side: float) -> "Rect":
        """Build a square."""
        return cls(side, side)

    @staticmethod
    def parse(text: str, /, sep: str = "x") -> tuple:
        """Parse 'WxH' into numbers."""
        return tuple(float(part) for part in text.split(sep))


PUBLIC = ["area", "parse", "perimeter", "scaled", "square"]


def document(cls):
    lines = [f"class {cls.__name__}{inspect.signature(cls)}"]
    doc = inspect.getdoc(cls)
    if doc:
        lines += ["    " + line if line else "" for line in doc.splitlines()]
    for name in PUBLIC:
        member = getattr(cls, name, None)
        if member is None:
            continue
        raw = inspect.getattr_static(cls, name)
        if isinstance(raw, classmethod):
            label = "classmethod"
        elif isinstance(raw, staticmethod):
            label = "staticmethod"
        elif inspect.isfunction(raw):
            label = "method" if name in cls.__dict__ else "inherited"
        else:
            label = "attribute"
        sig = inspect.signature(member) if callable(member) else ""
        summary = (inspect.getdoc(member) or "").split("\n")[0]
        lines.append(f"  {label:<12} {name}{sig}  # {summary}")
    return "\n".join(lines)


for cls in (Rect,):
    print(document(cls))
    print()

spec = inspect.getfullargspec(Shape.scaled)
print(spec.args, spec.kwonlyargs, spec.defaults, spec.kwonlydefaults)
r = Rect.square(3)
print(r.area(), r.perimeter(), Rect.parse("4x5"))
bound = inspect.signature(Rect.parse).bind("2x3", sep="x")
print(bound, bound.args, bound.kwargs)
print(inspect.signature(Rect.parse).bind(text="2x3"))
