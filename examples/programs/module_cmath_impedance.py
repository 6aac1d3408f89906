"""AC circuit analysis with complex impedances: series/parallel networks and a filter sweep."""
import cmath
import math


class Component:
    def __init__(self, name, kind, value):
        if value <= 0:
            raise ValueError(f"{name}: {kind} value must be positive, got {value}")
        self.name = name
        self.kind = kind
        self.value = value

    def impedance(self, freq):
        w = 2 * math.pi * freq
        if self.kind == "R":
            return complex(self.value, 0)
        if self.kind == "L":
            return 1j * w * self.value
        if self.kind == "C":
            return 1 / (1j * w * self.value)
        raise ValueError("unknown kind " + self.kind)


def series(*zs):
    return sum(zs, 0j)


def parallel(*zs):
    return 1 / sum(1 / z for z in zs)


def describe(z):
    mag, ang = cmath.polar(z)
    return f"{z.real:10.3f} {z.imag:+10.3f}j  |Z|={mag:10.3f}  angle={math.degrees(ang):7.2f} deg"


R1 = Component("R1", "R", 100.0)
L1 = Component("L1", "L", 0.05)
C1 = Component("C1", "C", 2.2e-6)

resonance = 1 / (2 * math.pi * math.sqrt(L1.value * C1.value))
print(f"series resonance at {resonance:.2f} Hz")

for f in [50, 200, 500, resonance, 2000, 10000]:
    z = series(R1.impedance(f), L1.impedance(f), C1.impedance(f))
    print(f"{f:9.2f} Hz  {describe(z)}")

# A voltage divider: output across the capacitor of an RC low-pass filter.
print("RC low-pass response")
for f in [10, 100, 723.43, 1000, 5000]:
    zr = R1.impedance(f)
    zc = C1.impedance(f)
    h = zc / (zr + zc)
    gain_db = 20 * math.log10(abs(h))
    print(f"  {f:8.2f} Hz gain {gain_db:7.2f} dB phase {math.degrees(cmath.phase(h)):7.2f} deg")

# Parallel tank circuit and the current drawn from a 10 V source.
v = cmath.rect(10, 0)
for f in [400, 480, 500]:
    z = parallel(L1.impedance(f), C1.impedance(f), R1.impedance(f))
    i = v / z
    print(f"tank at {f} Hz: {describe(z)}; current {abs(i) * 1000:.3f} mA")

# A mistyped part list: a negative capacitance is rejected.
parts = [("R2", "R", 47.0), ("C2", "C", -1e-6)]
network = [Component(*p) for p in parts]
print(network)
