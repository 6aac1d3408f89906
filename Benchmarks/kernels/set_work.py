# Set work: membership, unions, intersections and differences of int and str sets.
evens = set(range(0, 200000, 2))
threes = {x for x in range(0, 200000, 3)}
both = evens & threes
either = evens | threes
only = evens - threes
hits = 0
for x in range(200000):
    if x in both:
        hits += 1
names = {"n%d" % (i % 5000) for i in range(60000)}
sym = names ^ {"n%d" % i for i in range(2500, 7500)}
print(len(both), len(either), len(only), hits, len(names), len(sym))
