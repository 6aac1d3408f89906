[*a, *b] = "hello"
