# Armstrong numbers: equal to the sum of their digits raised to the digit count.

def is_armstrong(n):
    text = str(n)
    power = len(text)
    total = 0
    for ch in text:
        total += int(ch) ** power
    return total == n


found = []
for n in [1, 9, 10, 153, 370, 371, 372, 407, 1634, 8208, 9474, 9475]:
    if is_armstrong(n):
        found.append(n)
print("armstrong:", found)
print(len(found), "of 12 candidates")
