# Count words with a dict; report them in first-seen order.

words = ["the", "cat", "sat", "on", "the", "mat", "the", "cat", "ran"]
counts = {}
order = []
for word in words:
    if word in counts:
        counts[word] += 1
    else:
        counts[word] = 1
        order.append(word)

for word in order:
    print(word, counts[word], sep=": ")

most = order[0]
for word in order:
    if counts[word] > counts[most]:
        most = word
print("most common:", most)
print("distinct words:", len(counts))
print(counts)
