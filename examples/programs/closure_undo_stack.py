# A text editor buffer whose commands are closures that know how to undo themselves.
def make_editor():
    text = []
    undo_stack = []

    def insert(pos, s):
        def do():
            text[pos:pos] = list(s)

        def undo():
            del text[pos:pos + len(s)]

        do()
        undo_stack.append((f"insert {s!r}@{pos}", undo))

    def delete(pos, n):
        removed = text[pos:pos + n]

        def undo():
            text[pos:pos] = removed

        del text[pos:pos + n]
        undo_stack.append((f"delete {n}@{pos}", undo))

    def replace(old, new):
        content = "".join(text)
        index = content.find(old)
        if index < 0:
            raise LookupError(f"{old!r} not found in {content!r}")
        delete(index, len(old))
        insert(index, new)

    def undo():
        label, action = undo_stack.pop()
        action()
        return label

    def show():
        return "".join(text)

    return insert, delete, replace, undo, show


insert, delete, replace, undo, show = make_editor()
insert(0, "hello world")
insert(5, ",")
print(repr(show()))
replace("world", "there")
print(repr(show()))
delete(0, 1)
insert(0, "J")
print(repr(show()))
for _ in range(3):
    print("undo", undo(), "->", repr(show()))
print(insert.__code__.co_freevars, undo.__code__.co_freevars)
print([c.cell_contents for c in show.__closure__])


def memo(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memo
def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return ways(n - 1) + ways(n - 2) + ways(n - 3)


print([ways(n) for n in range(12)], len(ways.cache))
while True:
    print("undo", undo(), "->", repr(show()))
