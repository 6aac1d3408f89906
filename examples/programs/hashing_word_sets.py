# Word counts and vocabularies with sets: which words each text uses, shared and unique words.
texts = {
    'fox': "the quick brown fox jumps over the lazy dog while the dog sleeps",
    'cat': "a lazy cat sleeps on the warm mat and the dog watches the cat",
    'bird': "the early bird catches the worm but the second mouse gets the cheese",
}


def words(text):
    return text.split()


vocab = {}
for name, text in texts.items():
    vocab[name] = set(words(text))
    print(name, len(vocab[name]), vocab[name])

everything = set()
for v in vocab.values():
    everything |= v
print('all words:', len(everything))
print(everything)

common = vocab['fox'] & vocab['cat'] & vocab['bird']
print('in every text:', common)

for name, v in vocab.items():
    others = set()
    for other, w in vocab.items():
        if other != name:
            others.update(w)
    print(name, 'only:', v - others)

counts = {}
for text in texts.values():
    for w in words(text):
        counts[w] = counts.get(w, 0) + 1
frequent = {w for w, c in counts.items() if c > 1}
print('repeated:', frequent)
print('once:', {w for w, c in counts.items() if c == 1} - {'a', 'on'})

lengths = {len(w) for w in everything}
print('lengths:', lengths)
by_length = {}
for w in everything:
    by_length.setdefault(len(w), set()).add(w)
for n in sorted(by_length):
    print(n, by_length[n])
