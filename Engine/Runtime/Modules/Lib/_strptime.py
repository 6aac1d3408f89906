"""strptime: reading a date and time by a format, for time.strptime and datetime.strptime (C locale)."""

import time as _time

_ABBR_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_ABBR_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


_FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"]
_FULL_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _strptime_fields(data_string, format):
    """The fields of data_string read by format, as time.strptime reads them (C locale)."""
    if not isinstance(data_string, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data_string).__name__)
    if not isinstance(format, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(format).__name__)
    found = {}
    pos = 0
    i = 0
    n = len(format)
    mismatch = ValueError("time data %r does not match format %r" % (data_string, format))

    def read_digits(low, high, smallest=0, largest=None):
        """A number of low..high digits within smallest..largest, the longest that fits (as the
        alternatives of _strptime's regular expressions match)."""
        nonlocal pos
        end = pos
        while end < len(data_string) and end - pos < high and '0' <= data_string[end] <= '9':
            end += 1
        while end - pos >= low:
            value = int(data_string[pos:end])
            if value >= smallest and (largest is None or value <= largest):
                pos = end
                return value
            end -= 1
        raise mismatch

    def read_name(names):
        nonlocal pos
        rest = data_string[pos:].lower()
        for index, name in sorted(enumerate(names), key=lambda p: -len(p[1])):
            if rest.startswith(name.lower()):
                pos += len(name)
                return index
        raise mismatch

    while i < n:
        ch = format[i]
        i += 1
        if ch == '%':
            if i >= n:
                raise ValueError("stray % in format '%s'" % format)
            d = format[i]
            i += 1
            if d == 'Y':
                found['year'] = read_digits(4, 4)
            elif d == 'y':
                y = read_digits(2, 2)
                found['year'] = y + (2000 if y < 69 else 1900)
            elif d == 'm':
                found['month'] = read_digits(1, 2, 1, 12)
            elif d == 'd':
                found['day'] = read_digits(1, 2, 1, 31)
            elif d == 'H':
                found['hour'] = read_digits(1, 2, 0, 23)
            elif d == 'I':
                found['hour12'] = read_digits(1, 2, 1, 12)
            elif d == 'M':
                found['minute'] = read_digits(1, 2, 0, 59)
            elif d == 'S':
                found['second'] = read_digits(1, 2, 0, 61)
            elif d == 'f':
                start = pos
                value = read_digits(1, 6)
                found['fraction'] = value * 10 ** (6 - (pos - start))
            elif d == 'j':
                found['julian'] = read_digits(1, 3, 1, 366)
            elif d == 'p':
                found['ampm'] = read_name(['AM', 'PM'])
            elif d == 'b' or d == 'h':
                found['month'] = read_name(_ABBR_MONTHS) + 1
            elif d == 'B':
                found['month'] = read_name(_FULL_MONTHS) + 1
            elif d == 'a':
                found['weekday'] = read_name(_ABBR_DAYS)
            elif d == 'A':
                found['weekday'] = read_name(_FULL_DAYS)
            elif d == 'w':
                found['weekday'] = (read_digits(1, 1) - 1) % 7
            elif d == 'z':
                if data_string[pos:pos + 1] == 'Z':
                    pos += 1
                    found['tz'] = _timedelta(0)
                else:
                    sign = data_string[pos:pos + 1]
                    if sign not in ('+', '-'):
                        raise mismatch
                    pos += 1
                    hh = read_digits(2, 2)
                    if data_string[pos:pos + 1] == ':':
                        pos += 1
                    mm = read_digits(2, 2)
                    off = _timedelta(hours=hh, minutes=mm)
                    found['tz'] = -off if sign == '-' else off
            elif d == '%':
                if data_string[pos:pos + 1] != '%':
                    raise mismatch
                pos += 1
            else:
                raise ValueError("'%s' is a bad directive in format '%s'" % (d, '%' + d))
        elif ch.isspace():
            while i < n and format[i].isspace():
                i += 1
            if pos < len(data_string) and data_string[pos].isspace():
                while pos < len(data_string) and data_string[pos].isspace():
                    pos += 1
            else:
                raise mismatch
        else:
            if data_string[pos:pos + 1].lower() != ch.lower():
                raise mismatch
            pos += 1
    if pos != len(data_string):
        raise ValueError("unconverted data remains: %s" % data_string[pos:])
    return found


def _timedelta(*args, **kwargs):
    import datetime
    return datetime.timedelta(*args, **kwargs)


def _fields_to_date(f):
    """(year, month, day, hour, minute, second, fraction, weekday, julian, offset) from the read fields."""
    import datetime
    year = f.get('year', 1900)
    month = f.get('month', 1)
    day = f.get('day', 1)
    hour = f.get('hour', 0)
    if 'hour12' in f:
        hour = f['hour12'] % 12
        if f.get('ampm') == 1:
            hour += 12
    if 'julian' in f and 'month' not in f and 'day' not in f:
        d = datetime.date.fromordinal(datetime.date(year, 1, 1).toordinal() + f['julian'] - 1)
        year, month, day = d.year, d.month, d.day
    d = datetime.date(year, month, day)
    julian = d.toordinal() - datetime.date(year, 1, 1).toordinal() + 1
    return year, month, day, hour, f.get('minute', 0), f.get('second', 0), f.get('fraction', 0), d.weekday(), julian, f.get('tz')


def _strptime_time(data_string, format="%a %b %d %H:%M:%S %Y"):
    year, month, day, hour, minute, second, fraction, weekday, julian, tz = _fields_to_date(_strptime_fields(data_string, format))
    return _time.struct_time((year, month, day, hour, minute, second, weekday, julian, -1))


def _strptime_datetime(cls, data_string, format="%a %b %d %H:%M:%S %Y"):
    import datetime
    year, month, day, hour, minute, second, fraction, weekday, julian, tz = _fields_to_date(_strptime_fields(data_string, format))
    tzinfo = datetime.timezone(tz) if tz is not None else None
    return cls(year, month, day, hour, minute, second, fraction, tzinfo)
