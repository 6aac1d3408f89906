# A line-oriented protocol over stdin: readline returns '' at EOF; input() then raises.
import sys

header = sys.stdin.readline()
print("header:", repr(header))
commands = []
while True:
    line = sys.stdin.readline()
    if not line:
        break
    commands.append(line.rstrip("\n"))
print("commands:", commands)
defaults = ["PUSH 3", "PUSH 4", "ADD", "PUSH 5", "MUL", "PRINT"]
stack = []
for cmd in commands or defaults:
    op, *arg = cmd.split()
    if op == "PUSH":
        stack.append(int(arg[0]))
    elif op == "ADD":
        stack.append(stack.pop() + stack.pop())
    elif op == "MUL":
        stack.append(stack.pop() * stack.pop())
    elif op == "PRINT":
        print("top:", stack[-1])
print("stack:", stack)
name = input("your name? ")
print("hello", name)
