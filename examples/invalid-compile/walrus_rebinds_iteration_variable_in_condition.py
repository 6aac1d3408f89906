def evens(numbers):
    return [n for n in numbers if (n := n + 1) % 2 == 0]
