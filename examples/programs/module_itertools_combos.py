# Coin change and team selection with itertools combinatorics.
import itertools

coins = [1, 2, 5, 10]
target = 12
ways = []
for r in range(1, 5):
    for combo in itertools.combinations_with_replacement(coins, r):
        if sum(combo) == target:
            ways.append(combo)
print("ways to make", target, "with at most 4 coins:")
for w in ways:
    print("  ", w)

people = ["ann", "bob", "cid", "dee"]
pairs = list(itertools.combinations(people, 2))
print(len(pairs), "pairs:", pairs)
orders = ["".join(p) for p in itertools.permutations("abc")]
print("permutations:", orders)
grid = list(itertools.product(range(2), "xy"))
print("product:", grid)
print("accumulate:", list(itertools.accumulate([3, 1, 4, 1, 5, 9])))
print("running max:", list(itertools.accumulate([3, 1, 4, 1, 5, 9], max)))
print("chain:", list(itertools.chain("ab", [1, 2], (None,))))
print("islice count:", list(itertools.islice(itertools.count(10, 3), 5)))
print("cycle:", list(itertools.islice(itertools.cycle("RGB"), 7)))
