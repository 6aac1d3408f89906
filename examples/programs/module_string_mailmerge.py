# A mail merge with string.Template: substitute, safe_substitute, a custom delimiter, and a missing key.
import string

LETTER = string.Template("""\
Dear $title $last,

Your subscription ($plan) renews on ${day}. The fee is $$$fee.
Reply to $$${contact} with questions.
""")

CUSTOMERS = [
    {"title": "Dr.", "last": "Hopper", "plan": "Pro", "day": "2024-03-01", "fee": "49.00", "contact": "help"},
    {"title": "Ms.", "last": "Lovelace", "plan": "Basic", "day": "2024-04-15", "fee": "9.99", "contact": "support"},
]


class PercentTemplate(string.Template):
    delimiter = "%"


def report(names):
    table = string.Template("$name: $count item(s)")
    return [table.substitute(name=n, count=len(n)) for n in names]


def main():
    for c in CUSTOMERS:
        print(LETTER.substitute(c))
    partial = {"title": "Mr.", "last": "Turing"}
    print(LETTER.safe_substitute(partial))
    print("identifiers:", LETTER.get_identifiers(), "valid:", LETTER.is_valid())
    broken = string.Template("cost: $5 or ${bad-name}")
    print("broken valid:", broken.is_valid(), "->", broken.safe_substitute())
    try:
        broken.substitute()
    except ValueError as e:
        print("ValueError:", e)
    pct = PercentTemplate("%who scored %{pts}%% in %game")
    print(pct.substitute({"who": "ana", "pts": 97}, game="chess"))
    print("\n".join(report(["apples", "kiwi", "fig"])))
    print(string.capwords("the quick  brown\tfox"), "|", string.capwords("a-b-c", "-"))
    print(string.ascii_uppercase[::5], string.digits[::-1], len(string.punctuation))
    # The last customer lacks a fee: substitute() refuses.
    incomplete = dict(CUSTOMERS[0])
    del incomplete["fee"]
    print(LETTER.substitute(incomplete))


main()
