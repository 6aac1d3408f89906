"""Decimal fixed and floating point arithmetic, after the General Decimal Arithmetic
Specification, with the behaviour (reprs, messages, signals) of CPython 3.11's C module.

A finite Decimal is (sign, coefficient, exponent): (-1)**sign * coefficient * 10**exponent.
Special values are infinities and quiet or signalling NaNs (with an optional payload).
Every operation computes the exact result first, where one exists, and rounds it once to the
context's precision, so results are correctly rounded.
"""

from _sandbox import c_type as _c_type
import math as _math
from collections import namedtuple as _namedtuple
from _sandbox import builtin as _builtin

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible', 'InvalidContext',
    'ConversionSyntax', 'DivisionUndefined', 'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN',
    'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP', 'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext',
    'getcontext', 'localcontext', 'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS',
    'HAVE_CONTEXTVAR',
]

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
              ROUND_HALF_DOWN, ROUND_05UP)

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---- signals ----------------------------------------------------------------------------

class DecimalException(ArithmeticError):
    pass


class Clamped(DecimalException):
    pass


class InvalidOperation(DecimalException):
    pass


class ConversionSyntax(InvalidOperation):
    pass


class DivisionByZero(DecimalException, ZeroDivisionError):
    pass


class DivisionImpossible(InvalidOperation):
    pass


class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass


class Inexact(DecimalException):
    pass


class InvalidContext(InvalidOperation):
    pass


class Rounded(DecimalException):
    pass


class Subnormal(DecimalException):
    pass


class Overflow(Inexact, Rounded):
    pass


class Underflow(Inexact, Rounded, Subnormal):
    pass


class FloatOperation(DecimalException, TypeError):
    pass


for _cls in (DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero,
             DivisionImpossible, DivisionUndefined, Inexact, InvalidContext, Rounded, Subnormal,
             Overflow, Underflow, FloatOperation):
    _cls.__module__ = 'decimal'
del _cls

# The signals a context has flags and traps for, in the order its repr lists them.
_SIGNALS = [InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped]
# The conditions that raise under another signal's trap.
_CONDITION_SIGNAL = {ConversionSyntax: InvalidOperation, DivisionImpossible: InvalidOperation,
                     DivisionUndefined: InvalidOperation, InvalidContext: InvalidOperation}


class _SignalDict(dict):
    """A context's flags or traps: signal -> bool, only the nine signals as keys."""

    def __setitem__(self, key, value):
        if key not in _SIGNALS:
            raise KeyError("invalid signal dict")
        dict.__setitem__(self, key, bool(value))

    def __repr__(self):
        return '{' + ', '.join("<class 'decimal.%s'>:%s" % (s.__name__, self[s]) for s in _SIGNALS) + '}'


# ---- contexts ---------------------------------------------------------------------------

# The context new Contexts copy what they are not given from (DefaultContext, once it exists).
_TEMPLATE = [None]


@_c_type
class Context:
    """Precision, rounding, exponent limits, and the flags and traps of the signals."""

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None,
                 flags=None, traps=None):
        template = _TEMPLATE[0]
        self.prec = prec if prec is not None else (template.prec if template else 28)
        self.rounding = rounding if rounding is not None else (template.rounding if template else ROUND_HALF_EVEN)
        self.Emin = Emin if Emin is not None else (template.Emin if template else -999999)
        self.Emax = Emax if Emax is not None else (template.Emax if template else 999999)
        self.capitals = capitals if capitals is not None else (template.capitals if template else 1)
        self.clamp = clamp if clamp is not None else (template.clamp if template else 0)
        self.flags = _SignalDict((s, False) for s in _SIGNALS)
        self.traps = _SignalDict((s, False) for s in _SIGNALS)
        if traps is None:
            source = template.traps if template else {InvalidOperation: 1, DivisionByZero: 1, Overflow: 1}
            for s in _SIGNALS:
                self.traps[s] = source.get(s, False)
        elif isinstance(traps, dict):
            for s, v in traps.items():
                self.traps[s] = v
        else:
            for s in traps:
                self.traps[s] = True
        if flags is not None:
            if isinstance(flags, dict):
                for s, v in flags.items():
                    self.flags[s] = v
            else:
                for s in flags:
                    self.flags[s] = True

    def __setattr__(self, name, value):
        if name == 'prec':
            if not isinstance(value, int):
                raise TypeError("an integer is required")
            if not 1 <= value <= MAX_PREC:
                raise ValueError("valid range for prec is [1, MAX_PREC]")
        elif name == 'rounding':
            if value not in _ROUNDINGS:
                raise TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                                "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]")
        elif name == 'Emin':
            if not MIN_EMIN <= value <= 0:
                raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        elif name == 'Emax':
            if not 0 <= value <= MAX_EMAX:
                raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        elif name in ('capitals', 'clamp'):
            if value not in (0, 1):
                raise ValueError("valid values for %s are 0 or 1" % name)
        elif name not in ('flags', 'traps'):
            raise AttributeError("'decimal.Context' object has no attribute '%s'" % name)
        object.__setattr__(self, name, value)

    def __repr__(self):
        flags = [s.__name__ for s in _SIGNALS if self.flags[s]]
        traps = [s.__name__ for s in _SIGNALS if self.traps[s]]
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, flags=[%s], traps=[%s])'
                % (self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                   ', '.join(flags), ', '.join(traps)))

    def copy(self):
        return Context(self.prec, self.rounding, self.Emin, self.Emax, self.capitals, self.clamp,
                       dict(self.flags), dict(self.traps))

    __copy__ = copy

    def clear_flags(self):
        for s in _SIGNALS:
            self.flags[s] = False

    def clear_traps(self):
        for s in _SIGNALS:
            self.traps[s] = False

    def Etiny(self):
        return self.Emin - self.prec + 1

    def Etop(self):
        return self.Emax - self.prec + 1

    def _raise(self, condition, *conditions):
        """Records the conditions' signals; raises the first one whose trap is set."""
        raised = None
        for c in (condition,) + conditions:
            signal = _CONDITION_SIGNAL.get(c, c)
            self.flags[signal] = True
            if raised is None and self.traps[signal]:
                raised = c
        if raised is not None:
            signal = _CONDITION_SIGNAL.get(raised, raised)
            raise signal([raised])

    def create_decimal(self, num='0'):
        d = Decimal(num, context=self)
        if d._special is None and len(str(d._coeff)) > self.prec - self.clamp:
            pass
        return d._fix(self)

    def create_decimal_from_float(self, f):
        return Decimal.from_float(f)._fix(self)

    # The arithmetic functions of a context: each is the Decimal method in this context.
    def abs(self, a):
        return _dec(a).__abs__(context=self)

    def add(self, a, b):
        return _dec(a).__add__(b, context=self)

    def subtract(self, a, b):
        return _dec(a).__sub__(b, context=self)

    def multiply(self, a, b):
        return _dec(a).__mul__(b, context=self)

    def divide(self, a, b):
        return _dec(a).__truediv__(b, context=self)

    def divide_int(self, a, b):
        return _dec(a).__floordiv__(b, context=self)

    def remainder(self, a, b):
        return _dec(a).__mod__(b, context=self)

    def divmod(self, a, b):
        return _dec(a).__divmod__(b, context=self)

    def power(self, a, b, modulo=None):
        return _dec(a).__pow__(b, modulo, context=self)

    def sqrt(self, a):
        return _dec(a).sqrt(context=self)

    def exp(self, a):
        return _dec(a).exp(context=self)

    def ln(self, a):
        return _dec(a).ln(context=self)

    def log10(self, a):
        return _dec(a).log10(context=self)

    def quantize(self, a, b):
        return _dec(a).quantize(b, context=self)

    def plus(self, a):
        return _dec(a).__pos__(context=self)

    def minus(self, a):
        return _dec(a).__neg__(context=self)

    def compare(self, a, b):
        return _dec(a).compare(b, context=self)

    def max(self, a, b):
        return _dec(a).max(b, context=self)

    def min(self, a, b):
        return _dec(a).min(b, context=self)

    def normalize(self, a):
        return _dec(a).normalize(context=self)

    def to_integral_value(self, a):
        return _dec(a).to_integral_value(context=self)

    def to_sci_string(self, a):
        return _dec(a).__str__(context=self)

    def to_eng_string(self, a):
        return _dec(a).to_eng_string(context=self)

    def is_zero(self, a):
        return _dec(a).is_zero()

    def is_signed(self, a):
        return _dec(a).is_signed()

    def fma(self, a, b, c):
        return _dec(a).fma(b, c, context=self)


