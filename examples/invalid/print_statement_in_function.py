def greet(name):
    print "Hi", name

greet("Bob")
