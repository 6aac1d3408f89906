# Subclassing list and dict: a bounded stack and a case-insensitive dictionary.
class StackOverflow(Exception):
    pass


class BoundedStack(list):
    def __init__(self, limit, items=()):
        super().__init__(items)
        self.limit = limit
        if len(self) > limit:
            raise StackOverflow(f"{len(self)} items exceed limit {limit}")

    def push(self, item):
        if len(self) >= self.limit:
            raise StackOverflow(f"cannot push {item!r}: stack full ({self.limit})")
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return f"BoundedStack({self.limit}, {list(self)})"


class CaseDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __missing__(self, key):
        return f"<no {key}>"


s = BoundedStack(4, [1, 2])
s.push(3)
print(s, len(s), s.peek(), isinstance(s, list), type(s).__name__)
print(s + [9], type(s + [9]).__name__, s * 2)
s.extend([4])
print(sorted(s, reverse=True), s.pop(), s)
print(s == [1, 2, 3], [1, 2, 3] == s, s[1:], type(s[1:]).__name__)

d = CaseDict()
d["Name"] = "Ada"
d["LANG"] = "Python"
print(d, d["name"], d["NAME"], "lang" in d, "Lang" in d, d["missing"])
print(d.get("Name"), d.get("name"), list(d.items()))
d.update(Extra=1)
print(d, len(d), isinstance(d, dict))


class Word(str):
    def __new__(cls, text):
        return super().__new__(cls, text.strip().lower())

    def vowels(self):
        return sum(ch in "aeiou" for ch in self)


words = [Word("  Banana "), Word("APPLE"), Word("kiwi")]
print(words, sorted(words), [w.vowels() for w in words], words[0].upper())
print(max(words, key=Word.vowels), type(words[1] + "!").__name__)


class Celsius(float):
    def __new__(cls, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        return super().__new__(cls, value)

    def to_f(self):
        return self * 9 / 5 + 32


print([Celsius(t).to_f() for t in (0, 37.5, 100)], Celsius(20) + 1)
stack = BoundedStack(2)
for item in "abc":
    stack.push(item)
