# Mixins that add JSON, comparison and repr behaviour to plain record classes.
import json


class ReprMixin:
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{type(self).__name__}({fields})"


class JsonMixin:
    def to_json(self):
        return json.dumps({"type": type(self).__name__, **self.__dict__}, sort_keys=True)

    @classmethod
    def from_json(cls, text):
        data = json.loads(text)
        kind = data.pop("type")
        if kind != cls.__name__:
            raise ValueError(f"expected {cls.__name__}, got {kind}")
        return cls(**data)


class OrderMixin:
    order_key = ()

    def _key(self):
        return tuple(getattr(self, name) for name in self.order_key)

    def __eq__(self, other):
        return type(self) is type(other) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())


class Book(ReprMixin, JsonMixin, OrderMixin):
    order_key = ("author", "year")

    def __init__(self, title, author, year):
        self.title = title
        self.author = author
        self.year = year


class Movie(ReprMixin, OrderMixin, JsonMixin):
    order_key = ("year",)

    def __init__(self, title, year, minutes=90):
        self.title = title
        self.year = year
        self.minutes = minutes


books = [Book("Dune", "Herbert", 1965), Book("Emma", "Austen", 1815), Book("Persuasion", "Austen", 1817)]
for b in sorted(books):
    print(b)
text = books[0].to_json()
print(text)
again = Book.from_json(text)
print(again == books[0], again is books[0], len({again, books[0]}))
movies = [Movie("Alien", 1979, 117), Movie("Heat", 1995, 170), Movie("Jaws", 1975)]
print(sorted(movies))
print([m.to_json() for m in movies[:2]])
print([c.__name__ for c in Movie.__mro__])
print(Book.__lt__ is Movie.__lt__, Movie.to_json.__qualname__)
print(Book("X", "A", 1) == Movie("X", 1))
Movie.from_json(books[1].to_json())
