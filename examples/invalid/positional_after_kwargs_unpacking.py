options = {"sep": ", "}
values = [1, 2]
print(**options, values)
