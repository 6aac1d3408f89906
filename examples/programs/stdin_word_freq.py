# Word frequencies of the text on stdin (a paragraph of sample text when stdin is empty):
# sys.stdin.read().split(), punctuation stripped, the most common words and a length histogram.
import sys

text = sys.stdin.read()
if not text.strip():
    text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness."""

STOP = {"the", "of", "a", "and", "it"}
words = [w.strip(".,;:!?\"'").lower() for w in text.split()]
words = [w for w in words if w]
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1

print("words:", len(words), "distinct:", len(counts))
ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
print("top words:")
for word, n in ranked[:6]:
    print(f"  {word:<12}{n:>3} {'*' * n}")
interesting = [w for w, n in ranked if w not in STOP]
print("without stop words:", interesting[:5])

lengths = {}
for w in words:
    lengths[len(w)] = lengths.get(len(w), 0) + 1
for size in sorted(lengths):
    print(f"{size:2d} letters: {lengths[size]}")
longest = max(counts, key=len)
print("longest word:", longest, len(longest))
