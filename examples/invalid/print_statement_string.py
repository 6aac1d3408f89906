name = "Ada"
print "Hello, world"
print(name)
