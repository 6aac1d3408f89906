# Records as tuples: unpack in for loops, pick the best, group by city.

people = [
    ("Ana", 34, "Lisbon"),
    ("Ben", 28, "Oslo"),
    ("Chloe", 41, "Lisbon"),
    ("Dev", 19, "Pune"),
    ("Eve", 28, "Oslo"),
]

oldest = people[0]
total_age = 0
by_city = {}
for name, age, city in people:
    total_age += age
    if age > oldest[1]:
        oldest = (name, age, city)
    if city not in by_city:
        by_city[city] = []
    by_city[city].append(name)

print("oldest:", oldest[0], oldest[1])
print("average age:", total_age / len(people))
for city in by_city:
    print(city, by_city[city])
print(("a", 1) < ("a", 2), (1, 2) + (3,), len(()))
