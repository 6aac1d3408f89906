person = {"name": "Ada", "born": 1815
print(person["name"])
print(person["born"])
