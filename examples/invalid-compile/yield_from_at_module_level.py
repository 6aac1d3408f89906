parts = ["a", "b"]
yield from parts
