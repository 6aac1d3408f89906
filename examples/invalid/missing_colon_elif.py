score = 72
if score >= 90:
    grade = "A"
elif score >= 70
    grade = "C"
else:
    grade = "F"
print(grade)
