class Account:
    def __init__(self, owner, balance=0, currency):
        self.owner = owner
        self.balance = balance
