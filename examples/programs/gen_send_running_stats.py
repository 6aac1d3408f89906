# Coroutine-style generators driven with send(), throw() and close().
def running_average():
    total = 0.0
    count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  ignored bad value:", e)
            continue
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return count, average


def printer(prefix):
    try:
        while True:
            item = yield
            print(f"{prefix}{item}")
    finally:
        print(f"{prefix}closed")


avg = running_average()
print(next(avg))
for x in (10, 20, 60, 5.5):
    print("avg", avg.send(x))
print(avg.throw(ValueError("not a number")))
print("avg", avg.send(4.5))
try:
    avg.send(None)
except StopIteration as stop:
    print("finished with", stop.value)

p = printer("> ")
next(p)
p.send("hello")
p.send([1, 2])
p.close()
p.close()
print(p.gi_frame is None)


def delegator():
    result = yield from running_average()
    print("sub-generator returned", result)
    yield "done"


d = delegator()
next(d)
d.send(3)
print(d.send(4))
print(d.send(None))


def countdown(n):
    while n > 0:
        received = yield n
        if received:
            n = received
        else:
            n -= 1


c = countdown(5)
print([next(c), next(c), c.send(10), next(c)])
c.close()
try:
    next(c)
except StopIteration:
    print("countdown closed")
fresh = running_average()
fresh.send(1)
