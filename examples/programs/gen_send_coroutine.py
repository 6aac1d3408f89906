# Generators as coroutines: send() a running average, throw() and close().
def averager():
    total = count = 0
    average = None
    while True:
        try:
            value = yield average
        except ValueError as e:
            print("  averager reset:", e)
            total = count = 0
            average = None
            continue
        total += value
        count += 1
        average = total / count


avg = averager()
print(next(avg))
for v in (10, 20, 60):
    print("sent", v, "->", avg.send(v))
print(avg.throw(ValueError("new series")))
print(avg.send(5))
avg.close()
print("closed:", avg.gi_frame is None)


def countdown(n):
    try:
        while n > 0:
            yield n
            n -= 1
        return "liftoff"
    finally:
        print("  countdown cleanup")


g = countdown(3)
print(list(g))
g2 = countdown(2)
print(next(g2))
try:
    while True:
        next(g2)
except StopIteration as stop:
    print("return value:", stop.value)
avg.send(1)
