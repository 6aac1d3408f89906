# Employee records as namedtuples, grouped and summarized with defaultdict.
from collections import namedtuple, defaultdict

Employee = namedtuple("Employee", "name dept salary years", defaults=[0])

ROWS = [
    ("Ada", "eng", 120, 6),
    ("Grace", "eng", 135, 9),
    ("Linus", "ops", 95, 3),
    ("Margaret", "eng", 150),
    ("Ken", "ops", 105, 7),
    ("Barbara", "research", 140, 11),
]

staff = [Employee(*row) for row in ROWS]
print(staff[0])
print(staff[3], "years default:", staff[3].years)

by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)

payroll = defaultdict(int)
for e in staff:
    payroll[e.dept] += e.salary
print(payroll)

for dept in sorted(by_dept):
    people = by_dept[dept]
    avg = sum(p.salary for p in people) / len(people)
    senior = max(people, key=lambda p: p.years)
    print(f"{dept:<9} n={len(people)} avg={avg:7.2f} most senior={senior.name}")

# Raises: a new tuple with some fields replaced.
raised = [e._replace(salary=round(e.salary * 1.05)) if e.years >= 7 else e for e in staff]
for old, new in zip(staff, raised):
    if old is not new:
        print(f"raise: {old.name} {old.salary} -> {new.salary}")

print(Employee._fields, Employee._field_defaults)
print(raised[1]._asdict())
name, dept, salary, years = raised[1]
print(name, dept, salary + years, raised[1] == ("Grace", "eng", 142, 9))
print(Employee._make(["Tim", "ops", 88, 1]))

Point = namedtuple("Point", ["x", "y"])
corners = sorted([Point(2, 3), Point(1, 5), Point(2, 1)])
print(corners, max(corners, key=lambda p: p.y).x)
print(namedtuple("Row", "id class id", rename=True)._fields)
tenure = defaultdict(lambda: "unknown")
tenure.update({e.name: e.years for e in staff})
print(tenure["Ada"], tenure["Nobody"], len(tenure))
