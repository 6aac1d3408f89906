# A non-data descriptor that caches a computed value, compared with property.
class lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        return value


class Dataset:
    def __init__(self, values):
        self.values = values
        self.computations = 0

    @lazy
    def total(self):
        """Sum of the values, computed once."""
        self.computations += 1
        return sum(self.values)

    @property
    def mean(self):
        self.computations += 1
        return self.total / len(self.values)

    @mean.setter
    def mean(self, v):
        raise AttributeError("mean is derived")


d = Dataset([3, 5, 10])
print(d.total, d.total, d.mean, d.mean, "computations:", d.computations)
print("total" in vars(d), Dataset.total.__doc__, type(Dataset.mean).__name__)
del d.total
print(d.total, d.computations)
print(Dataset.mean.fget.__name__, Dataset.mean.fset is not None, Dataset.mean.fdel)
d.mean = 4
