# Closures as objects: an account made of functions sharing nonlocal state.
def make_account(owner, balance=0):
    history = []

    def deposit(amount):
        nonlocal balance
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        balance += amount
        history.append(("deposit", amount))
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise RuntimeError(f"{owner}: insufficient funds ({balance} < {amount})")
        balance -= amount
        history.append(("withdraw", amount))
        return balance

    def statement():
        lines = [f"{kind:<9}{amount:>7}" for kind, amount in history]
        return "\n".join(lines + [f"{'balance':<9}{balance:>7}"])

    def get_balance():
        return balance

    return {"deposit": deposit, "withdraw": withdraw, "statement": statement, "balance": get_balance}


alice = make_account("alice", 100)
bob = make_account("bob")
alice["deposit"](50)
alice["withdraw"](30)
bob["deposit"](20)
print(alice["balance"](), bob["balance"]())
print(alice["statement"]())
print(alice["deposit"].__closure__ is not None, alice["deposit"].__code__.co_freevars)
print(sorted(alice["statement"].__code__.co_freevars))
cells = {name: cell.cell_contents for name, cell in zip(alice["withdraw"].__code__.co_freevars, alice["withdraw"].__closure__)}
print(sorted(cells.items(), key=lambda kv: kv[0])[1:])


def make_transfer(source, target):
    count = 0

    def transfer(amount):
        nonlocal count
        source["withdraw"](amount)
        target["deposit"](amount)
        count += 1
        return count

    return transfer


pay_bob = make_transfer(alice, bob)
for amount in (10, 25):
    print("transfer", pay_bob(amount), alice["balance"](), bob["balance"]())
try:
    bob["deposit"](-5)
except ValueError as e:
    print("ValueError:", e)
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
print(bob["statement"]())
pay_bob(1000)
