# Solving quadratics with complex roots through cmath.
import cmath


def solve(a, b, c):
    disc = cmath.sqrt(b * b - 4 * a * c)
    return (-b + disc) / (2 * a), (-b - disc) / (2 * a)


equations = [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, -2, 1)]
for a, b, c in equations:
    r1, r2 = solve(a, b, c)
    print(f"{a}x^2 + {b}x + {c}: {r1}, {r2}")
    for r in (r1, r2):
        value = a * r * r + b * r + c
        print("   residual", abs(value) < 1e-12)

z = complex(3, 4)
print("abs", abs(z), "phase", cmath.phase(z))
print("polar", cmath.polar(z))
print("rect", cmath.rect(2, cmath.pi / 2))
print("exp(i*pi)", cmath.exp(1j * cmath.pi))
print("conj", z.conjugate(), z.real, z.imag)
print("log", cmath.log(-1), cmath.log10(100))
print("isclose", cmath.isclose(cmath.exp(1j * cmath.pi), -1, abs_tol=1e-12))
print(solve(0, 1, 1))
