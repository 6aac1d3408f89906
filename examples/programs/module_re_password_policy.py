# Check passwords against a policy written as lookahead rules, and explain every failure.
import re

RULES = [
    (re.compile(r"^.{10,}$"), "at least 10 characters"),
    (re.compile(r"[a-z]"), "a lowercase letter"),
    (re.compile(r"[A-Z]"), "an uppercase letter"),
    (re.compile(r"\d"), "a digit"),
    (re.compile(r"[^\w\s]"), "a symbol"),
]
FORBIDDEN = [
    (re.compile(r"(.)\1\1"), "three identical characters in a row"),
    (re.compile(r"\s"), "whitespace"),
    (re.compile(r"(?i)password|qwerty|letmein"), "a common word"),
    (re.compile(r"(?:0123|1234|2345|3456|4567|5678|6789|abcd)", re.I), "a simple sequence"),
]
ALL_IN_ONE = re.compile(r"^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s])(?!.*(.)\1\1)\S{10,}$")


def problems(password):
    found = [f"needs {text}" for rule, text in RULES if not rule.search(password)]
    for rule, text in FORBIDDEN:
        m = rule.search(password)
        if m:
            found.append(f"contains {text} ({m.group()!r} at {m.start()})")
    return found


candidates = [
    "hunter2",
    "CorrectHorse9!",
    "aaaBBB111!!!x",
    "MyPassword#2024",
    "Zebra 77 crossing!",
    "Tr0ub4dor&3xyz",
    "Abcd9876$$wq",
]

for pw in candidates:
    issues = problems(pw)
    combined = bool(ALL_IN_ONE.match(pw))
    verdict = "ok" if not issues else "rejected"
    print(f"{pw!r:22} {verdict:8} combined={combined}")
    for issue in issues:
        print("    -", issue)

masked = [re.sub(r"(?<=.).(?=.)", "*", pw) for pw in candidates]
print(masked)
strength = {pw: len(re.findall(r"[a-z]+|[A-Z]+|\d+|[^\w\s]+", pw)) for pw in candidates}
print(sorted(strength.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
