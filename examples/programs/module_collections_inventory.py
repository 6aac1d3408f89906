# Inventory tracking with Counter, defaultdict and namedtuple.
from collections import Counter, defaultdict, namedtuple

Item = namedtuple("Item", "name category qty price")
stock = [
    Item("bolt", "hardware", 120, 0.05), Item("nut", "hardware", 300, 0.03),
    Item("glue", "supplies", 12, 2.5), Item("tape", "supplies", 30, 1.25),
    Item("saw", "tools", 4, 19.99), Item("drill", "tools", 2, 59.0),
]
by_cat = defaultdict(list)
for it in stock:
    by_cat[it.category].append(it.name)
print(dict(by_cat))
value = Counter()
for it in stock:
    value[it.category] += round(it.qty * it.price, 2)
print(value.most_common())
words = Counter("the quick brown fox jumps over the lazy dog the end".split())
print(words.most_common(3))
print(words["the"], words["missing"])
c1, c2 = Counter(a=3, b=1), Counter(a=1, b=2, c=4)
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2)
print(sorted((c1 + c2).elements()))
drill = stock[-1]
print(drill, drill._asdict())
print(drill._replace(qty=10))
print(Item._fields)
print(Item("x", "y", 1))
