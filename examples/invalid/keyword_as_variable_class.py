students = ["ann", "bob"]
class = "5B"
print(class, students)
