# An editor with undo history kept as deep copies of its state.
import copy


class Editor:
    def __init__(self):
        self.state = {"lines": [], "cursor": 0}
        self.history = []

    def do(self, action, *args):
        self.history.append(copy.deepcopy(self.state))
        getattr(self, action)(*args)

    def insert(self, text):
        self.state["lines"].insert(self.state["cursor"], text)
        self.state["cursor"] += 1

    def delete(self):
        self.state["cursor"] -= 1
        self.state["lines"].pop(self.state["cursor"])

    def undo(self):
        self.state = self.history.pop()


ed = Editor()
ed.do("insert", "hello")
ed.do("insert", "world")
ed.do("insert", "!")
print(ed.state)
ed.do("delete")
print(ed.state)
ed.undo()
ed.undo()
print(ed.state, len(ed.history))
snap = copy.copy(ed.state)
snap["lines"].append("shared")
print(ed.state["lines"])
for _ in range(3):
    ed.undo()
