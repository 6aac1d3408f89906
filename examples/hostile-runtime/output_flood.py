# expect: output_limit_exceeded
# Printing without end.
while True:
    print("flood " * 100)
