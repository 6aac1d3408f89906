# Sorting records with key functions, multiple keys, stability and reverse.
people = [
    ("ann", 31, "oslo"), ("bob", 25, "rome"), ("cid", 31, "lima"), ("dee", 19, "oslo"),
    ("eve", 25, "lima"), ("fay", 42, "rome"), ("gus", 19, "lima"),
]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], -p[1])))
by_city = sorted(people, key=lambda p: p[2])
print(sorted(by_city, key=lambda p: p[1], reverse=True))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=str.lower))
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"], key=lambda s: (s.lower(), s)))
print(sorted("The Zen of Python".split(), key=len))
nums = [5, -3, 2, -8, 7, 0]
nums.sort(key=abs)
print(nums, max(nums, key=abs), min(nums, key=lambda x: (x % 3, x)))
print(sorted({"b": 2, "a": 3, "c": 1}.items(), key=lambda kv: kv[1]))
print(sorted([3, 1, 2], reverse=True), list(reversed(sorted("hello"))))


def ranking(scores):
    # dense ranking: equal scores share a rank
    ordered = sorted(set(scores.values()), reverse=True)
    return sorted(((ordered.index(s) + 1, name) for name, s in scores.items()))


print(ranking({"ann": 90, "bob": 85, "cid": 90, "dee": 70}))
print(sorted([1, "two", 3.0]))
