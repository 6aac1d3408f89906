# Dict work: counting words, grouping, merging and iterating items.
words = ("alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu " * 3).split()
counts = {}
for i in range(150000):
    w = words[i % len(words)] + str(i % 97)
    counts[w] = counts.get(w, 0) + 1
groups = {}
for w, n in counts.items():
    groups.setdefault(w[0], []).append(n)
merged = {**counts, **{k: v * 2 for k, v in list(counts.items())[:500]}}
total = 0
for k in merged:
    if k in counts:
        total += merged[k] - counts[k]
print(len(counts), sorted((k, len(v)) for k, v in groups.items())[:3], total, max(counts.values()))
