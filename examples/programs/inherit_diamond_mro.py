# Diamond inheritance and the C3 method resolution order with cooperative super().
class Base:
    def __init__(self):
        print("Base.__init__")
        self.log = ["Base"]

    def hello(self):
        return "Base"


class Left(Base):
    def __init__(self):
        print("Left.__init__")
        super().__init__()
        self.log.append("Left")

    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def __init__(self):
        print("Right.__init__")
        super().__init__()
        self.log.append("Right")

    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    def __init__(self):
        print("Child.__init__")
        super().__init__()
        self.log.append("Child")

    def hello(self):
        return "Child>" + super().hello()


c = Child()
print(c.log)
print(c.hello())
print([k.__name__ for k in Child.__mro__])
print(super(Left, c).hello(), Right.hello(c))


class X: pass
class Y: pass
class A(X, Y): pass
class B(Y, X): pass


print([k.__name__ for k in A.mro()], [k.__name__ for k in B.mro()])
class C(A, B): pass
