# Indexing a string past its end, deep in a recursion, raises IndexError.

def char_at(text, i):
    return text[i]


def spell(text, i, n):
    if i == n:
        return
    print(char_at(text, i), end=" ")
    spell(text, i + 1, n)


spell("hello", 0, 5)
print()
spell("hi", 0, 3)
