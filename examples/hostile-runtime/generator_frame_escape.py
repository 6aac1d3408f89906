# expect: ok|error
# A generator's frame and its globals.
def g():
    yield 1


gen = g()
frame = gen.gi_frame
print(type(frame).__name__)
print("__builtins__" in frame.f_globals)
frame.f_globals["__builtins__"]["__import__"]("os").system("echo escaped")
