# Tic-tac-toe with a perfect minimax player against a seeded random player.
import random

random.seed(5)
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


def minimax(board, player, memo={}):
    key = ("".join(board), player)
    if key in memo:
        return memo[key]
    result = winner(board)
    if result:
        return {"X": 1, "O": -1, "draw": 0}[result], None
    best = None
    for i in range(9):
        if board[i] == " ":
            board[i] = player
            score, _ = minimax(board, "O" if player == "X" else "X")
            board[i] = " "
            if best is None or (score > best[0] if player == "X" else score < best[0]):
                best = (score, i)
    memo[key] = best
    return best


def show(board):
    return "\n".join(" " + " | ".join(board[r * 3:r * 3 + 3]) for r in range(3))


board = list("XO  O  XX")
player = "O"
while not winner(board):
    if player == "X":
        _, move = minimax(board, "X")
    else:
        move = random.choice([i for i in range(9) if board[i] == " "])
    board[move] = player
    print(f"{player} plays {move}")
    player = "O" if player == "X" else "X"
print(show(board))
print("result:", winner(board))
print(minimax(list("XX OO XO "), "X"), minimax(list("XOXOXO  X"), "O"))
board[4] = 4
print(show(board))
