# A recursive fast Fourier transform on a short signal, using cmath.exp.
import cmath
import math


def fft(xs):
    n = len(xs)
    if n == 1:
        return list(xs)
    even = fft(xs[0::2])
    odd = fft(xs[1::2])
    out = [0j] * n
    for k in range(n // 2):
        t = cmath.exp(-2j * cmath.pi * k / n) * odd[k]
        out[k] = even[k] + t
        out[k + n // 2] = even[k] - t
    return out


signal = [math.sin(2 * math.pi * i / 8) + 0.5 for i in range(8)]
spectrum = fft(signal)
for k, c in enumerate(spectrum):
    mag = abs(c)
    print(f"bin {k}: |X|={mag:7.4f} phase={cmath.phase(c) if mag > 1e-9 else 0.0:+.3f}")

dominant = max(range(len(spectrum)), key=lambda k: abs(spectrum[k]))
print("dominant bin", dominant)
print("DC component", round(spectrum[0].real / len(signal), 6))
print("sqrt(-4) =", cmath.sqrt(-4), "inf?", cmath.isinf(complex(float('inf'), 0)))
