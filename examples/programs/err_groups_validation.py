# Validating a batch of user records: every problem is collected, grouped per
# record into ExceptionGroups with notes, and handled selectively with except*.
class FieldError(ValueError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class MissingField(KeyError):
    pass


def validate(record):
    problems = []
    for field in ("name", "age", "email"):
        if field not in record:
            problems.append(MissingField(field))
    age = record.get("age")
    if age is not None and not (0 < age < 150):
        problems.append(FieldError("age", f"{age} is not a plausible age"))
    email = record.get("email", "")
    if email and "@" not in email:
        err = FieldError("email", f"{email!r} has no @")
        err.add_note(f"record id {record.get('id')}")
        problems.append(err)
    if problems:
        raise ExceptionGroup(f"record {record.get('id')} is invalid", problems)
    return record["name"].title()


def validate_all(records):
    failures, names = [], []
    for record in records:
        try:
            names.append(validate(record))
        except ExceptionGroup as eg:
            failures.append(eg)
    if failures:
        raise ExceptionGroup("batch rejected", failures)
    return names


records = [
    {"id": 1, "name": "ada", "age": 36, "email": "ada@example.com"},
    {"id": 2, "name": "bob", "age": 200, "email": "bob.example.com"},
    {"id": 3, "age": 41},
    {"id": 4, "name": "cy", "age": 29, "email": "cy@example.com"},
]

print(validate_all([records[0], records[3]]))
try:
    validate_all(records)
except* MissingField as eg:
    print("missing:", [str(e) for g in eg.exceptions for e in g.exceptions])
except* FieldError as eg:
    flat = [e for g in eg.exceptions for e in g.exceptions]
    print("fields:", sorted(e.field for e in flat))
    print("notes:", [getattr(e, "__notes__", None) for e in flat])

try:
    validate(records[1])
except ExceptionGroup as eg:
    ages, rest = eg.split(lambda e: getattr(e, "field", None) == "age")
    print(repr(ages))
    print(rest.message, len(rest.exceptions), rest.exceptions[0].__notes__)
    print(eg.subgroup(KeyError) is None, eg.derive([ValueError("x")]))

strict = [r for r in records if r["id"] != 3]
validate_all(strict)
