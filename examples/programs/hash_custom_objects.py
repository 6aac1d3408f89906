# __hash__ and __eq__ on user classes: set membership and dictionary keys.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


class NoHash:
    def __eq__(self, other):
        return True


visited = {Point(0, 0), Point(1, 2), Point(0, 0), Point(2, 1)}
print(len(visited), Point(1, 2) in visited, Point(5, 5) in visited)
dist = {Point(0, 0): 0, Point(3, 4): 5}
print(dist[Point(3, 4)], sorted(visited, key=lambda p: (p.x, p.y)))
print(hash(Point(1, 2)) == hash((1, 2)), NoHash.__hash__)
print({(1, "a"), (1, "a"), (2, "b")} == {(2, "b"), (1, "a")})
print(hash(frozenset({"a", "b"})) == hash(frozenset({"b", "a"})))
cells = {"B2", "A1", "C3", "A2", "B1"}
print(cells, sorted(cells))
print({NoHash()})
