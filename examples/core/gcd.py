# Greatest common divisor, Euclid's algorithm, iterative and recursive.

def gcd(a, b):
    while b != 0:
        a, b = b, a % b
    return a


def gcd_recursive(a, b):
    if b == 0:
        return a
    return gcd_recursive(b, a % b)


pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (270, 192)]
for pair in pairs:
    a, b = pair
    g1 = gcd(a, b)
    g2 = gcd_recursive(a, b)
    print("gcd(" + str(a) + ", " + str(b) + ") =", g1, g1 == g2)
