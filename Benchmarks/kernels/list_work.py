# List work: building, slicing, sorting with keys, comprehensions and in-place updates.
import random

random.seed(7)
data = [random.randint(0, 10000) for _ in range(60000)]
squares = [x * x for x in data if x % 3]
data.sort()
pairs = sorted(zip(data[::7], data[1::7]), key=lambda p: (p[1] - p[0], p[0]))
window = [sum(data[i:i + 5]) for i in range(0, len(data) - 5, 50)]
stack = []
for x in data[:20000]:
    if stack and stack[-1] > x:
        stack.pop()
    stack.append(x)
data.reverse()
print(len(squares), pairs[:2], window[-1], len(stack), data[:3], data.index(data[100]), data.count(5000))
