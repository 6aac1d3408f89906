# expect: error RecursionError
# __lt__ sorts again while being sorted.
class Nested:
    def __lt__(self, other):
        return sorted([Nested(), Nested()]) is None


sorted([Nested(), Nested(), Nested()])
