# Decorating methods: staticmethod, classmethod, a custom access-check decorator and chaining.
import functools


class PermissionDenied(Exception):
    pass


def requires(role):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            if role not in self.roles:
                raise PermissionDenied(f"{self.name} needs role {role!r} for {method.__name__}")
            return method(self, *args, **kwargs)
        wrapper.required_role = role
        return wrapper
    return decorate


def logged(method):
    @functools.wraps(method)
    def wrapper(self, *args):
        result = method(self, *args)
        self.audit.append(f"{method.__name__}{args} -> {result!r}")
        return result
    return wrapper


class Account:
    instances = 0

    def __init__(self, name, *roles):
        self.name = name
        self.roles = set(roles)
        self.audit = []
        self.files = {"readme": "hello"}
        Account.instances += 1

    @classmethod
    def admin(cls, name):
        return cls(name, "read", "write", "admin")

    @staticmethod
    def normalize(filename):
        return filename.strip().lower()

    @logged
    @requires("read")
    def read(self, filename):
        return self.files[self.normalize(filename)]

    @logged
    @requires("write")
    def write(self, filename, text):
        self.files[self.normalize(filename)] = text
        return len(text)

    @property
    @requires("admin")
    def secrets(self):
        return sorted(self.files)


root = Account.admin("root")
guest = Account("guest", "read")
print(root.write(" Notes ", "buy milk"), root.read("NOTES"), guest.read("readme"))
print(root.secrets, Account.instances, Account.normalize("  X.TXT"))
print(root.audit)
print(Account.write.__name__, Account.write.__wrapped__.required_role, type(Account.__dict__["admin"]).__name__)
for action in (lambda: guest.write("a", "b"), lambda: guest.secrets, lambda: guest.read("nope")):
    try:
        action()
    except PermissionDenied as e:
        print("denied:", e)
    except KeyError as e:
        print("missing:", e)
print(guest.audit)
bound = root.read
print(bound.__self__.name, bound.__func__ is Account.read, bound.__name__)
guest.write("todo", "x")
