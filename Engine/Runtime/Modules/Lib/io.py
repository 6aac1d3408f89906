"""In-memory text and byte streams (io.StringIO, io.BytesIO), as CPython 3.11's _io has them.

Files are outside the sandbox: open() is the builtin's sandboxed answer, and the classes that
wrap real files are not here."""

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


try:
    OSError
except NameError:  # until the runtime has the builtin OSError, a stand-in with its name
    class OSError(Exception):
        __module__ = 'builtins'


class UnsupportedOperation(OSError, ValueError):
    pass


def _check_open(stream):
    """IOBase's check (and BytesIO's): its message ends with a full stop."""
    if stream._closed:
        raise ValueError('I/O operation on closed file.')


def _check_text_open(stream):
    """StringIO's own methods check without the full stop, as _io's stringio.c does."""
    if stream._closed:
        raise ValueError('I/O operation on closed file')


def _size(size):
    """read(size) and readline(size): None or a negative number means no limit."""
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError("argument should be integer or None, not '%s'" % type(size).__name__)
    return size


def _seek_target(stream, pos, whence, length):
    if not isinstance(pos, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
    if whence not in (0, 1, 2):
        raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
    if whence == 0 and pos < 0:
        raise ValueError('Negative seek position %d' % pos)
    if whence != 0 and pos != 0:
        raise OSError("Can't do nonzero cur-relative seeks")
    if whence == 1:
        return stream._pos
    if whence == 2:
        return length
    return pos


class _IOBase:
    """What StringIO and BytesIO share: closing, the context manager, iteration by lines."""

    __module__ = '_io'

    _closed = False
    _check = _check_open

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        _check_open(self)
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        _check_open(self)
        return self

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        _check_open(self)
        return False

    def flush(self):
        if not isinstance(self, StringIO):
            _check_open(self)

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def tell(self):
        self._check()
        return self._pos

    def readlines(self, hint=-1):
        _check_open(self)
        hint = _size(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        _check_open(self)
        for line in lines:
            self.write(line)


class _TextIOBase(_IOBase):
    __module__ = '_io'


class _BufferedIOBase(_IOBase):
    __module__ = '_io'


class StringIO(_TextIOBase):
    """A text stream held in memory: a str read and written at a position."""

    __module__ = '_io'
    _check = _check_text_open

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._closed = False
        self._buf = ''
        self._pos = 0
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _translated(self, s):
        if self._newline is None:
            return s.replace('\r\n', '\n').replace('\r', '\n')
        if self._newline in ('\r', '\r\n'):
            return s.replace('\n', self._newline)
        return s

    def write(self, s):
        _check_text_open(self)
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        s = self._translated(s)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += '\0' * (pos - len(buf))
        self._buf = buf[:pos] + s + buf[pos + len(s):]
        self._pos = pos + len(s)
        return n

    def getvalue(self):
        _check_text_open(self)
        return self._buf

    def read(self, size=-1):
        _check_text_open(self)
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    def _line_end(self, start):
        """Where the line starting at start ends (just after its newline), or the end of the text."""
        buf = self._buf
        if self._newline == '':
            n = buf.find('\n', start)
            r = buf.find('\r', start)
            if r >= 0 and (n < 0 or r < n):
                return r + 2 if buf.startswith('\r\n', r) else r + 1
            return len(buf) if n < 0 else n + 1
        sep = '\n' if self._newline is None else self._newline
        i = buf.find(sep, start)
        return len(buf) if i < 0 else i + len(sep)

    def readline(self, size=-1):
        _check_text_open(self)
        size = _size(size)
        start = self._pos
        if start >= len(self._buf):
            return ''
        end = self._line_end(start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def seek(self, pos, whence=0):
        _check_text_open(self)
        self._pos = _seek_target(self, pos, whence, len(self._buf))
        return self._pos

    def truncate(self, pos=None):
        _check_text_open(self)
        if pos is None:
            pos = self._pos
        elif not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if pos < 0:
            raise ValueError('Negative size value %d' % pos)
        if pos < len(self._buf):
            self._buf = self._buf[:pos]
        return pos

    def detach(self):
        raise UnsupportedOperation('detach')

    @property
    def line_buffering(self):
        _check_text_open(self)
        return False

    @property
    def newlines(self):
        _check_text_open(self)
        if self._newline is not None and self._newline != '':
            return None
        seen = []
        buf = self._buf
        if '\r\n' in buf:
            seen.append('\r\n')
        if '\r' in buf.replace('\r\n', ''):
            seen.insert(0, '\r')
        if '\n' in buf.replace('\r\n', ''):
            seen.insert(0, '\n')
        if not seen:
            return None
        return seen[0] if len(seen) == 1 else tuple(seen)

    encoding = None
    errors = None


class BytesIO(_BufferedIOBase):
    """A binary stream held in memory: bytes read and written at a position."""

    __module__ = '_io'

    def __init__(self, initial_bytes=b''):
        self._closed = False
        self._buf = b''
        self._pos = 0
        if initial_bytes is not None:
            self._buf = bytes(initial_bytes)

    def write(self, b):
        _check_open(self)
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        buf = self._buf
        pos = self._pos
        if pos > len(buf):
            buf += b'\0' * (pos - len(buf))
        self._buf = buf[:pos] + b + buf[pos + len(b):]
        self._pos = pos + len(b)
        return len(b)

    def getvalue(self):
        _check_open(self)
        return self._buf

    def read(self, size=-1):
        _check_open(self)
        size = _size(size)
        start = min(self._pos, len(self._buf))
        end = len(self._buf) if size < 0 else min(start + size, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]

    read1 = read

    def __iter__(self):
        return self

    def readline(self, size=-1):
        _check_open(self)
        size = _size(size)
        start = self._pos
        if start >= len(self._buf):
            return b''
        buf = self._buf
        end = start
        while end < len(buf):
            end += 1
            if buf[end - 1] == 10:  # b'\n'
                break
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._buf[start:end]

    def seek(self, pos, whence=0):
        _check_open(self)
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def truncate(self, size=None):
        _check_open(self)
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        if size < len(self._buf):
            self._buf = self._buf[:size]
        return size


try:
    open = open  # the builtin's sandboxed answer, where the builtins have one
except NameError:
    pass

IOBase = _IOBase
TextIOBase = _TextIOBase
BufferedIOBase = _BufferedIOBase
