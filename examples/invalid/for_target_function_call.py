words = ["a", "b"]
for word() in words:
    print(word)
