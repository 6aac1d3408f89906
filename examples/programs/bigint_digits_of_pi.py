# Digits of pi and e with integer-only arithmetic (Machin's formula).
def arctan_inv(x, unity):
    total = term = unity // x
    n = 1
    sign = -1
    x2 = x * x
    while term:
        term //= x2
        total += sign * (term // (2 * n + 1))
        sign = -sign
        n += 1
    return total


def pi_digits(digits):
    unity = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, unity) - arctan_inv(239, unity))
    return pi // 10 ** 10


def e_digits(digits):
    unity = 10 ** (digits + 10)
    total, term, k = 0, unity, 0
    while term:
        total += term
        k += 1
        term //= k
    return total // 10 ** 10


pi = str(pi_digits(60))
print(pi[0] + "." + pi[1:])
e = str(e_digits(60))
print(e[0] + "." + e[1:])
print("digit counts in pi:", {d: pi.count(d) for d in "0123456789"})
print(int(pi) * int(e) % 10 ** 20, len(str(int(pi) ** 5)))
