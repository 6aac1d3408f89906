# Slices and f-strings: reversing a word, sliding windows, slice assignment, a formatted table.
word = "conformance"
print(word[::-1])
print(word[:4], word[4:], word[-4:])
nums = [3, 1, 4, 1, 5, 9, 2, 6]
print(nums[1:6:2])
window = 3
for i in range(len(nums) - window + 1):
    part = nums[i:i + window]
    print(f"{i:>2}: {part!r} sum={sum(part):<3}|")
nums[2:4] = [0, 0, 0]
print(nums)
del nums[::2]
print(nums)
pi = 3.14159
width = 10
print(f"[{pi:{width}.3f}] [{pi!s:>{width}}] [{'x'!r}] [{pi:e}]")
print(f"{len(word)} letters, {word.upper()[2:5]}")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12)]
for name, price, count in rows:
    print(f"{name:<8}{price:>6.2f}{count:>4} {price * count:8.2f}")
