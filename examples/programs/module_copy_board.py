# Game boards copied shallowly and deeply: why deepcopy matters for nested lists.
import copy

board = [["."] * 3 for _ in range(3)]
shallow = copy.copy(board)
deep = copy.deepcopy(board)
board[1][1] = "X"
shallow.append(["extra"])
print("board  ", board)
print("shallow", shallow)
print("deep   ", deep)
print(board[0] is shallow[0], board[0] is deep[0])


class Player:
    def __init__(self, name, items):
        self.name = name
        self.items = items

    def __repr__(self):
        return f"Player({self.name!r}, {self.items})"


p = Player("ann", ["sword"])
q = copy.copy(p)
r = copy.deepcopy(p)
q.items.append("shield")
q.name = "bob"
print(p, q, r)
cycle = [1, 2]
cycle.append(cycle)
c2 = copy.deepcopy(cycle)
print(c2[2] is c2, c2[:2])
t = (1, [2])
print(copy.copy(t) is t, copy.deepcopy(t) is t)
