# Shadowing a builtin with a variable, then calling it, raises TypeError.

def longest(words):
    best = ""
    for w in words:
        if len(w) > len(best):
            best = w
    return best


words = ["a", "abc", "ab"]
print(longest(words))
max = 3
print(max(len(words), 2))
