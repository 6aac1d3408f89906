# Loading layered configuration from a simulated file system: missing files,
# bad values and parse errors are translated and chained, implicitly and
# explicitly; the last load fails with an uncaught chained error.
FILES = {
    "/etc/app.conf": "port = 8080\nworkers = 4\nmode = prod",
    "/home/ada/app.conf": "workers = 8\ndebug = yes",
    "/home/bob/app.conf": "port = eighty\n",
}


class ConfigError(Exception):
    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")
        self.path = path


def read(path):
    try:
        return FILES[path]
    except KeyError:
        raise FileNotFoundError(2, "No such file or directory", path) from None


def parse(text):
    settings = {}
    for number, line in enumerate(text.splitlines(), 1):
        key, sep, value = line.partition("=")
        if not sep:
            raise SyntaxError(f"line {number}: expected key = value")
        settings[key.strip()] = value.strip()
    return settings


def coerce(settings):
    typed = {}
    for key, value in settings.items():
        if key in ("port", "workers"):
            typed[key] = int(value)
        elif key == "debug":
            typed[key] = {"yes": True, "no": False}[value]
        else:
            typed[key] = value
    return typed


def load(*paths):
    merged = {}
    for path in paths:
        try:
            text = read(path)
        except FileNotFoundError as e:
            print(f"  skip {e.filename} (errno {e.errno}: {e.strerror})")
            continue
        try:
            merged.update(coerce(parse(text)))
        except (ValueError, KeyError) as e:
            raise ConfigError(path, "bad value") from e
    return merged


print(load("/etc/app.conf", "/home/ada/app.conf"))
print(load("/etc/app.conf", "/home/cy/app.conf"))
try:
    load("/home/bob/app.conf")
except ConfigError as e:
    print(type(e).__name__, e.path, "| cause:", repr(e.__cause__), "| suppressed:", e.__suppress_context__)

err = FileNotFoundError(2, "No such file or directory", "/x")
print(str(err), err.args, OSError(13, "denied").__class__.__name__, str(OSError("plain")))

try:
    read("/nowhere")
except OSError as e:
    print("context hidden:", e.__suppress_context__, type(e.__context__).__name__)


def apply(config):
    try:
        return 100 // config["workers"]
    except ZeroDivisionError:
        del config["workers"]
        return 100 // config["workers"]


print(apply({"workers": 4}))
apply({"workers": 0})
