# Float math: the spectral norm of an infinite matrix (after the classic benchmark).
def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times_u(u):
    n = len(u)
    return [sum(eval_a(i, j) * u[j] for j in range(n)) for i in range(n)]


def times_at_u(u):
    n = len(u)
    return [sum(eval_a(j, i) * u[j] for j in range(n)) for i in range(n)]


def times_at_a_u(u):
    return times_at_u(times_u(u))


n = 90
u = [1.0] * n
for _ in range(10):
    v = times_at_a_u(u)
    u = times_at_a_u(v)
vbv = sum(a * b for a, b in zip(u, v))
vv = sum(b * b for b in v)
print("%.9f" % (vbv / vv) ** 0.5)
