# Factor integers by trial division, and print them as a product.

def prime_factors(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def product_text(factors):
    text = ""
    for f in factors:
        if text != "":
            text += " * "
        text += str(f)
    return text


for n in [12, 97, 360, 1001, 1024, 13 * 17]:
    fs = prime_factors(n)
    check = 1
    for f in fs:
        check *= f
    print(n, "=", product_text(fs), check == n)
