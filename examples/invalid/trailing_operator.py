price = 10
tax = 2
total = price +
print(total)
