# expect: ok|error
# eval of a deeply nested expression: the compiler must not overflow the host's stack.
try:
    eval("(" * 200_000 + ")" * 200_000)
except Exception as e:
    print(type(e).__name__)
print(eval("-" * 100_000 + "1"))
