# The math module's float functions, constants and errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
values = [0.0, 0.5, 1.0, 2.0, 10.0, 1e-10, 123.456]
for x in values:
    print(x, math.sqrt(x), math.exp(x), math.sin(x), math.cos(x), math.atan(x))
    print(math.log1p(x), math.expm1(x), math.erf(x), math.erfc(x), math.cbrt(x))
for x in [0.5, 1.0, 2.5, 7.0, 30.5, 171.5, -0.5, -2.5]:
    print("gamma", x, math.gamma(x), math.lgamma(x))
print(math.log(100), math.log(100, 10), math.log(8, 2), math.log10(1000), math.log2(1024))
print(math.log(10 ** 400), math.log2(2 ** 2000), math.log10(10 ** 500))
print(math.pow(2, 10), math.pow(2.5, -1.5), math.pow(-8, 3), math.pow(0.0, 0.0))
print(math.hypot(3, 4), math.hypot(1, 2, 3, 4), math.hypot(), math.hypot(-7.5))
print(math.dist((1, 2), (4, 6)), math.dist([0, 0, 0], [1, 1, 1]))
print(math.fmod(7, 3), math.fmod(-7, 3), math.remainder(7, 3), math.remainder(5, 2))
print(math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4), math.modf(3.75), math.modf(-2.5))
print(math.copysign(3, -0.0), math.fabs(-4), math.degrees(math.pi), math.radians(180))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), math.floor(-0.5), math.ceil(10))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1, rel_tol=0.2), math.isclose(0, 1e-12, abs_tol=1e-9))
print(math.isfinite(1e308), math.isinf(math.inf), math.isnan(math.nan))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(1e300), math.ulp(0.0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]))
print(math.fsum([1, 2, 3]), math.fsum([]), math.fsum([math.inf, 1.0]))
print(math.atan2(1, 1), math.atan2(-1, -1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.exp2(10), math.tanh(0.5), math.sinh(1), math.cosh(1), math.tan(1))

def attempt(f, *args):
    try:
        print(f.__name__, args, "->", f(*args))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(f.__name__, args, "raised", type(e).__name__, e)

attempt(math.sqrt, -1)
attempt(math.log, 0)
attempt(math.log, -5)
attempt(math.log, 10, 1)
attempt(math.exp, 1000)
attempt(math.pow, 0.0, -1)
attempt(math.pow, -2, 0.5)
attempt(math.gamma, 0)
attempt(math.gamma, -3)
attempt(math.gamma, 200)
attempt(math.lgamma, -2)
attempt(math.acos, 2)
attempt(math.fmod, 1, 0)
attempt(math.sqrt, "4")
attempt(math.floor, math.inf)
attempt(math.ceil, math.nan)
attempt(math.fsum, [math.inf, -math.inf])
attempt(math.ldexp, 1.0, 5000)
attempt(math.cosh, 1000)
attempt(math.sin, math.inf)
