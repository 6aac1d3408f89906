# Fibonacci numbers: iterative list, recursive value, and a big one.

def fib_list(n):
    result = []
    a, b = 0, 1
    for i in range(n):
        result.append(a)
        a, b = b, a + b
    return result


def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_big(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


print(fib_list(15))
print("fib(7) recursively:", fib_recursive(7))
print("fib(150):", fib_big(150))
