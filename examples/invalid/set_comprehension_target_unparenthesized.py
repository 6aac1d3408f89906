words = ["hi", "yo"]
shapes = {w, len(w) for w in words}
print(shapes)
