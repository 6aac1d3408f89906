# expect: ok|error
# Building a code object by hand and running it.
f = lambda: 0
code = f.__code__
CodeType = type(code)
print(CodeType.__name__)
forged = code.replace(co_code=b"\x00\x00" * 4)
print(type(forged).__name__)
exec(forged)
