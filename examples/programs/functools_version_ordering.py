# Software versions as objects: total_ordering, cmp_to_key and cached_property.
from functools import cached_property, cmp_to_key, total_ordering


@total_ordering
class Version:
    def __init__(self, text):
        self.text = text

    @cached_property
    def parts(self):
        print(f"parsing {self.text}")
        return tuple(int(p) for p in self.text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return f"Version({self.text!r})"


releases = [Version(t) for t in ["1.4.2", "1.10.0", "1.4.10", "0.9", "1.4.2"]]
print(sorted(releases))
print(max(releases), min(releases))
a, b = releases[0], releases[1]
print(a < b, a <= b, a > b, a >= b, a == releases[4])


def by_length_then_text(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_text)))
print(sorted(words, key=cmp_to_key(by_length_then_text), reverse=True))
key = cmp_to_key(by_length_then_text)
print(key("abc") < key("abcd"), key("b") > key("a"), key("x") == key("y"))
print(Version("2.0").parts, Version.parts)
