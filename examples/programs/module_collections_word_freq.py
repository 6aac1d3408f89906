# Word frequencies of a few short texts with Counter: top words, totals and set-like arithmetic.
from collections import Counter

TEXTS = {
    "news": "the market rose as the bank cut rates and the market cheered the cut",
    "blog": "rates are up and the bank is quiet while the blog is loud",
    "memo": "cut costs cut meetings and cut the memo short",
}

STOP = {"the", "and", "as", "is", "are", "while", "up"}


def tokenize(text):
    return [w for w in text.lower().split() if w not in STOP]


def summarize(name, counts):
    top = counts.most_common(3)
    words = ", ".join(f"{w}={n}" for w, n in top)
    print(f"{name:>5}: {counts.total():2d} words, {len(counts):2d} distinct; top: {words}")


per_text = {}
for name, text in TEXTS.items():
    per_text[name] = Counter(tokenize(text))
    summarize(name, per_text[name])

overall = Counter()
for counts in per_text.values():
    overall.update(counts)
print("overall:", overall.most_common(4))

# Words shared by news and blog (minimum counts), and everything in either (maximum counts).
shared = per_text["news"] & per_text["blog"]
either = per_text["news"] | per_text["blog"]
print("shared:", shared)
print("either has", len(either), "words; cut:", either["cut"], "loud:", either["loud"])

# What news says more than memo does.
extra = per_text["news"] - per_text["memo"]
print("news beyond memo:", sorted(extra.items()))

# Subtract keeps zero and negative counts; unary plus drops them.
balance = Counter(per_text["memo"])
balance.subtract(per_text["news"])
print("balance:", sorted(balance.items())[:5])
print("positive part:", +balance)
print("negative part:", -balance)

letters = Counter("".join(TEXTS.values()).replace(" ", ""))
vowels = {v: letters[v] for v in "aeiou"}
print("vowels:", vowels, "missing letter count:", letters["z"])
print("rarest:", letters.most_common()[-3:])
print("elements sample:", list(Counter(a=2, b=1, c=0).elements()))
print(Counter("aab") == Counter({"a": 2, "b": 1}), Counter("ab") <= Counter("aabc"))
