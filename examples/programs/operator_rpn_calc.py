# A reverse-Polish calculator driven by a table of operator functions; division by zero
# in the input ends the program.
import operator

OPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "^": operator.pow,
    "neg": operator.neg, "abs": operator.abs,
}
UNARY = {"neg", "abs"}


def evaluate(expression):
    stack = []
    for token in expression.split():
        if token in OPS:
            if token in UNARY:
                stack.append(OPS[token](stack.pop()))
            else:
                right = stack.pop()
                left = stack.pop()
                stack.append(OPS[token](left, right))
        else:
            stack.append(int(token))
    if len(stack) != 1:
        raise ValueError(f"bad expression: {expression!r}")
    return stack[0]


tests = ["3 4 +", "10 2 8 * + 3 -", "2 10 ^", "7 2 /", "7 2 //", "-7 2 %", "5 neg abs 3 *"]
for text in tests:
    print(f"{text:<18} = {evaluate(text)}")

acc = 0
for n in range(1, 6):
    acc = operator.iadd(acc, n)
print("sum", acc)
items = [1, 2]
same = operator.iadd(items, [3])
print(same, same is items, operator.iconcat(["a"], ["b"]))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_not(None, 0), operator.truth(""))
print(operator.index(7), operator.length_hint([1, 2, 3]), operator.length_hint(5, 9))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 5))
print(operator.add, OPS["/"])
print(evaluate("1 2 3"))
