for word in ["a", "b"]:
    if word == "a":
        print("first")
      print(word)
