# sys: the harmless part.
import sys
from sys import maxsize, getrecursionlimit, setrecursionlimit

print(maxsize, maxsize == 2 ** 63 - 1, sys.platform, sys.byteorder, sys.maxunicode)
print(sys.version_info[:2], sys.version_info >= (3, 8), sys.version.split()[0])
print(getrecursionlimit())
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc")
print()
print(n)

def depth(k):
    return 0 if k == 0 else 1 + depth(k - 1)

setrecursionlimit(200)
print(getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("RecursionError", e)
print(depth(100))
setrecursionlimit(1000)
try:
    setrecursionlimit(0)
except ValueError as e:
    print("ValueError", e)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", e.args)
try:
    sys.exit("bye")
except SystemExit as e:
    print("SystemExit", e)
sys.exit(2)
