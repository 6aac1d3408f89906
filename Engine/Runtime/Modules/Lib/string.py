"""A collection of string constants and classes: capwords, Template and Formatter."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep (whitespace runs when None), capitalize each word, join them with sep (or ' ')."""
    joiner = sep or ' '
    return joiner.join([word.capitalize() for word in s.split(sep)])


# ---- Template ----------------------------------------------------------------------------------
# $name, ${name} and $$, scanned by hand: a name is an ASCII letter or underscore followed by
# letters, digits and underscores (the default idpattern, matched without regard to case).

_ID_START = ascii_letters + '_'
_ID_REST = _ID_START + digits

_sentinel_dict = {}


class _Chained:
    """The keyword arguments in front of the mapping, as substitute(mapping, **kws) reads them."""

    def __init__(self, first, second):
        self._first = first
        self._second = second

    def __getitem__(self, key):
        if key in self._first:
            return self._first[key]
        return self._second[key]


def _identifier_end(template, i):
    """The end of the identifier starting at i, or i when none starts there."""
    n = len(template)
    if i < n and template[i] in _ID_START:
        i += 1
        while i < n and template[i] in _ID_REST:
            i += 1
    return i


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """The pieces of the template: ('text', s), ('named', name, source) or ('invalid', index)."""
        template = self.template
        delim = self.delimiter
        size = len(delim)
        n = len(template)
        pieces = []
        start = 0
        i = template.find(delim)
        while i >= 0:
            if i > start:
                pieces.append(('text', template[start:i]))
            j = i + size
            if template.startswith(delim, j):
                pieces.append(('text', delim))
                start = j + size
            else:
                end = _identifier_end(template, j)
                if end > j:
                    pieces.append(('named', template[j:end], template[i:end]))
                    start = end
                elif j < n and template[j] == '{':
                    end = _identifier_end(template, j + 1)
                    if end > j + 1 and end < n and template[end] == '}':
                        pieces.append(('named', template[j + 1:end], template[i:end + 1]))
                        start = end + 1
                    else:
                        pieces.append(('invalid', j))
                        start = j
                else:
                    pieces.append(('invalid', j))
                    start = j
            i = template.find(delim, start)
        if start < n:
            pieces.append(('text', template[start:]))
        return pieces

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chained(kws, mapping)
        out = []
        for piece in self._scan():
            kind = piece[0]
            if kind == 'text':
                out.append(piece[1])
            elif kind == 'named':
                out.append('%s' % (mapping[piece[1]],))
            else:
                self._invalid(piece[1])
        return ''.join(out)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _Chained(kws, mapping)
        out = []
        delim = self.delimiter
        for piece in self._scan():
            kind = piece[0]
            if kind == 'text':
                out.append(piece[1])
            elif kind == 'named':
                try:
                    out.append('%s' % (mapping[piece[1]],))
                except KeyError:
                    out.append(piece[2])
            else:
                out.append(delim)
        return ''.join(out)

    def is_valid(self):
        for piece in self._scan():
            if piece[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for piece in self._scan():
            if piece[0] == 'named' and piece[1] not in ids:
                ids.append(piece[1])
        return ids


# ---- Formatter ---------------------------------------------------------------------------------
# str.format written as overridable steps: parse, get_field, get_value, convert_field, format_field.

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        parts = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                parts.append(literal_text)
            if field_name is None:
                continue
            # Automatic numbering ('{}') and manual numbering ('{0}') do not mix.
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                # (CPython words this one as the opposite switch too.)
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to automatic field numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1, auto_arg_index=auto_arg_index)
            parts.append(self.format_field(obj, format_spec))
        return ''.join(parts), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
