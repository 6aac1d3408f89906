# Properties with setters and deleters: a thermostat that converts and clamps temperatures.
class Thermostat:
    MIN, MAX = 5.0, 30.0

    def __init__(self, celsius=20.0):
        self._celsius = None
        self.history = []
        self.celsius = celsius

    @property
    def celsius(self):
        """Target temperature in Celsius."""
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        clamped = min(max(float(value), self.MIN), self.MAX)
        if clamped != value:
            self.history.append(f"clamped {value} to {clamped}")
        self._celsius = clamped

    @celsius.deleter
    def celsius(self):
        self.history.append("reset")
        self._celsius = 20.0

    @property
    def fahrenheit(self):
        return round(self._celsius * 9 / 5 + 32, 1)

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def status(self):
        if self._celsius < 16:
            return "cold"
        return "warm" if self._celsius < 24 else "hot"


t = Thermostat()
print(t.celsius, t.fahrenheit, t.status)
t.fahrenheit = 50
print(t.celsius, t.fahrenheit, t.status)
t.celsius = 45
print(t.celsius, t.status, t.history)
del t.celsius
print(t.celsius, t.history)
print(Thermostat.celsius.__doc__, type(Thermostat.celsius).__name__)
print(Thermostat.status.fset, Thermostat.celsius.fget.__name__)
for value in (-3, 12.5, "18", 29.99):
    t.celsius = value
    print(repr(value), "->", t.celsius, t.fahrenheit, t.status)
print(len(t.history), t.history[-2:])
try:
    t.status = "cold"
except AttributeError as e:
    print("AttributeError:", e)
p = property(lambda self: 42, doc="answer")
print(p.__doc__, p.__get__(t), p.getter(lambda self: 0).__get__(t))
t.celsius = "warm"
