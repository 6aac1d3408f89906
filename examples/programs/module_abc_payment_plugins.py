# Payment providers as plugins of an abstract base class; a broken plugin cannot be created.
from abc import ABC, abstractmethod


class PaymentProvider(ABC):
    fee_percent = 0.0

    def __init__(self, account):
        self.account = account
        self.log = []

    @property
    @abstractmethod
    def name(self):
        ...

    @abstractmethod
    def authorize(self, amount):
        ...

    @abstractmethod
    def capture(self, amount):
        ...

    def charge(self, amount):
        if not self.authorize(amount):
            self.log.append(("declined", amount))
            return None
        fee = round(amount * self.fee_percent / 100, 2)
        self.capture(amount + fee)
        self.log.append(("charged", amount + fee))
        return amount + fee


class Card(PaymentProvider):
    fee_percent = 2.5
    name = "card"

    def authorize(self, amount):
        return amount <= 500

    def capture(self, amount):
        pass


class Wallet(PaymentProvider):
    name = "wallet"

    def __init__(self, account, balance):
        super().__init__(account)
        self.balance = balance

    def authorize(self, amount):
        return amount <= self.balance

    def capture(self, amount):
        self.balance -= amount


class LegacyBank:
    def charge(self, amount):
        return amount


PaymentProvider.register(LegacyBank)

providers = [Card("c-1"), Wallet("w-7", 120)]
for amount in (80, 45, 600):
    for p in providers:
        print(f"{p.name:>6} {amount:>4} -> {p.charge(amount)}")
for p in providers:
    print(p.name, p.log)
print("wallet balance:", providers[1].balance)
print(isinstance(LegacyBank(), PaymentProvider), issubclass(LegacyBank, ABC), issubclass(Card, PaymentProvider))
print(sorted(PaymentProvider.__abstractmethods__), Card.__abstractmethods__)


class Crypto(PaymentProvider):
    name = "crypto"

    def authorize(self, amount):
        return True


print("registering", Crypto.__name__, sorted(Crypto.__abstractmethods__))
Crypto("x-1")
