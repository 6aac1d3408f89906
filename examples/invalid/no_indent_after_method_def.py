class Counter:
    def increment(self):
    self.count += 1
