class Checker:
    def __debug__(self):
        return True
