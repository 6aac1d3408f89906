# Round-robin duty rotation with itertools: cycle, islice, zip_longest, accumulate and pairwise.
from itertools import accumulate, cycle, islice, pairwise, zip_longest

staff = ["Ana", "Ben", "Chloe", "Dev"]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rotation(people, shifts):
    """Assign people to shifts in round-robin order."""
    return list(islice(cycle(people), shifts))


week = rotation(staff, len(days))
for day, person in zip(days, week):
    print(f"{day}: {person}")

hours = [8, 6, 8, 4, 10, 0, 5]
running = list(accumulate(hours))
print("running hours:", running)
print("best day:", max(zip(hours, days)))

changes = [b - a for a, b in pairwise(hours)]
print("day-to-day change:", changes)

backup = ["Eve", "Finn"]
for day, main, spare in zip_longest(days, week, backup, fillvalue="-"):
    print(f"{day:<4}{main:<7}{spare}")

totals = {}
for person, h in zip(week, hours):
    totals[person] = totals.get(person, 0) + h
print(sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])))
peak = list(accumulate(hours, max))
print("peak so far:", peak)
print("with carry-in:", list(accumulate(hours[:3], initial=100)))
