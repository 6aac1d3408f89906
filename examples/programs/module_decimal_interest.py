# Compound interest and a loan amortisation table with Decimal.
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def payment(principal, yearly_rate, months):
    r = yearly_rate / 12
    return (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, ROUND_HALF_UP)


principal = Decimal("5000")
rate = Decimal("0.06")
months = 6
pay = payment(principal, rate, months)
print("monthly payment:", pay)
balance = principal
for m in range(1, months + 1):
    interest = (balance * rate / 12).quantize(CENT, ROUND_HALF_UP)
    balance = balance + interest - pay
    print(f"{m:2} interest {interest:>7} balance {balance:>9}")
savings = Decimal("1000")
for year in range(1, 4):
    savings = (savings * Decimal("1.05")).quantize(CENT)
    print("year", year, savings)
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.5'):%}", f"{Decimal('12'):08.3f}")
print(payment(principal, Decimal(0), months))
