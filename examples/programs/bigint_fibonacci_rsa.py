# Toy RSA with big integers, and a fast-doubling Fibonacci.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y


p = 2 ** 89 - 1
q = 2 ** 107 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
g, d, _ = egcd(e, phi)
d %= phi
print("n =", n)
print("d*e mod phi =", d * e % phi, d == pow(e, -1, phi))
message = int.from_bytes(b"hello, big ints", "big")
cipher = pow(message, e, n)
plain = pow(cipher, d, n)
print(cipher)
print(plain.to_bytes((plain.bit_length() + 7) // 8, "big"))


def fib(k):
    if k == 0:
        return 0, 1
    a, b = fib(k // 2)
    c = a * (2 * b - a)
    d2 = a * a + b * b
    return (d2, c + d2) if k % 2 else (c, d2)


f = fib(500)[0]
print("fib(500) =", f)
print(len(str(fib(2000)[0])), "digits in fib(2000)")
print(str(f)[:10], f % 10 ** 10, f.bit_count())
