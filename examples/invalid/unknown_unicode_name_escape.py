arrow = "\N{RIGHTWARDS ARROWX}"
print(arrow)
print(len(arrow))
