print("a", "b", sep=",", sep=";")
