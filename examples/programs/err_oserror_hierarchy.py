# A simulated storage layer that reports failures the way the OS does: OSError
# with an errno picks its subclass, and callers catch at the level they need.
import sys

ERRNO_NAMES = {1: "EPERM", 2: "ENOENT", 13: "EACCES", 17: "EEXIST", 20: "ENOTDIR", 21: "EISDIR", 110: "ETIMEDOUT"}
MESSAGES = {2: "No such file or directory", 13: "Permission denied", 17: "File exists",
            20: "Not a directory", 21: "Is a directory"}


class Storage:
    def __init__(self):
        self.tree = {"/": "dir", "/etc": "dir", "/etc/passwd": "file", "/tmp": "dir"}
        self.readonly = {"/etc/passwd"}

    def fail(self, errno, path):
        raise OSError(errno, MESSAGES[errno], path)

    def mkdir(self, path):
        if path in self.tree:
            self.fail(17, path)
        parent = path.rsplit("/", 1)[0] or "/"
        if self.tree.get(parent) != "dir":
            self.fail(20 if parent in self.tree else 2, parent)
        self.tree[path] = "dir"

    def write(self, path, data):
        if self.tree.get(path) == "dir":
            self.fail(21, path)
        if path in self.readonly:
            self.fail(13, path)
        self.tree[path] = "file"
        return len(data)


store = Storage()
operations = [
    ("mkdir", "/tmp/cache"),
    ("mkdir", "/tmp/cache"),
    ("mkdir", "/var/log/app"),
    ("mkdir", "/etc/passwd/x"),
    ("write", "/tmp"),
    ("write", "/etc/passwd"),
    ("write", "/tmp/cache/data.bin"),
]
for op, path in operations:
    try:
        result = store.mkdir(path) if op == "mkdir" else store.write(path, b"\x00" * 16)
        print(f"{op:5} {path:22} ok {result}")
    except (FileExistsError, IsADirectoryError) as e:
        print(f"{op:5} {path:22} {type(e).__name__}: {e}")
    except PermissionError as e:
        print(f"{op:5} {path:22} denied (errno {e.errno}, {ERRNO_NAMES[e.errno]})")
    except OSError as e:
        print(f"{op:5} {path:22} {type(e).__name__} errno={e.errno} file={e.filename!r}")

checks = [FileNotFoundError, PermissionError, ConnectionRefusedError, TimeoutError, BlockingIOError]
for cls in checks:
    print(cls.__name__, [b.__name__ for b in cls.__mro__[1:-1]])
print(IOError is OSError, EnvironmentError.__name__, issubclass(BrokenPipeError, ConnectionError))
print(repr(OSError(110, "timed out")), OSError(110, "timed out").args)
e = OSError("just a message")
print(e.errno, e.strerror, str(e))
e = PermissionError(1, "Operation not permitted", "/root", None, "/root2")
print(str(e), e.filename2)
print(UnicodeDecodeError.__mro__[1].__name__, issubclass(UnicodeWarning, Warning), DeprecationWarning.__base__.__name__)
try:
    sys.exit(3)
except SystemExit as stop:
    print("exit code", stop.code, stop.args)
print(SystemExit().code, SystemExit(1, 2).code, StopIteration(5).value)
