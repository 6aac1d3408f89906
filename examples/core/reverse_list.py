# Reverse a list in place with two indices, and build a reversed copy.

def reverse_in_place(items):
    i = 0
    j = len(items) - 1
    while i < j:
        items[i], items[j] = items[j], items[i]
        i += 1
        j -= 1


def reversed_copy(items):
    result = []
    k = len(items) - 1
    while k >= 0:
        result.append(items[k])
        k -= 1
    return result


numbers = [1, 2, 3, 4, 5, 6, 7]
copy = reversed_copy(numbers)
reverse_in_place(numbers)
print(numbers)
print(copy)
print(numbers == copy, numbers is copy)
letters = ["a", "b"]
reverse_in_place(letters)
print(letters, reversed_copy([]))
