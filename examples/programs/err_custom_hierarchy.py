# A custom exception hierarchy with extra attributes, handled at different levels.
class AppError(Exception):
    code = 1


class NotFound(AppError):
    code = 404

    def __init__(self, kind, key):
        super().__init__(f"{kind} {key!r} not found")
        self.kind, self.key = kind, key


class Forbidden(AppError):
    code = 403


USERS = {"ann": "admin", "bob": "viewer"}


def delete(user, target):
    if user not in USERS:
        raise NotFound("user", user)
    if USERS[user] != "admin":
        raise Forbidden(f"{user} may not delete")
    if target not in USERS:
        raise NotFound("user", target)
    del USERS[target]
    return f"{target} deleted"


for user, target in [("ann", "bob"), ("bob", "ann"), ("eve", "ann"), ("ann", "zed")]:
    try:
        print(delete(user, target))
    except NotFound as e:
        print(e.code, e, e.kind, e.key, e.args)
    except AppError as e:
        print(e.code, type(e).__name__, e)
print(NotFound.__mro__[1:3], issubclass(Forbidden, Exception))
USERS["bob"] = "viewer"
delete("bob", "ann")
