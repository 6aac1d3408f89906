# Scaling a recipe exactly with fractions, printed as mixed numbers.
from fractions import Fraction as F

RECIPE = {"flour": F(9, 4), "sugar": F(2, 3), "butter": F(1, 2), "eggs": F(2), "milk": F(3, 4)}


def mixed(q):
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


for scale in (F(1, 2), F(3, 2), F(3)):
    print(f"x{scale}:", ", ".join(f"{k} {mixed(v * scale)}" for k, v in RECIPE.items()))
total = sum(RECIPE.values())
print("total cups:", total, mixed(total))
print("ratio flour/sugar:", RECIPE["flour"] / RECIPE["sugar"])
print(F("1/3") + F("0.25"), F(1, 3).as_integer_ratio(), F(5, 1).is_integer() if hasattr(F, "is_integer") else "n/a")
print(max(RECIPE, key=RECIPE.get), min(RECIPE.values()))
print(F("two thirds"))
