# Concatenating a string with an int raises TypeError.

items = ["apples", "pears", "plums"]
counts = [3, 0, 12]
for i in range(len(items)):
    if counts[i] > 0:
        print(items[i], str(counts[i]))
total = 0
for c in counts:
    total += c
print("total items: " + str(total))
print("average: " + total / len(counts))
