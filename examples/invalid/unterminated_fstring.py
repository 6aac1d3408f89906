user = "ann"
count = 3
print(f"{user} has {count} messages)
