# How functions become bound methods: __get__, staticmethod, classmethod, and __getattr__.
class Greeter:
    greeting = "hello"

    def greet(self, who):
        return f"{self.greeting}, {who}"

    @staticmethod
    def shout(text):
        return text.upper() + "!"

    @classmethod
    def make(cls, greeting):
        g = cls()
        g.greeting = greeting
        return g

    def __getattr__(self, name):
        if name.startswith("say_"):
            return lambda: self.greet(name[4:])
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


g = Greeter()
bound = g.greet
print(bound("ann"), bound.__self__ is g, bound.__func__ is Greeter.greet)
manual = Greeter.__dict__["greet"].__get__(g, Greeter)
print(manual("bob"), Greeter.greet(g, "cid"))
print(Greeter.shout("hi"), g.shout("hey"), Greeter.make("howdy").greet("dee"))
print(type(Greeter.__dict__["shout"]).__name__, type(Greeter.__dict__["make"]).__name__)
print(g.say_world(), g.say_there())
g.greet = lambda who: "instance attribute wins: " + who
print(g.greet("eve"))
print(g.missing)
