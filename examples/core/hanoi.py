# Towers of Hanoi, recursively, counting the moves.

def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    print("move disk", n, "from", source, "to", target)
    moves.append((n, source, target))
    hanoi(n - 1, spare, target, source, moves)


moves = []
hanoi(3, "A", "C", "B", moves)
print("total moves:", len(moves))
print("expected:", 2 ** 3 - 1)
print("last move:", moves[len(moves) - 1])
