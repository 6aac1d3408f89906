# A custom exception hierarchy with extra attributes, __str__ and notes, for a bank transfer.
class BankError(Exception):
    code = "E000"

    def __str__(self):
        return f"[{self.code}] {super().__str__()}"


class AccountError(BankError):
    code = "E100"


class FrozenAccount(AccountError):
    code = "E101"


class InsufficientFunds(BankError):
    code = "E200"

    def __init__(self, account, needed):
        super().__init__(f"{account.owner} is short by {needed - account.balance}")
        self.account = account
        self.needed = needed


class Account:
    def __init__(self, owner, balance, frozen=False):
        self.owner, self.balance, self.frozen = owner, balance, frozen

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(f"{self.owner} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount


def transfer(source, target, amount):
    try:
        source.withdraw(amount)
    except BankError as e:
        e.add_note(f"while moving {amount} to {target.owner}")
        raise
    target.balance += amount


ann = Account("ann", 100)
ben = Account("ben", 20)
cat = Account("cat", 500, frozen=True)
transfer(ann, ben, 30)
print(ann.balance, ben.balance)
for src, dst, amount in ((ben, ann, 80), (cat, ann, 1), (ann, ben, 70)):
    try:
        transfer(src, dst, amount)
        print("moved", amount, "from", src.owner)
    except AccountError as e:
        print("account problem:", e, e.__notes__)
    except BankError as e:
        print("bank problem:", e, "| needed", e.needed, "| notes", e.__notes__)
print([cls.__name__ for cls in FrozenAccount.__mro__])
print(issubclass(FrozenAccount, BankError), FrozenAccount.code, BankError("plain"))
e = InsufficientFunds(ben, 1000)
print(repr(e), e.args, str(e))
print(ann.balance, ben.balance, cat.balance)
transfer(ann, cat, 1)
