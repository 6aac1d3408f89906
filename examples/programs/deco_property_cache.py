# Method decorators: a per-instance cache, a deprecation notice and a trace log.
import functools

trace = []


def traced(fn):
    @functools.wraps(fn)
    def wrapper(self, *args):
        trace.append(f"{type(self).__name__}.{fn.__name__}{args}")
        return fn(self, *args)
    return wrapper


def deprecated(message):
    def decorate(fn):
        warned = False

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            nonlocal warned
            if not warned:
                print(f"DEPRECATED {fn.__qualname__}: {message}")
                warned = True
            return fn(*args, **kwargs)
        return wrapper
    return decorate


class Matrix:
    def __init__(self, rows):
        self.rows = rows

    @traced
    def row_sum(self, i):
        return sum(self.rows[i])

    @traced
    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    @deprecated("use transpose()")
    def flip(self):
        return self.transpose()

    @functools.cached_property
    def total(self):
        trace.append("total computed")
        return sum(map(sum, self.rows))


m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m.row_sum(1), m.flip().rows, m.flip().row_sum(0), m.total, m.total)
print(trace)
print(Matrix.flip.__name__, Matrix.row_sum.__wrapped__.__qualname__)
print(m.row_sum(2))
