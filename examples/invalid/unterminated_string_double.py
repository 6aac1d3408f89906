name = "Ada"
greeting = "Hello, + name
print(greeting)
