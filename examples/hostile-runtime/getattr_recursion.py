# expect: error RecursionError
# __getattr__ asks for the missing attribute again.
class Lost:
    def __getattr__(self, name):
        return getattr(self, name)


Lost().anything
