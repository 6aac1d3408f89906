# Check bracket balance with a list used as a stack and a top index.

PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(text):
    stack = []
    top = 0
    for ch in text:
        if ch in "([{":
            if top < len(stack):
                stack[top] = ch
            else:
                stack.append(ch)
            top += 1
        elif ch in PAIRS:
            if top == 0 or stack[top - 1] != PAIRS[ch]:
                return False
            top -= 1
    return top == 0


for text in ["(a[b]{c})", "((]", "{[()()]}", "(", ")(", "no brackets"]:
    print(text, balanced(text))
