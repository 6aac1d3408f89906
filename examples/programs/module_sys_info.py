# Looking at the interpreter through sys: version, limits, sizes, argv-free facts.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print(sys.getrecursionlimit())
print(type(sys.float_info.epsilon).__name__, sys.float_info.max > 1e308, sys.float_info.dig)
print(sys.int_info.bits_per_digit in (15, 30))
print(sys.hash_info.width, sys.hash_info.modulus == 2 ** 61 - 1)
print(sys.getdefaultencoding(), "math" in sys.builtin_module_names)
print(sys.intern("abc") is sys.intern("abc"))
print(isinstance(sys.modules, dict), "sys" in sys.modules)


def depth(n=0):
    try:
        return depth(n + 1)
    except RecursionError:
        return n


print("reachable depth is below the limit:", depth() < sys.getrecursionlimit())
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    print(sys.exc_info()[0].__name__)
sys.exit(3)
