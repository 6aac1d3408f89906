# Validating user records: exceptions with notes, re-raised with context through several layers.
class ValidationError(ValueError):
    pass


def check_age(value):
    try:
        age = int(value)
    except ValueError:
        raise ValidationError(f"age {value!r} is not a whole number")
    if not 0 <= age <= 150:
        raise ValidationError(f"age {age} out of range")
    return age


def check_email(value):
    if value.count("@") != 1 or "." not in value.split("@")[1]:
        raise ValidationError(f"bad email {value!r}")
    return value.lower()


def validate(record):
    clean = {}
    for field, check in (("age", check_age), ("email", check_email)):
        try:
            clean[field] = check(record[field])
        except ValidationError as e:
            e.add_note(f"field: {field}")
            raise
    return clean


records = [
    {"age": "34", "email": "Ann@Example.com"},
    {"age": "old", "email": "bob@example.com"},
    {"age": "200", "email": "cy@example.com"},
    {"age": "41", "email": "dee-at-example"},
    {"email": "eve@example.com"},
]
valid = []
for i, r in enumerate(records):
    try:
        valid.append(validate(r))
    except ValidationError as e:
        print(f"record {i}: {e} {e.__notes__} context={type(e.__context__).__name__}")
    except KeyError as e:
        print(f"record {i}: missing {e}")
print(valid)
print(issubclass(ValidationError, ValueError), ValidationError.__mro__[1].__name__)


def import_all(rows):
    try:
        return [validate(r) for r in rows]
    except ValidationError as e:
        raise RuntimeError(f"import stopped after {len(valid)} good rows") from e


import_all(records)
