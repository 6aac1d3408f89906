# Deduplication: a set remembers what was seen; order of first sight kept with a list.
records = [
    ('alice', 'alice@example.com'), ('bob', 'bob@example.com'), ('carol', 'carol@example.com'),
    ('alice', 'alice@example.com'), ('dave', 'dave@example.com'), ('bob', 'bob@work.example'),
    ('erin', 'erin@example.com'), ('carol', 'carol@example.com'), ('frank', 'frank@example.com'),
]

seen = set()
unique = []
for rec in records:
    if rec not in seen:
        seen.add(rec)
        unique.append(rec)
print(len(records), len(unique))
print(seen)

names = {name for name, _ in records}
domains = {mail.split('@')[1] for _, mail in records}
print(names)
print(domains)

duplicates = set()
once = set()
for name, _ in records:
    if name in once:
        duplicates.add(name)
    else:
        once.add(name)
print('duplicated names:', duplicates)
print('single names:', once - duplicates)

ids = set(range(0, 60, 3))
ids.discard(9)
ids.discard(30)
ids.remove(0)
for extra in (100, 101, 9, 2, 57):
    ids.add(extra)
print(ids)
popped = [ids.pop() for _ in range(4)]
print(popped, ids)

tags = frozenset(['red', 'green', 'blue'])
palette = {tags, frozenset(['red']), frozenset(['green', 'red', 'blue'])}
print(len(palette), tags in palette, hash(tags) == hash(frozenset(['blue', 'green', 'red'])))
print(hash('alice'), hash(('alice', 1)), hash(42), hash(-7), hash(2.5), hash(10 ** 30))

letters = set()
for ch in 'mississippi river':
    letters.add(ch)
print(letters, sorted(letters))
letters.clear()
letters.update('hello', 'world')
print(letters)
