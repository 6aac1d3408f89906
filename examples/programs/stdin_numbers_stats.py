# Reads numbers from stdin one per line (sample data if stdin is empty) and summarises them.
import sys

lines = [line.strip() for line in sys.stdin]
if not lines:
    lines = ["12", "7.5", "  3", "x", "42", "", "-8"]
numbers, rejected = [], []
for n, text in enumerate(lines, 1):
    if not text:
        continue
    try:
        numbers.append(float(text))
    except ValueError:
        rejected.append((n, text))
numbers.sort()
mid = len(numbers) // 2
median = numbers[mid] if len(numbers) % 2 else (numbers[mid - 1] + numbers[mid]) / 2
print("count:", len(numbers), "rejected:", rejected)
print("min/max:", numbers[0], numbers[-1])
print("mean: %.3f median: %s" % (sum(numbers) / len(numbers), median))
print("histogram:")
for x in numbers:
    print(f"{x:7.2f} |" + "=" * int(abs(x) // 2))
