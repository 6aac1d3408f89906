# expect: error RecursionError
# __format__ formats itself again.
class Again:
    def __format__(self, spec):
        return format(self, spec)


print(f"{Again():>10}")
