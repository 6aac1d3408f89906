# expect: error RecursionError
# __repr__ calls repr on itself.
class Mirror:
    def __repr__(self):
        return repr(self)


print(Mirror())
