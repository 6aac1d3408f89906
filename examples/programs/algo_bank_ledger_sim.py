# A bank simulation with seeded random transactions, interest, overdraft rules and a final audit.
import random

random.seed(2024)


class Account:
    next_id = 100

    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.log = []

    def apply(self, kind, amount):
        if kind == "withdraw" and self.balance - amount < -self.overdraft:
            self.log.append(("declined", amount))
            return False
        self.balance += amount if kind == "deposit" else -amount
        self.log.append((kind, amount))
        return True

    def __repr__(self):
        return f"#{self.id} {self.owner:<6} {self.balance:>9.2f}"


accounts = [Account("ann", 500), Account("bob", 50, overdraft=100), Account("cho", 1200), Account("dev")]
for day in range(1, 13):
    acct = random.choice(accounts)
    kind = random.choice(["deposit", "withdraw", "withdraw"])
    amount = round(random.uniform(10, 400), 2)
    ok = acct.apply(kind, amount)
    print(f"day {day:2}: {acct.owner} {kind:8} {amount:7.2f} {'ok' if ok else 'DECLINED'}")
for acct in accounts:
    if acct.balance > 0:
        acct.apply("deposit", round(acct.balance * 0.015, 2))
print(*accounts, sep="\n")
declined = {a.owner: sum(1 for kind, _ in a.log if kind == "declined") for a in accounts}
print(declined, round(sum(a.balance for a in accounts), 2))
richest = max(accounts, key=lambda a: a.balance)
print("richest:", richest.owner, len(richest.log))
total_in = sum(amt for a in accounts for kind, amt in a.log if kind == "deposit")
print(f"deposits: {total_in:.2f}")
assert all(a.balance >= -a.overdraft for a in accounts), "overdraft broken"
assert round(sum(a.balance for a in accounts), 2) == 0, "money was created"
