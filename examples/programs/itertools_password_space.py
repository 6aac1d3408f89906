# Counting a small password space with product, permutations and combinations; an invalid
# request ends the program.
from itertools import combinations, combinations_with_replacement, permutations, product

letters = "abc"
digits = "01"

codes = ["".join(p) for p in product(letters, digits)]
print(len(codes), codes)

pins = list(product(digits, repeat=3))
print(len(pins), pins[:4], pins[-1])

orders = list(permutations(letters))
print(len(orders), ["".join(o) for o in orders])

pairs = list(combinations(range(1, 6), 2))
print(len(pairs), pairs)

scoops = ["".join(c) for c in combinations_with_replacement("VCS", 2)]
print(scoops)


def team_options(players, size):
    if size > len(players):
        raise ValueError(f"cannot pick {size} from {len(players)} players")
    return list(combinations(players, size))


players = ["Ann", "Bob", "Cid", "Dee"]
for size in (1, 2, 3):
    teams = team_options(players, size)
    print(size, len(teams), teams[0], teams[-1])

two_of = list(permutations(players, 2))
print(len(two_of), two_of[:3])
print(list(product()), list(combinations("ab", 0)))
team_options(players, 5)
