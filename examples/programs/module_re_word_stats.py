# Text statistics: sentences, words, frequent words, capitalised names and number extraction.
import re

TEXT = """The Analytical Engine was proposed by Charles Babbage in 1837. Ada Lovelace
wrote notes on it in 1843! Her notes include what many call the first program.
Did the Engine ever run? Only parts of it were built; a full model was completed
by the Science Museum in 1991, some 154 years later. Babbage's son Henry built
a small piece of the mill in 1910 and demonstrated it to 3 visitors."""

def count(items):
    counts = {}
    for item in items:
        counts[item] = counts.get(item, 0) + 1
    return counts


STOP = {"the", "a", "in", "of", "it", "on", "by", "to", "and", "was", "what", "were"}

sentences = [s for s in re.split(r"(?<=[.!?])\s+", TEXT) if s]
print("sentences:", len(sentences))
for s in sentences:
    words = re.findall(r"[A-Za-z']+", s)
    flat = re.sub(r"\s+", " ", s)
    print(f"  {len(words):2d} words | {flat[:40]}")

words = [w.lower() for w in re.findall(r"\b[a-zA-Z][a-zA-Z']*\b", TEXT)]
print("total words:", len(words), "distinct:", len(set(words)))
common = sorted(count(w for w in words if w not in STOP).items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print("most common:", common)

names = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s[A-Z][a-z]+)*", TEXT)
print("capitalised runs:", names)

years = [int(y) for y in re.findall(r"\b1[89]\d\d\b", TEXT)]
print("years:", years, "span:", max(years) - min(years))
numbers = re.findall(r"\b\d+\b", TEXT)
print("all numbers:", numbers)

possessives = re.findall(r"\b(\w+)'s\b", TEXT)
print("possessives:", possessives)

lengths = count(len(w) for w in words)
for n in sorted(lengths):
    print(f"{n:2d} {'#' * lengths[n]}")

vowels = len(re.findall(r"[aeiou]", TEXT, re.I))
print("vowels:", vowels, "ratio: %.3f" % (vowels / len(re.sub(r"[^A-Za-z]", "", TEXT))))
line_starts = re.findall(r"^\w+", TEXT, re.M)
print("line starts:", line_starts)
