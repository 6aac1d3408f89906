"""Find all roots of polynomials with the Durand-Kerner iteration, then check them."""
import cmath


def evaluate(coeffs, z):
    """Horner's rule; coeffs from the highest degree down."""
    acc = 0j
    for c in coeffs:
        acc = acc * z + c
    return acc


def durand_kerner(coeffs, iterations=14):
    lead = coeffs[0]
    if lead == 0:
        raise ValueError("leading coefficient must be nonzero")
    monic = [c / lead for c in coeffs]
    degree = len(coeffs) - 1
    seed = complex(0.4, 0.9)
    roots = [seed ** k for k in range(degree)]
    for _ in range(iterations):
        updated = []
        for i, r in enumerate(roots):
            denom = 1 + 0j
            for j, s in enumerate(roots):
                if i != j:
                    denom *= r - s
            updated.append(r - evaluate(monic, r) / denom)
        roots = updated
    return roots


def tidy(z, eps=1e-9):
    re = 0.0 if abs(z.real) < eps else round(z.real, 9)
    im = 0.0 if abs(z.imag) < eps else round(z.imag, 9)
    return complex(re, im)


def quadratic(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


problems = {
    "z^2 + 1": [1, 0, 1],
    "z^3 - 1": [1, 0, 0, -1],
    "2z^3 - 3z^2 + 4z - 5": [2, -3, 4, -5],
}

for name, coeffs in problems.items():
    roots = sorted((tidy(r) for r in durand_kerner(coeffs)), key=lambda z: (z.real, z.imag))
    worst = max(abs(evaluate(coeffs, r)) for r in roots)
    print(f"{name}: {roots}")
    print(f"  largest residual below 1e-6: {worst < 1e-6}")

print("quadratic 1, 2, 5:", quadratic(1, 2, 5))
print("quadratic 1, -2, 1:", quadratic(1, -2, 1))

# Roots of unity from rect, and their product.
n = 6
unity = [cmath.rect(1, 2 * cmath.pi * k / n) for k in range(n)]
product = 1
for u in unity:
    product *= u
print("sixth roots of unity:", [tidy(u) for u in unity])
print("product:", tidy(product))
print("cube of a primitive root:", cmath.rect(1, cmath.pi / 3) ** 3)

# A degenerate polynomial is rejected.
print(durand_kerner([0, 1, 2]))
