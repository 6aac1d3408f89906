# Decimal contexts: precision, localcontext, and computing square roots.
import decimal
from decimal import Decimal, localcontext

print(decimal.getcontext().prec, Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 50
    print(Decimal(1) / Decimal(7))
    print(Decimal(2).sqrt())
print(Decimal(2).sqrt())


def newton_sqrt(n, digits):
    with localcontext() as ctx:
        ctx.prec = digits + 5
        x = Decimal(n)
        guess = x / 2
        for _ in range(30):
            guess = (guess + x / guess) / 2
        ctx.prec = digits
        return +guess


print(newton_sqrt(10, 30))
print(Decimal("3.14159").as_tuple(), Decimal("1.23E+5").normalize(), Decimal("100").normalize())
print(Decimal("NaN").is_nan(), Decimal("Infinity") > 10**100, Decimal(10).exp().quantize(Decimal("1.000")))
print(Decimal("7.5").to_integral_value(), Decimal(-1).copy_abs(), Decimal("2.50").compare(Decimal("2.5")))
with localcontext() as ctx:
    ctx.traps[decimal.DivisionByZero] = True
    Decimal(1) / Decimal(0)
