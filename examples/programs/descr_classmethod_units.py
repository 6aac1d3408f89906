# classmethod alternative constructors, staticmethod helpers and __getattr__ fallbacks for units.
class Length:
    FACTORS = {"m": 1.0, "cm": 0.01, "km": 1000.0, "in": 0.0254, "ft": 0.3048}

    def __init__(self, meters):
        self.meters = meters

    @classmethod
    def parse(cls, text):
        number, unit = text.split()
        return cls(float(number) * cls.FACTORS[unit])

    @classmethod
    def from_feet(cls, feet, inches=0):
        return cls(feet * cls.FACTORS["ft"] + inches * cls.FACTORS["in"])

    @staticmethod
    def fmt(value):
        return f"{value:.3f}".rstrip("0").rstrip(".")

    def __getattr__(self, name):
        if name.startswith("in_") and name[3:] in self.FACTORS:
            return self.fmt(self.meters / self.FACTORS[name[3:]])
        raise AttributeError(f"{type(self).__name__!r} has no unit {name!r}")

    def __add__(self, other):
        return type(self)(self.meters + other.meters)

    def __repr__(self):
        return f"{type(self).__name__}({self.fmt(self.meters)} m)"


class Height(Length):
    FACTORS = {**Length.FACTORS, "hand": 0.1016}


a = Length.parse("2.5 km")
b = Length.from_feet(6, 1)
print(a, b, a + b, a.in_m, b.in_cm, b.in_in)
h = Height.parse("15 hand")
print(h, type(h).__name__, h.in_hand, h.in_ft, type(h + b).__name__)
print(Length.parse.__self__ is Length, Height.parse.__self__ is Height, Length.fmt(1.50))
print(type(Length.__dict__["fmt"]).__name__, Length.__dict__["parse"].__func__.__name__)
try:
    print(a.in_miles)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(a, "in_km"), getattr(a, "colour", "none"), hasattr(a, "in_ft"))
print(Length.parse("3 parsecs"))
