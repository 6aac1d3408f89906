# Counts words read from stdin; with no input it falls back to a built-in sample.
import sys

SAMPLE = """the cat sat on the mat
the dog sat on the log
"""
data = sys.stdin.read()
source = "stdin"
if not data.strip():
    data, source = SAMPLE, "sample"
counts = {}
for line in data.splitlines():
    for word in line.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
print(f"read {len(data)} chars from {source}")
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{word:>6} {'*' * n}")
print("distinct:", len(counts), "total:", sum(counts.values()))
print("stdin is a text stream:", hasattr(sys.stdin, "readline"))
