for n in [1, 3, 5]:
    if n % 2 == 0:
        break
else:
print("no even numbers")
