class Account:
    def deposit(self, amount):
        global amount
        self.total += amount
