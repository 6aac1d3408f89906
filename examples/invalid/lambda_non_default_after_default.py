words = ["bb", "a"]
key = lambda w, reverse=False, extra: len(w)
print(sorted(words, key=key))
