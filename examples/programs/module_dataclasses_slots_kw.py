# Dataclasses with slots, keyword-only fields and InitVar.
from dataclasses import dataclass, field, InitVar, KW_ONLY


@dataclass(slots=True)
class Pixel:
    x: int
    y: int
    color: str = "black"


@dataclass
class Account:
    owner: str
    _: KW_ONLY
    balance: int = 0
    history: list = field(default_factory=list)
    opening_bonus: InitVar[int] = 0

    def __post_init__(self, opening_bonus):
        self.balance += opening_bonus
        self.history.append(("open", self.balance))

    def deposit(self, amount):
        self.balance += amount
        self.history.append(("deposit", amount))


p = Pixel(1, 2)
print(p, Pixel.__slots__, hasattr(p, "__dict__"))
a = Account("ann", balance=10, opening_bonus=5)
a.deposit(20)
print(a)
b = Account("bob")
print(b, a.history is not b.history)
try:
    Account("cid", 50)
except TypeError as e:
    print("TypeError:", e)
p.z = 3
