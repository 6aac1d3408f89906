# An inverted index from words to line numbers, with set queries and printed sets of strings.
TEXT = """the quick brown fox jumps over the lazy dog
a lazy cat sleeps in the sun
the dog chases the cat
quick thinking saves the day
over and over the fox returns"""

STOP = {"the", "a", "in", "and", "over"}
index = {}
for number, line in enumerate(TEXT.splitlines(), 1):
    for word in line.split():
        if word not in STOP:
            index.setdefault(word, set()).add(number)

print(sorted(index.items())[:5])
print(set(index) & {"fox", "cat", "cow"}, len(index))
print("vocabulary:", set(index))


def query(expr):
    terms = expr.split()
    result = set(index.get(terms[0], ()))
    i = 1
    while i < len(terms):
        op, word = terms[i], terms[i + 1]
        lines = index.get(word, set())
        if op == "AND":
            result &= lines
        elif op == "OR":
            result |= lines
        elif op == "NOT":
            result -= lines
        else:
            raise SyntaxError(f"unknown operator {op!r} in {expr!r}")
        i += 2
    return result


for q in ("fox", "lazy AND cat", "dog OR sun", "quick NOT fox", "cat AND dog OR day"):
    print(f"{q!r:22} -> {sorted(query(q))}")
by_line = {}
for word, lines in index.items():
    for n in lines:
        by_line.setdefault(n, set()).add(word)
for n in sorted(by_line):
    print(n, by_line[n])
print(STOP, frozenset(STOP) | {"of"})
print(query("fox XOR dog"))
