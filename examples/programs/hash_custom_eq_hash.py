# Value objects with __eq__ and __hash__ used as dict keys and set members.
class Coordinate:
    def __init__(self, lat, lon):
        self.lat = round(lat, 4)
        self.lon = round(lon, 4)

    def __eq__(self, other):
        if not isinstance(other, Coordinate):
            return NotImplemented
        return (self.lat, self.lon) == (other.lat, other.lon)

    def __hash__(self):
        return hash((self.lat, self.lon))

    def __repr__(self):
        return f"({self.lat}, {self.lon})"


class Loose:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return isinstance(other, Loose) and self.name.lower() == other.name.lower()


class Tag:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return hash(self.name.lower())

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __repr__(self):
        return f"Tag({self.name!r})"


visits = [Coordinate(51.50001, -0.12), Coordinate(48.8566, 2.3522), Coordinate(51.5, -0.12), Coordinate(40.7128, -74.006)]
unique = set(visits)
print(len(visits), len(unique), Coordinate(51.5, -0.12) in unique)
counts = {}
for c in visits:
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(Coordinate(1, 2) == Coordinate(1.00001, 2), Coordinate(1, 2) == (1, 2), Coordinate(1, 2) != "x")
print(hash(Coordinate(1, 2)) == hash((1, 2)), hash(1) == hash(1.0) == hash(True))
print(Loose.__hash__, Tag.__hash__ is not None)
tags = {Tag("Python"), Tag("python"), Tag("PYTHON"), Tag("Rust")}
print(len(tags), sorted(tags, key=lambda t: t.name))
print({1: "int", 1.0: "float", True: "bool"}, {0, 0.0, False, -0.0})
print(hash((1, "a")) == hash((1, "a")), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(0.5), hash(None) == hash(None))
print({Loose("a")} if False else "Loose is unhashable:", Loose("A") == Loose("a"))
print({Loose("x")})
