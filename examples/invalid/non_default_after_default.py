def make_user(name, admin=False, email):
    return (name, admin, email)

print(make_user("ann", True, "a@x"))
