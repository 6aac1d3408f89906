"""Estimate amplitude and phase of tones in a sampled signal with a single-bin DFT."""
import cmath
import math
import random

random.seed(12)
N = 16
TONES = [(1, 1.0, 0.25), (3, 0.5, -1.2), (5, 0.2, 2.9)]  # (bin, amplitude, phase)


def sample(n):
    t = n / N
    value = 0.0
    for k, amp, ph in TONES:
        value += amp * math.cos(2 * math.pi * k * t + ph)
    return value + random.uniform(-0.01, 0.01)


signal = [sample(n) for n in range(N)]


def dft_bin(xs, k):
    acc = 0j
    for n, x in enumerate(xs):
        acc += x * cmath.exp(-2j * cmath.pi * k * n / len(xs))
    return acc


print("bin  amplitude  phase(rad)  phase(deg)")
for k in range(1, 8):
    X = dft_bin(signal, k)
    amp = 2 * abs(X) / N
    if amp < 0.05:
        continue
    phase = cmath.phase(X)
    print(f"{k:3d}  {amp:9.4f}  {phase:10.4f}  {math.degrees(phase):10.2f}")

# Phase differences between two channels, unwrapped to (-pi, pi].
delayed = signal[1:] + signal[:1]
for k, _, _ in TONES:
    a = dft_bin(signal, k)
    b = dft_bin(delayed, k)
    diff = cmath.phase(b / a)
    expected = 2 * math.pi * k / N
    expected = (expected + math.pi) % (2 * math.pi) - math.pi
    print(f"bin {k}: measured shift {diff:+.4f}, expected {expected:+.4f}")

# The phase of values on the branch cut depends on the sign of zero.
print("phase(-1+0j) =", cmath.phase(complex(-1.0, 0.0)))
print("phase(-1-0j) =", cmath.phase(complex(-1.0, -0.0)))
print("polar(-2j) =", cmath.polar(-2j))
print("sqrt on the cut:", cmath.sqrt(complex(-4.0, 0.0)), cmath.sqrt(complex(-4.0, -0.0)))
print("log on the cut:", cmath.log(complex(-1.0, -0.0)))
