# An uncaught exception raised inside an except block: "During handling ..." is printed.
def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        fallback = settings["defaults"][key]
        return fallback


settings = {"defaults": {"color": "blue"}, "size": 3}
print(read_setting(settings, "size"))
print(read_setting(settings, "color"))


def cleanup(resource):
    try:
        raise OSError(f"cannot close {resource}")
    finally:
        print("cleanup attempted for", resource)


try:
    cleanup("db")
except OSError as e:
    print("caught:", e)
try:
    raise TypeError("first")
except TypeError:
    try:
        raise ValueError("second") from None
    except ValueError as e:
        print(repr(e), e.__suppress_context__, repr(e.__context__))
print(read_setting(settings, "font"))
