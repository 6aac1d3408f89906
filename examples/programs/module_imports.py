# Import forms: plain, aliased, from-imports, star imports, and the errors.
import math as m, random
from math import sqrt, pi as PI
from random import *
import __future__
from __future__ import annotations

print(m.sqrt(16), sqrt(2), PI)
print(m is __import__ if False else "ok")
import math
print(math is m, math.floor is m.floor)
print(type(math).__name__, math.__name__, random.__name__)
seed(5)
print(randint(1, 10), choice("abc"))
print(__future__.annotations)
print(math.__dict__["pi"])
math.answer = 42
print(m.answer)

def inner():
    import sys
    from math import gcd
    return gcd(12, 8), sys.maxsize > 0

print(inner())

for name in ["os", "numpy", "math.foo", "subprocess"]:
    try:
        exec_result = __builtins__
        if name == "os":
            import os
        elif name == "numpy":
            import numpy
        elif name == "math.foo":
            import math.foo
        else:
            import subprocess
    except ImportError as e:
        print(type(e).__name__, e)
try:
    from math import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import nothing
except ImportError as e:
    print(type(e).__name__, e)
try:
    math.nothing
except AttributeError as e:
    print(e)
import json
