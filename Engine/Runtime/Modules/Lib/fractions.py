"""Rational numbers: fractions.Fraction, exact arithmetic on numerator/denominator pairs."""

from decimal import Decimal
import math
import sys

__all__ = ['Fraction']

# What CPython's numeric hash reduces by, and what it answers for a value with no inverse.
_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

_DIGITS = '0123456789'


def _digits(text, allow_empty):
    """text if it is digits with single underscores between them (as int() takes them), else None."""
    if text == '':
        return text if allow_empty else None
    if text[0] == '_' or text[-1] == '_' or '__' in text:
        return None
    for ch in text:
        if ch not in _DIGITS and ch != '_':
            return None
    return text.replace('_', '')


def _parse(text):
    """(numerator, denominator) of a Fraction literal such as ' -3/4 ', '1.5e-3', '.5', or None."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        if s[0] == '-':
            sign = -1
        s = s[1:]
    if not s or not (s[0] in _DIGITS or (s[0] == '.' and s[1:2] != '' and s[1] in _DIGITS)):
        return None
    if '/' in s:
        num_text, _, den_text = s.partition('/')
        num = _digits(num_text, False)
        den = _digits(den_text, False)
        if num is None or den is None:
            return None
        return sign * int(num), int(den)
    exp = 0
    lower = s.lower()
    if 'e' in lower:
        cut = lower.index('e')
        exp_text = s[cut + 1:]
        s = s[:cut]
        exp_sign = 1
        if exp_text[:1] in ('+', '-'):
            if exp_text[0] == '-':
                exp_sign = -1
            exp_text = exp_text[1:]
        exp_digits = _digits(exp_text, False)
        if exp_digits is None:
            return None
        exp = exp_sign * int(exp_digits)
    whole_text, dot, frac_text = s.partition('.')
    whole = _digits(whole_text, True)
    frac = _digits(frac_text, True) if dot else ''
    if whole is None or frac is None or (whole == '' and frac == ''):
        return None
    num = int(whole + frac) if whole + frac else 0
    den = 10 ** len(frac)
    if exp > 0:
        num *= 10 ** exp
    elif exp < 0:
        den *= 10 ** -exp
    return sign * num, den


def _is_rational(x):
    return isinstance(x, (int, Fraction)) or (
        hasattr(x, 'numerator') and hasattr(x, 'denominator') and not isinstance(x, (float, complex)))


class Fraction:
    """A rational number numerator/denominator, kept in lowest terms with a positive denominator."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = super(Fraction, cls).__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            elif isinstance(numerator, Fraction) or (_is_rational(numerator) and not isinstance(numerator, str)):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            elif isinstance(numerator, (float, Decimal)):
                # Exact conversion (a NaN or an infinity raises, as as_integer_ratio does).
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            elif hasattr(numerator, 'as_integer_ratio') and not isinstance(numerator, complex):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator) and not isinstance(numerator, str) \
                and not isinstance(denominator, str):
            numerator, denominator = (
                numerator.numerator * denominator.denominator,
                denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f as a Fraction."""
        if isinstance(f, int):
            return cls(f)
        elif not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """The exact value of a Decimal as a Fraction."""
        if isinstance(dec, int):
            return cls(dec)
        if not isinstance(dec, Decimal):
            raise TypeError("%s.from_decimal() only takes Decimals, not %r (%s)" % (cls.__name__, dec, type(dec).__name__))
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self whose denominator is at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction's convergents until the next one's denominator is too big,
        # then choose between the last convergent and the best semiconvergent below the bound.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        near = Fraction(p1, q1)
        semi = Fraction(p0 + k * p1, q0 + k * q1)
        if abs(near - self) <= abs(semi - self):
            return near
        return semi

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with a Fraction or an int the answer is exact, with a float it is a float,
    # with a complex a complex; anything else is NotImplemented so the other operand may try.

    def _coerce(self, other):
        if isinstance(other, Fraction):
            return other
        if isinstance(other, int):
            return Fraction(other)
        return None

    def __add__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator + c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) + b
        if isinstance(b, complex):
            return complex(a) + b
        return NotImplemented

    def __radd__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c + b
        if isinstance(a, float):
            return a + float(b)
        if isinstance(a, complex):
            return a + complex(b)
        return NotImplemented

    def __sub__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator - c._numerator * a._denominator,
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) - b
        if isinstance(b, complex):
            return complex(a) - b
        return NotImplemented

    def __rsub__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c - b
        if isinstance(a, float):
            return a - float(b)
        if isinstance(a, complex):
            return a - complex(b)
        return NotImplemented

    def __mul__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._numerator, a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) * b
        if isinstance(b, complex):
            return complex(a) * b
        return NotImplemented

    def __rmul__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c * b
        if isinstance(a, float):
            return a * float(b)
        if isinstance(a, complex):
            return a * complex(b)
        return NotImplemented

    def __truediv__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction(a._numerator * c._denominator, a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) / b
        if isinstance(b, complex):
            return complex(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c / b
        if isinstance(a, float):
            return a / float(b)
        if isinstance(a, complex):
            return a / complex(b)
        return NotImplemented

    def __floordiv__(a, b):
        c = a._coerce(b)
        if c is not None:
            return (a._numerator * c._denominator) // (a._denominator * c._numerator)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c // b
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __divmod__(a, b):
        c = a._coerce(b)
        if c is not None:
            q, r = divmod(a._numerator * c._denominator, a._denominator * c._numerator)
            return q, Fraction(r, a._denominator * c._denominator)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return divmod(c, b)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __mod__(a, b):
        c = a._coerce(b)
        if c is not None:
            return Fraction((a._numerator * c._denominator) % (c._numerator * a._denominator),
                            a._denominator * c._denominator)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        c = b._coerce(a)
        if c is not None:
            return c % b
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __pow__(a, b):
        """a ** b: exact when b is an integer (a Fraction with denominator 1 counts), else a float."""
        if isinstance(b, int) or (isinstance(b, Fraction) and b._denominator == 1):
            power = b if isinstance(b, int) else b._numerator
            if power >= 0:
                return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
            elif a._numerator >= 0:
                return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
            else:
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
        elif isinstance(b, Fraction):
            return float(a) ** float(b)
        elif isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        """a ** b with a Fraction exponent b."""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, Fraction):
            return Fraction(a._numerator, a._denominator) ** b
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self): the nearest int, ties to even; round(self, n): a Fraction."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            elif remainder * 2 > self._denominator:
                return floor + 1
            elif floor % 2 == 0:
                return floor
            else:
                return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        else:
            return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        # The hash of the value, equal to the hash of an int or float of the same value.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            result = _HASH_INF
        else:
            result = hash(hash(abs(self._numerator)) * inverse)
        if self._numerator < 0:
            result = -result
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, Fraction):
            return a._numerator == b._numerator and a._denominator == b._denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        if isinstance(b, int):
            return a._numerator == b and a._denominator == 1
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator, self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y
