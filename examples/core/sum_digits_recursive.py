# Recursion on numbers: digit sums, counting down, and string building.

def digit_sum(n):
    if n < 10:
        return n
    return n % 10 + digit_sum(n // 10)


def countdown(n):
    if n <= 0:
        print("liftoff")
        return
    print(n, end=" ")
    countdown(n - 1)


def repeat_word(word, times):
    if times == 0:
        return ""
    return word + repeat_word(word, times - 1)


print(digit_sum(98765), digit_sum(2 ** 100))
countdown(5)
print(repeat_word("ab", 4))
print(repeat_word("x", 0) == "")
