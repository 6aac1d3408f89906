# An interactive calculator reading lines with input() until EOF.
def evaluate(line):
    a, op, b = line.split()
    a, b = float(a), float(b)
    return {"+": a + b, "-": a - b, "*": a * b, "/": a / b if b else float("nan")}[op]


results = []
while True:
    try:
        line = input("calc> ")
    except EOFError:
        print("\n(end of input)")
        break
    if not line.strip():
        continue
    try:
        results.append(evaluate(line))
        print("=", results[-1])
    except (ValueError, KeyError) as e:
        print("error:", type(e).__name__, e)
print("lines evaluated:", len(results))
for expr in ("1 + 2", "6 * 7", "1 / 0", "2 ^ 3", "bad"):
    try:
        print(expr, "->", evaluate(expr))
    except (ValueError, KeyError) as e:
        print(expr, "->", type(e).__name__)
