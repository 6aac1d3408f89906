# Mixins adding JSON-like export, comparison and repr to plain classes.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"


class DictMixin:
    def to_dict(self):
        return {k: (v.to_dict() if isinstance(v, DictMixin) else v) for k, v in vars(self).items()}


class OrderMixin:
    def _key(self):
        return tuple(vars(self).values())

    def __lt__(self, other):
        return self._key() < other._key()

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()


class Address(ReprMixin, DictMixin):
    def __init__(self, city, zip_code):
        self.city, self.zip_code = city, zip_code


class Person(ReprMixin, DictMixin, OrderMixin):
    def __init__(self, name, age, address=None):
        self.name, self.age, self.address = name, age, address


people = [Person("cid", 30), Person("ann", 25), Person("bob", 41, Address("Oslo", "0150"))]
print(sorted(people))
print(people[2].to_dict())
print(Person("x", 1) == Person("x", 1), Person.__mro__[1:4])
print(Person.__hash__, hash(Address("a", "b")) is not None)
print(max(people[0], people[2]))
print(sorted([people[2], people[1], people[0]])[0] < 5)
