# A reverse Polish notation calculator driven by a table of operator functions.
import operator

OPS = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "**": operator.pow,
    "&": operator.and_, "|": operator.or_, "^": operator.xor, "<<": operator.lshift,
}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression: {expr!r} leaves {stack}")
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "17 5 %", "6 3 ^ 1 <<", "7 2 /", "12 10 & 1 |"]:
    print(f"{e:22} = {rpn(e)}")
print(operator.lt(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.index(7))
acc = 0
for v in (1, 2, 3):
    acc = operator.iadd(acc, v)
print("iadd:", acc)
print(rpn("1 2 3 +"))
