# Sorting and extracting records with operator.itemgetter / attrgetter / methodcaller.
import operator


class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age

    def __repr__(self):
        return f"Student({self.name!r}, {self.grade}, {self.age})"


rows = [("carol", 88, 21), ("alice", 92, 20), ("bob", 88, 19), ("dave", 75, 22)]
print(sorted(rows, key=operator.itemgetter(1, 0)))
print(list(map(operator.itemgetter(0), rows)))
students = [Student(*r) for r in rows]
print(sorted(students, key=operator.attrgetter("grade", "age"), reverse=True))
upper = operator.methodcaller("upper")
print([upper(s.name) for s in students])
print(operator.add(2, 3), operator.mul("ab", 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.not_(0), operator.contains([1, 2], 2), operator.getitem("hello", 1))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
print(operator.itemgetter(5)(rows))
