"""JSON encoding: JSONEncoder and the string escaping of CPython's C encoder."""

__all__ = ['JSONEncoder']

INFINITY = float('inf')

_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i


def py_encode_basestring(s):
    """Return a JSON representation of a Python string"""
    return '"' + ''.join([_ESCAPE_DCT.get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """Return an ASCII-only JSON representation of a Python string"""
    out = []
    for c in s:
        escaped = _ESCAPE_DCT.get(c)
        if escaped is not None:
            out.append(escaped)
        elif c < '\x7f':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                out.append('\\u{0:04x}\\u{1:04x}'.format(0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Implement this method in a subclass such that it returns a serializable object for
        ``o``, or calls the base implementation (to raise a ``TypeError``)."""
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode the given object and yield each string representation as available."""
        chunks = []
        _Encoding(self).encode(o, 0, chunks)
        return iter(chunks)


class _Encoding:
    # One encode() call: the options, the circular-reference markers, and the output chunks.
    def __init__(self, encoder):
        self.encoder = encoder
        self.markers = {} if encoder.check_circular else None
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.string = encode_basestring_ascii if encoder.ensure_ascii else encode_basestring

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return repr(float(o)) if type(o) is not float else repr(o)
        if not self.encoder.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def mark(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[marker] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def encode(self, o, level, out):
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o) if type(o) is int else repr(int(o)))
        elif isinstance(o, float):
            out.append(self.floatstr(o))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, level, out)
        elif isinstance(o, dict):
            self.encode_dict(o, level, out)
        else:
            self.mark(o)
            self.encode(self.encoder.default(o), level, out)
            self.unmark(o)

    def encode_list(self, lst, level, out):
        if not lst:
            out.append('[]')
            return
        self.mark(lst)
        separator = self.encoder.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            out.append('[' + newline)
        else:
            out.append('[')
        first = True
        for value in lst:
            if not first:
                out.append(separator)
            first = False
            self.encode(value, level, out)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append(']')
        self.unmark(lst)

    def encode_dict(self, dct, level, out):
        if not dct:
            out.append('{}')
            return
        self.mark(dct)
        encoder = self.encoder
        separator = encoder.item_separator
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            out.append('{' + newline)
        else:
            out.append('{')
        items = sorted(dct.items()) if encoder.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = repr(key) if type(key) is int else repr(int(key))
            elif encoder.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if not first:
                out.append(separator)
            first = False
            out.append(self.string(key))
            out.append(encoder.key_separator)
            self.encode(value, level, out)
        if self.indent is not None:
            level -= 1
            out.append('\n' + self.indent * level)
        out.append('}')
        self.unmark(dct)
