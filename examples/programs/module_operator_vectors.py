# Vector arithmetic with map over operator functions, and a dot product.
import operator
from functools import reduce


def vec_op(op, u, v):
    if len(u) != len(v):
        raise ValueError("length mismatch: %d vs %d" % (len(u), len(v)))
    return list(map(op, u, v))


def dot(u, v):
    return reduce(operator.add, map(operator.mul, u, v), 0)


u = [1, 2, 3]
v = [4, -5, 6]
print("u+v", vec_op(operator.add, u, v))
print("u-v", vec_op(operator.sub, u, v))
print("u*v", vec_op(operator.mul, u, v))
print("dot", dot(u, v))
print("abs", list(map(operator.abs, v)))
print("max by abs", max(v, key=operator.abs))
norms = {name: dot(w, w) for name, w in (("u", u), ("v", v))}
print(norms)
print(sorted(norms.items(), key=operator.itemgetter(1)))
cross = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]]
print("cross", cross, "orthogonal:", dot(cross, u) == 0 and dot(cross, v) == 0)
print(vec_op(operator.truediv, u, [1, 0, 2]))
