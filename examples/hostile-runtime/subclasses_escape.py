# expect: ok|error
# The classic escape: look for a class whose module globals reach os or builtins' open.
found = []
for cls in ().__class__.__base__.__subclasses__():
    init = getattr(cls, "__init__", None)
    g = getattr(init, "__globals__", None)
    if isinstance(g, dict) and ("os" in g or "open" in g or "__import__" in g):
        found.append(cls.__name__)
print(found)
