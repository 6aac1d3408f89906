# expect: time_limit_exceeded|step_limit_exceeded|memory_limit_exceeded
# Every key hashes alike and no two are equal: each insertion walks all the others.
class Same:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return False


print(len({Same() for _ in range(1_000_000)}))
