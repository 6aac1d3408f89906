# Bank accounts: a base class, two specialisations and class-level bookkeeping.
class InsufficientFunds(Exception):
    pass


class Account:
    interest = 0.0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(f"{self.owner}: balance {self.balance}, asked {amount}")
        self.balance -= amount

    def month_end(self):
        self.balance = round(self.balance * (1 + self.interest), 2)

    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance})"


class Savings(Account):
    interest = 0.02


class Checking(Account):
    def __init__(self, owner, balance=0, overdraft=100):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def withdraw(self, amount):
        if amount > self.balance + self.overdraft:
            return super().withdraw(amount)
        self.balance -= amount


accounts = [Savings("ann", 1000), Checking("bob", 50), Account("cid", 10)]
accounts[1].withdraw(120)
for a in accounts:
    a.month_end()
print(accounts)
print(Savings.interest, Checking.interest, vars(accounts[1]))
accounts[0].withdraw(5000)
