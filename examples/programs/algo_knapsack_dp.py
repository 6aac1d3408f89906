# Dynamic programming: 0/1 knapsack with reconstruction, coin change and longest common subsequence.
def knapsack(items, capacity):
    best = [[0] * (capacity + 1) for _ in range(len(items) + 1)]
    for i, (name, weight, value) in enumerate(items, 1):
        for c in range(capacity + 1):
            best[i][c] = best[i - 1][c]
            if weight <= c and best[i - 1][c - weight] + value > best[i][c]:
                best[i][c] = best[i - 1][c - weight] + value
    chosen, c = [], capacity
    for i in range(len(items), 0, -1):
        if best[i][c] != best[i - 1][c]:
            chosen.append(items[i - 1][0])
            c -= items[i - 1][1]
    return best[-1][-1], chosen[::-1]


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [None] * amount
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] += ways[a - coin]
    for a in range(1, amount + 1):
        options = [fewest[a - c] for c in coins if c <= a and fewest[a - c] is not None]
        fewest[a] = min(options) + 1 if options else None
    return ways[amount], fewest[amount]


def lcs(a, b):
    table = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            if a[i] == b[j]:
                table[i + 1][j + 1] = table[i][j] + a[i]
            else:
                table[i + 1][j + 1] = max(table[i][j + 1], table[i + 1][j], key=len)
    return table[-1][-1]


items = [("tent", 5, 60), ("stove", 3, 50), ("food", 4, 70), ("camera", 2, 30), ("book", 1, 10)]
print(knapsack(items, 8))
print(knapsack(items, 4), knapsack([], 5))
print(coin_change([1, 2, 5], 11), coin_change([2], 3), coin_change([3, 7], 20))
print(repr(lcs("ABCBD", "BDCAB")), repr(lcs("kitten", "sitting")), repr(lcs("", "x")))
print(knapsack(items, -1))
