# Functions that return as soon as they know the answer.

def first_negative(values):
    for index in range(len(values)):
        if values[index] < 0:
            return index
    return None


def all_even(values):
    for v in values:
        if v % 2 != 0:
            return False
    return True


def classify(n):
    if n < 0:
        return "negative"
    if n == 0:
        return "zero"
    if n < 10:
        return "small"
    return "large"


print(first_negative([3, 8, -1, 4, -7]))
result = first_negative([1, 2, 3])
print(result, result is None)
print(all_even([2, 4, 6]), all_even([2, 5, 6]))
for n in [-5, 0, 7, 42]:
    print(n, classify(n))
