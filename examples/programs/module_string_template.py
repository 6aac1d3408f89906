# Form letters with string.Template, and string constants for validation.
import string

letter = string.Template("Dear $name,\nyour order #$order ships on ${day}day.\nTotal: $$${total}\n")
orders = [
    {"name": "Ada", "order": 1001, "day": "Mon", "total": "12.50"},
    {"name": "Linus", "order": 1002, "day": "Fri", "total": "99.00"},
]
for o in orders:
    print(letter.substitute(o))
print(letter.safe_substitute(name="Guido"))


def password_strength(pw):
    classes = [string.ascii_lowercase, string.ascii_uppercase, string.digits, string.punctuation]
    return sum(any(ch in cls for ch in pw) for cls in classes)


for pw in ["abc", "Abc123", "Abc123!?", "12345"]:
    print(pw, password_strength(pw))
print(string.capwords("hello   wide world"))
print(len(string.printable), string.hexdigits, string.octdigits)
print(string.Template("$who likes $what").substitute(who="tim"))
