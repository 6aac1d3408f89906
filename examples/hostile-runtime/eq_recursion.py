# expect: error RecursionError
# __eq__ compares with itself again.
class Loop:
    def __eq__(self, other):
        return self == other


print(Loop() == Loop())