def _dec(a):
    if isinstance(a, Decimal):
        return a
    if isinstance(a, int):
        return Decimal(a)
    raise TypeError("conversion from %s to Decimal is not supported" % type(a).__name__)


DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1,
                         clamp=0, traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, traps=[DivisionByZero, Overflow, InvalidOperation,
                                                             Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, traps=[])
_TEMPLATE[0] = DefaultContext

_current = [DefaultContext.copy()]


@_builtin
def getcontext():
    """The current thread's context."""
    return _current[0]


@_builtin
def setcontext(context):
    """Makes context the current context."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context.clear_flags()
    _current[0] = context


class _ContextManager:
    def __init__(self, new_context):
        self.new_context = new_context.copy()

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


@_builtin
def localcontext(ctx=None, **kwargs):
    """A context manager that runs its block in a copy of ctx (or of the current context)."""
    if ctx is None:
        ctx = getcontext()
    manager = _ContextManager(ctx)
    for key, value in kwargs.items():
        if key not in ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'):
            raise TypeError(f"'{key}' is an invalid keyword argument for this function")
        setattr(manager.new_context, key, value)
    return manager


# ---- rounding of exact values -----------------------------------------------------------

def _digits(n):
    return len(str(n)) if n else 1


def _round_coefficient(sign, coeff, drop, rounding):
    """coeff with its last drop digits removed, rounded; and whether anything non-zero was dropped."""
    if drop <= 0:
        return coeff * 10 ** -drop, False
    return _round_fraction(sign, coeff, 10 ** drop, 0, rounding)


def _round_fraction(sign, num, den, exp, rounding):
    """The integer nearest num/den by rounding (num, den > 0), and whether it was inexact."""
    kept, rest = divmod(num, den)
    if rest == 0:
        return kept, False
    if rounding == ROUND_DOWN:
        up = False
    elif rounding == ROUND_UP:
        up = True
    elif rounding == ROUND_CEILING:
        up = sign == 0
    elif rounding == ROUND_FLOOR:
        up = sign == 1
    elif rounding == ROUND_HALF_UP:
        up = rest * 2 >= den
    elif rounding == ROUND_HALF_DOWN:
        up = rest * 2 > den
    elif rounding == ROUND_HALF_EVEN:
        up = rest * 2 > den or (rest * 2 == den and kept % 2 == 1)
    else:
        up = kept % 10 in (0, 5)
    return kept + 1 if up else kept, True


def _from_fraction(sign, num, den, context, ideal_exp=None):
    """The Decimal nearest sign * num/den at the context's precision (num >= 0, den > 0):
    exact results are given the exponent closest to ideal_exp."""
    if num == 0:
        exp = ideal_exp if ideal_exp is not None else 0
        return Decimal._make(sign, 0, exp)._fix(context)
    # The exponent that gives prec digits: 10**(prec-1) <= num/den/10**exp < 10**prec.
    estimate = _digits(num) - _digits(den)
    exp = estimate - context.prec
    while True:
        scaled_num = num * 10 ** -exp if exp < 0 else num
        scaled_den = den if exp < 0 else den * 10 ** exp
        if scaled_num >= scaled_den * 10 ** context.prec:
            exp += 1
            continue
        if scaled_num < scaled_den * 10 ** (context.prec - 1):
            exp -= 1
            continue
        break
    coeff, inexact = _round_fraction(sign, scaled_num, scaled_den, exp, context.rounding)
    if not inexact and ideal_exp is not None:
        while exp < ideal_exp and coeff % 10 == 0:
            coeff //= 10
            exp += 1
    result = Decimal._make(sign, coeff, exp)
    if inexact:
        context._raise(Inexact, Rounded)
    return result._fix(context)


# ---- parsing ----------------------------------------------------------------------------

def _parse(text):
    """(sign, coeff, exp, special) of a numeric string, or None when it is not one."""
    s = text.strip().replace('_', '') if '_' not in text.strip()[:1] else None
    if s is None or s == '' or '__' in text:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    lower = s.lower()
    if lower in ('inf', 'infinity'):
        return sign, 0, 0, 'F'
    for prefix, special in (('snan', 'N'), ('nan', 'n')):
        if lower.startswith(prefix):
            payload = lower[len(prefix):]
            if payload == '':
                return sign, 0, 0, special
            if payload.isdigit() and payload.isascii():
                return sign, int(payload), 0, special
            return None
    exp = 0
    if 'e' in lower:
        mantissa, _, exp_text = lower.partition('e')
        if exp_text[:1] in '+-' and exp_text[:1] != '':
            digits = exp_text[1:]
        else:
            digits = exp_text
        if not digits or not (digits.isdigit() and digits.isascii()):
            return None
        exp = int(exp_text)
    else:
        mantissa = lower
    whole, dot, frac = mantissa.partition('.')
    if whole + frac == '' or not ((whole + frac).isdigit() and (whole + frac).isascii()):
        return None
    return sign, int(whole + frac), exp - len(frac), None


# ---- the number -------------------------------------------------------------------------

@_c_type
class Decimal:
    """Decimal floating point: Decimal('3.14'), Decimal(5), Decimal(0.1) (exact), Decimal((0, (1, 4), -1))."""

    __slots__ = ('_sign', '_coeff', '_exp', '_special')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, Decimal):
            self._sign, self._coeff, self._exp, self._special = value._sign, value._coeff, value._exp, value._special
            return self
        if isinstance(value, int):
            self._sign = 1 if value < 0 else 0
            self._coeff = -value if value < 0 else value
            self._exp = 0
            self._special = None
            return self
        if isinstance(value, str):
            parsed = _parse(value)
            if parsed is None:
                if context is None:
                    context = getcontext()
                context._raise(ConversionSyntax)
                self._sign, self._coeff, self._exp, self._special = 0, 0, 0, 'n'
                return self
            self._sign, self._coeff, self._exp, self._special = parsed
            return self
        if isinstance(value, float):
            if context is None:
                context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation]:
                raise FloatOperation([FloatOperation])
            d = Decimal.from_float(value)
            self._sign, self._coeff, self._exp, self._special = d._sign, d._coeff, d._exp, d._special
            return self
        if isinstance(value, (list, tuple)):
            if len(value) != 3:
                raise ValueError("argument must be a sequence of length 3")
            sign, digits, exp = value
            if sign not in (0, 1):
                raise ValueError("sign must be an integer with the value 0 or 1")
            coeff = 0
            for d in digits:
                if not isinstance(d, int) or not 0 <= d <= 9:
                    raise ValueError("coefficient must be a tuple of digits")
                coeff = coeff * 10 + d
            self._sign, self._coeff = sign, coeff
            if exp == 'F':
                self._exp, self._special = 0, 'F'
            elif exp in ('n', 'N'):
                self._exp, self._special = 0, exp
            elif isinstance(exp, int):
                self._exp, self._special = exp, None
            else:
                raise ValueError("exponent must be an integer")
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def _make(cls, sign, coeff, exp, special=None):
        self = object.__new__(Decimal)
        self._sign, self._coeff, self._exp, self._special = sign, coeff, exp, special
        return self

    @classmethod
    def from_float(cls, f):
        """The exact value of float f: Decimal.from_float(0.1) has 55 digits."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("argument must be int or float")
        if f != f:
            return cls('NaN')
        if f in (float('inf'), float('-inf')):
            return cls('-Infinity' if f < 0 else 'Infinity')
        sign = 1 if _math.copysign(1.0, f) < 0 else 0
        n, d = abs(f).as_integer_ratio()
        k = d.bit_length() - 1
        result = Decimal._make(sign, n * 5 ** k, -k)
        return result if cls is Decimal else cls(result)

    # -- properties and predicates

    def _isnan(self):
        return self._special in ('n', 'N')

    def is_nan(self):
        return self._special in ('n', 'N')

    def is_qnan(self):
        return self._special == 'n'

    def is_snan(self):
        return self._special == 'N'

    def is_infinite(self):
        return self._special == 'F'

    def is_finite(self):
        return self._special is None

    def is_zero(self):
        return self._special is None and self._coeff == 0

    def is_signed(self):
        return self._sign == 1

    def is_normal(self, context=None):
        if self._special is not None or self._coeff == 0:
            return False
        context = context or getcontext()
        return context.Emin <= self.adjusted()

    def is_subnormal(self, context=None):
        if self._special is not None or self._coeff == 0:
            return False
        context = context or getcontext()
        return self.adjusted() < context.Emin

    def is_canonical(self):
        return True

    def adjusted(self):
        if self._special is not None:
            return 0
        return self._exp + _digits(self._coeff) - 1

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def canonical(self):
        return self

    def as_tuple(self):
        digits = tuple(int(c) for c in str(self._coeff)) if (self._special is None or self._coeff) else ()
        if self._special is None:
            return DecimalTuple(self._sign, digits, self._exp)
        if self._special == 'F':
            return DecimalTuple(self._sign, (0,), 'F')
        return DecimalTuple(self._sign, digits, self._special)

    def as_integer_ratio(self):
        if self._special == 'F':
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._special is not None:
            raise ValueError("cannot convert NaN to integer ratio")
        if self._coeff == 0:
            return 0, 1
        n = self._coeff
        if self._exp >= 0:
            n *= 10 ** self._exp
            d = 1
        else:
            d = 10 ** -self._exp
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    # -- fixing to a context

    def _fix(self, context):
        """Rounds self to the context's precision and checks the exponent limits."""
        if self._special is not None:
            if self._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(self._sign, self._coeff, 0, 'n')
            if self._isnan() and self._coeff and _digits(self._coeff) > context.prec - context.clamp:
                return Decimal._make(self._sign, 0, 0, 'n')
            return self
        coeff, exp = self._coeff, self._exp
        prec = context.prec
        digits = _digits(coeff)
        conditions = []
        if digits > prec:
            drop = digits - prec
            coeff, inexact = _round_coefficient(self._sign, coeff, drop, context.rounding)
            exp += drop
            if _digits(coeff) > prec:
                coeff //= 10
                exp += 1
            conditions.append(Rounded)
            if inexact:
                conditions.insert(0, Inexact)
        if coeff and exp + _digits(coeff) - 1 > context.Emax:
            context._raise(Overflow, Inexact, Rounded)
            if context.rounding in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP) or \
                    (context.rounding == ROUND_CEILING and self._sign == 0) or \
                    (context.rounding == ROUND_FLOOR and self._sign == 1):
                return Decimal._make(self._sign, 0, 0, 'F')
            return Decimal._make(self._sign, 10 ** prec - 1, context.Emax - prec + 1)
        etiny = context.Emin - prec + 1
        if exp < etiny:
            drop = etiny - exp
            subnormal = coeff and exp + _digits(coeff) - 1 < context.Emin
            coeff, inexact = _round_coefficient(self._sign, coeff, drop, context.rounding)
            exp = etiny
            conditions = [Rounded]
            if inexact:
                conditions = [Underflow, Inexact, Rounded] if subnormal else [Inexact, Rounded]
            if subnormal:
                conditions.append(Subnormal)
        if conditions:
            context._raise(*conditions)
        if coeff == self._coeff and exp == self._exp:
            return self
        return Decimal._make(self._sign, coeff, exp)

    # -- conversions

    def __str__(self, eng=False, context=None):
        if self._special is not None:
            sign = '-' if self._sign else ''
            if self._special == 'F':
                return sign + 'Infinity'
            payload = str(self._coeff) if self._coeff else ''
            return sign + ('NaN' if self._special == 'n' else 'sNaN') + payload
        sign = '-' if self._sign else ''
        digits = str(self._coeff)
        leftdigits = self._exp + len(digits)
        if self._exp <= 0 and leftdigits > -6:
            dotplace = leftdigits
        elif not eng:
            dotplace = 1
        elif self._coeff == 0:
            dotplace = (leftdigits + 1) % 3 - 1
        else:
            dotplace = (leftdigits - 1) % 3 + 1
        if dotplace <= 0:
            intpart = '0'
            fracpart = '.' + '0' * (-dotplace) + digits
        elif dotplace >= len(digits):
            intpart = digits + '0' * (dotplace - len(digits))
            fracpart = ''
        else:
            intpart = digits[:dotplace]
            fracpart = '.' + digits[dotplace:]
        if leftdigits == dotplace:
            exp = ''
        else:
            if context is None:
                context = getcontext()
            exp = ['e', 'E'][context.capitals] + "%+d" % (leftdigits - dotplace)
        return sign + intpart + fracpart + exp

    def to_eng_string(self, context=None):
        return self.__str__(eng=True, context=context)

    def __repr__(self):
        return "Decimal('%s')" % str(self)

    def __int__(self):
        if self._special is not None:
            if self._isnan():
                raise ValueError("cannot convert NaN to integer")
            raise OverflowError("cannot convert Infinity to integer")
        if self._exp >= 0:
            n = self._coeff * 10 ** self._exp
        else:
            n = self._coeff // 10 ** -self._exp
        return -n if self._sign else n

    __trunc__ = __int__

    def __float__(self):
        if self._special is not None:
            if self._isnan():
                if self._special == 'N':
                    raise ValueError("cannot convert signaling NaN to float")
                return float('-nan' if self._sign else 'nan')
            return float('-inf' if self._sign else 'inf')
        return float(str(self))

    def __complex__(self):
        return complex(float(self))

    def __bool__(self):
        return self._special is not None or self._coeff != 0

    def __floor__(self):
        return int(self.to_integral_value(rounding=ROUND_FLOOR)) if self._special is None else self.__int__()

    def __ceil__(self):
        return int(self.to_integral_value(rounding=ROUND_CEILING)) if self._special is None else self.__int__()

    def __round__(self, n=None):
        if n is not None:
            if not isinstance(n, int):
                raise TypeError('Second argument to round should be integral')
            return self.quantize(Decimal._make(0, 1, -n))
        if self._special is not None:
            if self._isnan():
                raise ValueError("cannot round a NaN")
            raise OverflowError("cannot round an infinity")
        return int(self.to_integral_value(rounding=ROUND_HALF_EVEN))

    def __hash__(self):
        if self._special is not None:
            if self._special == 'N':
                raise TypeError('Cannot hash a signaling NaN value.')
            if self._isnan():
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        modulus = 2 ** 61 - 1
        if self._exp >= 0:
            h = self._coeff * pow(10, self._exp, modulus) % modulus
        else:
            h = self._coeff * pow(pow(10, modulus - 2, modulus), -self._exp, modulus) % modulus
        h = -h if self._sign else h
        return -2 if h == -1 else h

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    # -- operands

    def _convert_other(self, other, raise_error=False):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        return None

    def _check_nans(self, other, context):
        """The NaN result of an operation on a NaN operand (sNaN signals), or None."""
        for operand in (self, other):
            if operand is not None and operand._special == 'N':
                context._raise(InvalidOperation)
                return Decimal._make(operand._sign, operand._coeff, 0, 'n')._fix_nan(context)
        for operand in (self, other):
            if operand is not None and operand._special == 'n':
                return operand._fix_nan(context)
        return None

    def _fix_nan(self, context):
        if self._coeff and _digits(self._coeff) > context.prec - context.clamp:
            return Decimal._make(self._sign, 0, 0, 'n')
        return self

    def _invalid(self, context, condition=InvalidOperation):
        context._raise(condition)
        return Decimal._make(0, 0, 0, 'n')

    # -- arithmetic

    def __add__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special == 'F':
            if other._special == 'F' and self._sign != other._sign:
                return self._invalid(context)
            return self
        if other._special == 'F':
            return other
        x, y = self, other
        if x._coeff and y._coeff:
            x, y = _align_small(x, y, context.prec)
        exp = min(x._exp, y._exp)
        a = x._coeff * 10 ** (x._exp - exp) * (-1 if x._sign else 1)
        b = y._coeff * 10 ** (y._exp - exp) * (-1 if y._sign else 1)
        total = a + b
        if total == 0:
            if self._sign == other._sign == 1:
                sign = 1
            elif self._sign != other._sign and context.rounding == ROUND_FLOOR:
                sign = 1
            else:
                sign = 0
            return Decimal._make(sign, 0, exp)._fix(context)
        return Decimal._make(1 if total < 0 else 0, abs(total), exp)._fix(context)

    __radd__ = __add__

    def __sub__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return self.__add__(other.copy_negate(), context=context)

    def __rsub__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__sub__(self, context=context)

    def __mul__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F' or other._special == 'F':
            if (self._special is None and self._coeff == 0) or (other._special is None and other._coeff == 0):
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        return Decimal._make(sign, self._coeff * other._coeff, self._exp + other._exp)._fix(context)

    __rmul__ = __mul__

    def __truediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F')
        if other._special == 'F':
            context._raise(Clamped)
            return Decimal._make(sign, 0, context.Etiny())
        if other._coeff == 0:
            if self._coeff == 0:
                return self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F')
        ideal = self._exp - other._exp
        num = self._coeff * (10 ** self._exp if self._exp > 0 else 1) * (10 ** -other._exp if other._exp < 0 else 1)
        den = other._coeff * (10 ** other._exp if other._exp > 0 else 1) * (10 ** -self._exp if self._exp < 0 else 1)
        if self._coeff == 0:
            return Decimal._make(sign, 0, ideal)._fix(context)
        return _from_fraction(sign, num, den, context, ideal)

    def __rtruediv__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__truediv__(self, context=context)

    def _divide_integer(self, other, context):
        """(quotient truncated toward zero, remainder with the dividend's sign), or NaNs."""
        sign = self._sign ^ other._sign
        if self._special == 'F':
            if other._special == 'F':
                return self._invalid(context), self._invalid(context)
            return Decimal._make(sign, 0, 0, 'F'), self._invalid(context)
        if other._special == 'F':
            return Decimal._make(sign, 0, 0), self._fix(context)
        if other._coeff == 0:
            if self._coeff == 0:
                return self._invalid(context, DivisionUndefined), self._invalid(context, DivisionUndefined)
            context._raise(DivisionByZero)
            return Decimal._make(sign, 0, 0, 'F'), self._invalid(context)
        exp = min(self._exp, other._exp)
        a = self._coeff * 10 ** (self._exp - exp)
        b = other._coeff * 10 ** (other._exp - exp)
        q, r = divmod(a, b)
        if _digits(q) > context.prec:
            return self._invalid(context, DivisionImpossible), self._invalid(context, DivisionImpossible)
        quotient = Decimal._make(sign, q, 0)
        remainder = Decimal._make(self._sign, r, exp)._fix(context)
        return quotient, remainder

    def __floordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return self._divide_integer(other, context)[0]

    def __rfloordiv__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__floordiv__(self, context=context)

    def __mod__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if self._special is None and other._special is None and other._coeff == 0:
            if self._coeff == 0:
                return self._invalid(context, DivisionUndefined)
            return self._invalid(context)
        return self._divide_integer(other, context)[1]

    def __rmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__mod__(self, context=context)

    def __divmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan, nan
        return self._divide_integer(other, context)

    def __rdivmod__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__divmod__(self, context=context)

    def remainder_near(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        q, r = self._divide_integer(other, context)
        if r._special is not None or q._special is not None:
            return r
        # Choose the remainder of smaller magnitude (ties to an even quotient).
        exp = min(self._exp, other._exp)
        a = self._coeff * 10 ** (self._exp - exp) * (-1 if self._sign else 1)
        b = other._coeff * 10 ** (other._exp - exp) * (-1 if other._sign else 1)
        n = _round_half_even_div(a, b)
        rem = a - n * b
        return Decimal._make(1 if rem < 0 or (rem == 0 and self._sign) else 0, abs(rem), exp)._fix(context)

    def __pow__(self, other, modulo=None, context=None):
        if modulo is not None:
            return self._power_modulo(other, modulo, context)
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._special is None and other._coeff == 0:
            if self._special is None and self._coeff == 0:
                return self._invalid(context)
            return Decimal._make(0, 1, 0)._fix(context)
        integral = other._special is None and (other._exp >= 0 or other._coeff % 10 ** -other._exp == 0)
        if self._special is None and self._coeff == 0:
            if other._sign:
                if integral and int(other) % 2 == 1 and self._sign:
                    sign = 1
                else:
                    sign = 0
                if other._special is None:
                    context._raise(DivisionByZero)
                return Decimal._make(sign, 0, 0, 'F')
            sign = self._sign if integral and int(other) % 2 == 1 else 0
            return Decimal._make(sign, 0, 0)
        if self._sign and not integral:
            return self._invalid(context)
        if self._special == 'F' or other._special == 'F':
            sign = self._sign if integral and other._special is None and int(other) % 2 == 1 else 0
            if other._special == 'F':
                big = abs(self) > 1
                if (big and not other._sign) or (not big and other._sign):
                    return Decimal._make(0, 0, 0, 'F')
                return Decimal._make(0, 0, 0)
            if other._sign:
                return Decimal._make(sign, 0, 0)
            return Decimal._make(sign, 0, 0, 'F')
        if integral:
            n = int(other)
            sign = self._sign if n % 2 == 1 else 0
            if n >= 0:
                # Exact, then rounded once.
                return Decimal._make(sign, self._coeff ** n, self._exp * n)._fix(context)
            num, den = _ratio_of(self._coeff, self._exp)
            # An exact result is fully reduced, as CPython reduces it (0.1 ** -1 is 1E+1).
            return _from_fraction(sign, den ** -n, num ** -n, context, context.Emax)
        # A non-integral power: exp(other * ln(self)) with guard digits.
        return _power_real(self, other, context)

    def __rpow__(self, other, context=None):
        other = self._convert_other(other)
        if other is None:
            return NotImplemented
        return other.__pow__(self, context=context)

    def _power_modulo(self, other, modulo, context):
        context = context or getcontext()
        other = _dec(other)
        modulo = _dec(modulo)
        for v in (self, other, modulo):
            if v._special is not None or v._exp < 0 and v._coeff % 10 ** -v._exp:
                return self._invalid(context)
        if other._sign:
            return self._invalid(context)
        m = int(modulo)
        if m == 0:
            return self._invalid(context)
        result = pow(int(self), int(other), abs(m))
        if self._sign and int(other) % 2 == 1 and result:
            result = result - abs(m) if False else result
        sign = self._sign if int(other) % 2 == 1 else 0
        return Decimal._make(sign, result, 0)

    def __neg__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special is None and self._coeff == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return Decimal._make(1 - self._sign, self._coeff, self._exp, self._special)._fix(context)

    def __pos__(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special is None and self._coeff == 0 and context.rounding != ROUND_FLOOR:
            return Decimal._make(0, 0, self._exp)._fix(context)
        return self._fix(context)

    def __abs__(self, round=True, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        result = Decimal._make(0, self._coeff, self._exp, self._special)
        return result._fix(context) if round else result

    def fma(self, other, third, context=None):
        other = _dec(other)
        product = Decimal._make(self._sign ^ other._sign, self._coeff * other._coeff, self._exp + other._exp)
        return product.__add__(third, context=context)

    # -- comparisons

    def _compare_key(self, other):
        """-1, 0 or 1 comparing two non-NaN Decimals exactly."""
        if self._special == 'F' or other._special == 'F':
            a = 0 if self._special != 'F' else (-1 if self._sign else 1)
            b = 0 if other._special != 'F' else (-1 if other._sign else 1)
            if a != b:
                return -1 if a < b else 1
            if a != 0:
                return 0
        an, ad = self.as_integer_ratio()
        bn, bd = other.as_integer_ratio()
        left, right = an * bd, bn * ad
        return (left > right) - (left < right)

    def _compare_operand(self, other, equality):
        if isinstance(other, Decimal):
            return other
        if isinstance(other, int):
            return Decimal(other)
        if isinstance(other, float):
            context = getcontext()
            context.flags[FloatOperation] = True
            if context.traps[FloatOperation] and not equality:
                raise FloatOperation([FloatOperation])
            return Decimal.from_float(other)
        if isinstance(other, complex) and equality and other.imag == 0:
            return Decimal.from_float(other.real)
        return None

    def __eq__(self, other):
        other = self._compare_operand(other, True)
        if other is None:
            return NotImplemented
        if self._isnan() or other._isnan():
            return False
        return self._compare_key(other) == 0

    def _order(self, other, op):
        other = self._compare_operand(other, False)
        if other is None:
            return NotImplemented
        if self._isnan() or other._isnan():
            context = getcontext()
            context._raise(InvalidOperation)
            return False
        return op(self._compare_key(other))

    def __lt__(self, other):
        return self._order(other, lambda c: c < 0)

    def __le__(self, other):
        return self._order(other, lambda c: c <= 0)

    def __gt__(self, other):
        return self._order(other, lambda c: c > 0)

    def __ge__(self, other):
        return self._order(other, lambda c: c >= 0)

    def compare(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        return Decimal(self._compare_key(other))

    def compare_signal(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        if self._isnan() or other._isnan():
            return self._invalid(context)
        return Decimal(self._compare_key(other))

    def compare_total(self, other, context=None):
        other = _dec(other)
        if self._sign != other._sign:
            return Decimal(-1) if self._sign else Decimal(1)
        if self._isnan() or other._isnan() or self._special == 'F' or other._special == 'F':
            rank = {'N': 2, 'n': 3, 'F': 1, None: 0}
            a, b = rank[self._special], rank[other._special]
            if a != b:
                c = (a > b) - (a < b)
                return Decimal(-c if self._sign else c)
            if a >= 2:
                c = (self._coeff > other._coeff) - (self._coeff < other._coeff)
                return Decimal(-c if self._sign else c)
            return Decimal(0)
        c = self._compare_key(other)
        if c == 0:
            c = (self._exp > other._exp) - (self._exp < other._exp)
        return Decimal(-c if self._sign else c)

    def max(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        if self._isnan() or other._isnan():
            if self._special == 'n' and other._special is None:
                return other._fix(context)
            if other._special == 'n' and self._special is None:
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._compare_key(other)
        if c == 0:
            c = self.compare_total(other)._sign_int()
        return (self if c >= 0 else other)._fix(context)

    def min(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        if self._isnan() or other._isnan():
            if self._special == 'n' and other._special is None:
                return other._fix(context)
            if other._special == 'n' and self._special is None:
                return self._fix(context)
            return self._check_nans(other, context)
        c = self._compare_key(other)
        if c == 0:
            c = self.compare_total(other)._sign_int()
        return (self if c <= 0 else other)._fix(context)

    def _sign_int(self):
        return 0 if self._coeff == 0 else (-1 if self._sign else 1)

    # -- exponent and rounding operations

    def quantize(self, exp, rounding=None, context=None):
        """self rounded to the exponent of exp (Decimal('0.01') gives two decimal places)."""
        exp = _dec(exp)
        context = context or getcontext()
        rounding = rounding or context.rounding
        nan = self._check_nans(exp, context)
        if nan is not None:
            return nan
        if self._special == 'F' or exp._special == 'F':
            if self._special == 'F' and exp._special == 'F':
                return Decimal(self)
            return self._invalid(context)
        target = exp._exp
        if not (context.Etiny() <= target <= context.Emax):
            return self._invalid(context)
        if self._coeff == 0:
            return Decimal._make(self._sign, 0, target)._fix(context)
        coeff, inexact = _round_coefficient(self._sign, self._coeff, target - self._exp, rounding)
        if _digits(coeff) > context.prec:
            return self._invalid(context)
        result = Decimal._make(self._sign, coeff, target)
        if target > self._exp:
            if inexact:
                context._raise(Inexact, Rounded)
            else:
                context._raise(Rounded)
        return result._fix(context)

    def same_quantum(self, other, context=None):
        other = _dec(other)
        if self._special is not None or other._special is not None:
            return (self._isnan() and other._isnan()) or (self._special == other._special == 'F')
        return self._exp == other._exp

    def to_integral_value(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special is not None:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coeff, _ = _round_coefficient(self._sign, self._coeff, -self._exp, rounding or context.rounding)
        return Decimal._make(self._sign, coeff, 0)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        context = context or getcontext()
        if self._special is not None:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal(self)
        if self._exp >= 0:
            return Decimal(self)
        coeff, inexact = _round_coefficient(self._sign, self._coeff, -self._exp, rounding or context.rounding)
        if inexact:
            context._raise(Inexact, Rounded)
        else:
            context._raise(Rounded)
        return Decimal._make(self._sign, coeff, 0)

    def normalize(self, context=None):
        context = context or getcontext()
        if self._special is not None:
            nan = self._check_nans(None, context)
            return nan if nan is not None else Decimal(self)
        result = self._fix(context)
        if result._special is not None:
            return result
        if result._coeff == 0:
            return Decimal._make(result._sign, 0, 0)
        coeff, exp = result._coeff, result._exp
        while coeff % 10 == 0 and exp < context.Emax - context.prec + 1 + (context.prec - _digits(coeff)):
            coeff //= 10
            exp += 1
        return Decimal._make(result._sign, coeff, exp)

    reduce = normalize

    def scaleb(self, other, context=None):
        other = _dec(other)
        context = context or getcontext()
        nan = self._check_nans(other, context)
        if nan is not None:
            return nan
        if other._exp != 0 or other._special is not None:
            return self._invalid(context)
        if self._special == 'F':
            return Decimal(self)
        return Decimal._make(self._sign, self._coeff, self._exp + int(other))._fix(context)

    def next_plus(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special == 'F':
            if self._sign:
                return Decimal._make(1, 10 ** context.prec - 1, context.Emax - context.prec + 1)
            return Decimal(self)
        step = Decimal._make(0, 1, context.Etiny() - 1)
        ctx = context.copy()
        ctx.rounding = ROUND_CEILING
        ctx.clear_traps()
        return self.__add__(step, context=ctx)

    def next_minus(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special == 'F':
            if not self._sign:
                return Decimal._make(0, 10 ** context.prec - 1, context.Emax - context.prec + 1)
            return Decimal(self)
        step = Decimal._make(1, 1, context.Etiny() - 1)
        ctx = context.copy()
        ctx.rounding = ROUND_FLOOR
        ctx.clear_traps()
        return self.__add__(step, context=ctx)

    def next_toward(self, other, context=None):
        other = _dec(other)
        c = self._compare_key(other)
        if c == 0:
            return self.copy_sign(other)
        return self.next_plus(context) if c < 0 else self.next_minus(context)

    # -- sign operations

    def copy_abs(self):
        return Decimal._make(0, self._coeff, self._exp, self._special)

    def copy_negate(self):
        return Decimal._make(1 - self._sign, self._coeff, self._exp, self._special)

    def copy_sign(self, other, context=None):
        other = _dec(other)
        return Decimal._make(other._sign, self._coeff, self._exp, self._special)

    def number_class(self, context=None):
        context = context or getcontext()
        if self._special == 'N':
            return 'sNaN'
        if self._special == 'n':
            return 'NaN'
        sign = '-' if self._sign else '+'
        if self._special == 'F':
            return sign + 'Infinity'
        if self._coeff == 0:
            return sign + 'Zero'
        if self.adjusted() < context.Emin:
            return sign + 'Subnormal'
        return sign + 'Normal'

    def radix(self):
        return Decimal(10)

    def logb(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special == 'F':
            return Decimal._make(0, 0, 0, 'F')
        if self._coeff == 0:
            context._raise(DivisionByZero)
            return Decimal._make(1, 0, 0, 'F')
        return Decimal(self.adjusted())._fix(context)

    # -- functions

    def sqrt(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._coeff == 0 and self._special is None:
            return Decimal._make(self._sign, 0, self._exp >> 1)._fix(context)
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return Decimal(self)
        ideal = self._exp >> 1
        prec = context.prec
        # Scale so that the root has prec + 1 digits: coeff * 10**(2*shift) has 2*(prec+1) digits or so.
        e = self._exp
        c = self._coeff
        if e % 2:
            c *= 10
            e -= 1
        shift = prec + 1 - (_digits(c) + 1) // 2
        if shift >= 0:
            scaled = c * 100 ** shift
        else:
            scaled = c // 100 ** -shift
        root = _math.isqrt(scaled)
        exact = root * root == scaled and (shift >= 0 or c % 100 ** -shift == 0)
        exp = e // 2 - shift
        if exact:
            # The exact root: trailing zeros go while the exponent is below the ideal one.
            while exp < ideal and root % 10 == 0:
                root //= 10
                exp += 1
            return Decimal._make(0, root, exp)._fix(context)
        # Inexact: the extra digit and the sticky bit decide the rounding (root is never a tie).
        root = root * 10 + 1 if root % 10 in (0, 5) else root
        ctx = context.copy()
        ctx.rounding = ROUND_HALF_EVEN
        result = Decimal._make(0, root, exp)._fix(ctx)
        for s in _SIGNALS:
            if ctx.flags[s]:
                context.flags[s] = True
        context._raise(Inexact, Rounded)
        return result

    def exp(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special == 'F':
            return Decimal(0) if self._sign else Decimal(self)
        if self._coeff == 0:
            return Decimal(1)
        return _correctly_rounded(lambda digits: _exp_fixed(self, digits), context)

    def ln(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special is None and self._coeff == 0:
            context._raise(DivisionByZero)
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return Decimal(self)
        if self == 1:
            return Decimal(0)
        return _correctly_rounded(lambda digits: _ln_fixed(self, digits), context)

    def log10(self, context=None):
        context = context or getcontext()
        if self._isnan():
            return self._check_nans(None, context)
        if self._special is None and self._coeff == 0:
            context._raise(DivisionByZero)
            return Decimal._make(1, 0, 0, 'F')
        if self._sign:
            return self._invalid(context)
        if self._special == 'F':
            return Decimal(self)
        # An exact power of ten has an exact integer logarithm.
        c = self._coeff
        zeros = 0
        while c % 10 == 0:
            c //= 10
            zeros += 1
        if c == 1:
            return Decimal(self._exp + zeros)
        return _correctly_rounded(lambda digits: _log10_fixed(self, digits), context)

    # -- formatting

    def __format__(self, specifier, context=None):
        return _format_decimal(self, specifier, context or getcontext())


def _align_small(x, y, prec):
    """x and y, the one far below the other's precision replaced by a tiny stand-in just below
    it (the sum rounds the same), so that adding never builds huge coefficients."""
    big, small = (x, y) if x._exp >= y._exp else (y, x)
    floor = big._exp + min(-1, _digits(big._coeff) - prec - 2)
    if small._exp + _digits(small._coeff) - 1 < floor:
        small = Decimal._make(small._sign, 1, floor)
    return (big, small) if x is big else (small, big)


def _round_half_even_div(a, b):
    q, r = divmod(a, b)
    if 2 * r > b or (2 * r == b and q % 2 == 1) if b > 0 else 2 * r < b or (2 * r == b and q % 2 == 1):
        q += 1
    return q


def _ratio_of(coeff, exp):
    if exp >= 0:
        return coeff * 10 ** exp, 1
    return coeff, 10 ** -exp


# ---- transcendental functions: fixed point with guard digits, then one rounding ---------

def _fixed(d, digits):
    """d as an integer scaled by 10**digits (truncated)."""
    n, den = _ratio_of(d._coeff, d._exp)
    value = n * 10 ** digits // den
    return -value if d._sign else value


def _exp_series(x, scale):
    """exp(x / scale) * scale for a fixed point x with |x| <= scale."""
    total = scale
    term = scale
    k = 1
    while term:
        term = term * x // (scale * k)
        total += term
        k += 1
    return total


def _exp_fixed(d, digits):
    """exp(d) * 10**digits as an integer (approximately: within a few units)."""
    scale = 10 ** digits
    x = _fixed(d, digits + 10)
    big = 10 ** (digits + 10)
    # Reduce: exp(x) = exp(x / 2**k) ** (2**k).
    k = 0
    while abs(x) > big // 2:
        x //= 2
        k += 1
    extra = k + 10
    s = 10 ** (digits + 10 + extra)
    y = _exp_series(x * 10 ** extra, s)
    for _ in range(k):
        y = y * y // s
    return y // 10 ** (10 + extra), digits


def _ln_fixed(d, digits):
    """ln(d) * 10**digits as an integer (approximately)."""
    # ln(c * 10**e) = ln(c / 10**(len(c)-1)) + (e + len(c) - 1) * ln(10).
    adjusted = d.adjusted()
    work = digits + 20
    scale = 10 ** work
    mantissa = d._coeff * scale // 10 ** (_digits(d._coeff) - 1)
    result = _ln_of_fixed(mantissa, scale) + adjusted * _ln10(work)
    return result // 10 ** 20, digits


def _ln_of_fixed(m, scale):
    """ln(m / scale) * scale for 1 <= m/scale < 10, by Newton's method on exp."""
    # Start from the float estimate, then refine: y += 2 * (m - exp(y)) / (m + exp(y)).
    estimate = _math.log(m / scale)
    y = int(estimate * scale)
    for _ in range(200):
        e = _exp_series_full(y, scale)
        delta = 2 * (m - e) * scale // (m + e)
        y += delta
        if abs(delta) <= 1:
            break
    return y


def _exp_series_full(y, scale):
    k = 0
    while abs(y) > scale // 4:
        y //= 2
        k += 1
    extra = 10 ** (k + 5)
    s = scale * extra
    r = _exp_series(y * extra, s)
    for _ in range(k):
        r = r * r // s
    return r // extra


_LN10_CACHE = {}


def _ln10(work):
    if work not in _LN10_CACHE:
        scale = 10 ** work
        _LN10_CACHE[work] = _ln_of_fixed(10 * scale - 1, scale) + 0
        # ln(10) = ln(10 - 1/scale) + tiny correction of 1/(10*scale), negligible past the guard digits.
    return _LN10_CACHE[work]


def _log10_fixed(d, digits):
    work = digits + 20
    ln_value, _ = _ln_fixed(d, work)
    return ln_value * 10 ** work // _ln10(work) // 10 ** 20, digits


def _correctly_rounded(compute, context):
    """Rounds the fixed point value compute(digits) to the context, with guard digits enough for
    the rounding to be decided (the error of compute is a few units in its last place)."""
    guard = 6
    while True:
        value, digits = compute(context.prec + guard + 2)
        sign = 1 if value < 0 else 0
        magnitude = abs(value)
        exp = -digits
        drop = _digits(magnitude) - context.prec
        if drop <= 0:
            break
        rest = magnitude % 10 ** drop
        half = 5 * 10 ** (drop - 1)
        # Too close to a rounding boundary to decide: try more digits.
        if min(abs(rest - half), rest, 10 ** drop - rest) > 100 or guard > 60:
            break
        guard *= 2
    result = Decimal._make(sign, magnitude, exp)
    ctx = context.copy()
    ctx.rounding = ROUND_HALF_EVEN
    ctx.clear_flags()
    result = result._fix(ctx)
    context._raise(Inexact, Rounded)
    return result


def _power_real(base, power, context):
    """base ** power for a non-integral power: exp(power * ln(base)), correctly rounded."""
    def compute(digits):
        ln_value, _ = _ln_fixed(base, digits + 10)
        n, den = power.as_integer_ratio()
        product = ln_value * n // den
        exponent = Decimal._make(1 if product < 0 else 0, abs(product), -(digits + 10))
        return _exp_fixed(exponent, digits)[0], digits
    return _correctly_rounded(compute, context)


# ---- format() ---------------------------------------------------------------------------

def _parse_spec(spec):
    """fill, align, sign, no_neg_zero, alternate, zeropad, width, thousands, precision, type."""
    fill = align = None
    i = 0
    if len(spec) >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        align = spec[0]
        i = 1
    sign = '-'
    if spec[i:i + 1] in ('+', '-', ' '):
        sign = spec[i]
        i += 1
    no_neg_zero = False
    if spec[i:i + 1] == 'z':
        no_neg_zero = True
        i += 1
    alternate = False
    if spec[i:i + 1] == '#':
        alternate = True
        i += 1
    zeropad = False
    if spec[i:i + 1] == '0':
        zeropad = True
        i += 1
    start = i
    while spec[i:i + 1].isdigit():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    thousands = ''
    if spec[i:i + 1] in (',', '_'):
        thousands = spec[i]
        i += 1
    precision = None
    if spec[i:i + 1] == '.':
        i += 1
        start = i
        while spec[i:i + 1].isdigit():
            i += 1
        if i == start:
            raise ValueError("Invalid format specifier")
        precision = int(spec[start:i])
    kind = spec[i:i + 1] or None
    if kind is not None:
        i += 1
    if i != len(spec) or (kind is not None and kind not in 'eEfFgGn%'):
        raise ValueError("Invalid format specifier")
    if zeropad and (fill is not None or align is not None):
        raise ValueError("Invalid format specifier")
    if kind in ('g', 'G', 'n') and precision == 0:
        precision = 1
    return fill or ' ', align or '>', sign, no_neg_zero, alternate, zeropad, width, thousands, precision, kind


def _format_decimal(d, spec, context):
    fill, align, sign_opt, no_neg_zero, alternate, zeropad, width, thousands, precision, kind = _parse_spec(spec)
    if kind is None:
        kind = 'G' if context.capitals else 'g'
    elif kind == 'n':
        kind = 'g'
    negative = d._sign == 1
    if d._special is not None:
        body = str(d.copy_abs())
        if kind == '%':
            body += '%'
        sign = '-' if negative else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
        return _align(sign, body, fill, align, width)
    rounding = context.rounding
    if kind == '%':
        d = Decimal._make(d._sign, d._coeff, d._exp + 2)
    if precision is not None:
        if kind in ('e', 'E'):
            d = _round_to_digits(d, precision + 1, rounding, pad=True)
        elif kind in ('f', 'F', '%'):
            d = _rescale(d, -precision, rounding)
        elif kind in ('g', 'G') and _digits(d._coeff) > precision:
            d = _round_to_digits(d, precision, rounding)
    if d._coeff == 0 and d._exp > 0 and kind in ('f', 'F', '%'):
        d = _rescale(d, 0, rounding)
    if d._coeff == 0 and no_neg_zero:
        negative = False
    digits = str(d._coeff)
    leftdigits = d._exp + len(digits)
    if kind in ('e', 'E'):
        dotplace = 1 - precision if d._coeff == 0 and precision is not None else 1
    elif kind in ('f', 'F', '%'):
        dotplace = leftdigits
    elif d._exp <= 0 and leftdigits > -6:
        dotplace = leftdigits
    else:
        dotplace = 1
    if dotplace < 0:
        intpart = '0'
        fracpart = '0' * -dotplace + digits
    elif dotplace > len(digits):
        intpart = digits + '0' * (dotplace - len(digits))
        fracpart = ''
    else:
        intpart = digits[:dotplace] or '0'
        fracpart = digits[dotplace:]
    exp = leftdigits - dotplace
    sign = '-' if negative else ('+' if sign_opt == '+' else ' ' if sign_opt == ' ' else '')
    if fracpart or alternate:
        fracpart = '.' + fracpart
    if exp != 0 or kind in ('e', 'E'):
        fracpart += '%s%+d' % ('E' if kind in ('E', 'G') else 'e', exp)
    if kind == '%':
        fracpart += '%'
    min_width = width - len(fracpart) - len(sign) if zeropad else 0
    intpart = _insert_separators(intpart, thousands, min_width)
    return _align(sign, intpart + fracpart, fill, align, width)


def _insert_separators(digits, sep, min_width):
    """digits grouped by threes with sep, zero padded to min_width (the padding grouped too)."""
    if not sep:
        n = max(len(digits), min_width, 1)
        return '0' * (n - len(digits)) + digits
    groups = []
    while True:
        n = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (n - len(digits)) + digits[-n:])
        digits = digits[:-n]
        min_width -= n
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _align(sign, body, fill, align, width):
    padding = fill * (width - len(sign) - len(body))
    if align == '<':
        return sign + body + padding
    if align == '=':
        return sign + padding + body
    if align == '^':
        half = len(padding) // 2
        return padding[:half] + sign + body + padding[half:]
    return padding + sign + body


def _rescale(d, exp, rounding):
    """d with exponent exp, rounded (no precision limit)."""
    if d._coeff == 0:
        return Decimal._make(d._sign, 0, exp)
    coeff, _ = _round_coefficient(d._sign, d._coeff, exp - d._exp, rounding)
    return Decimal._make(d._sign, coeff, exp)


def _round_to_digits(d, n, rounding, pad=False):
    """d rounded to n significant digits (padded with zeros to n digits when pad is set)."""
    digits = _digits(d._coeff)
    if digits <= n:
        if pad and d._coeff and digits < n:
            return Decimal._make(d._sign, d._coeff * 10 ** (n - digits), d._exp - (n - digits))
        return d
    coeff, _ = _round_coefficient(d._sign, d._coeff, digits - n, rounding)
    exp = d._exp + digits - n
    if _digits(coeff) > n:
        coeff //= 10
        exp += 1
    return Decimal._make(d._sign, coeff, exp)
