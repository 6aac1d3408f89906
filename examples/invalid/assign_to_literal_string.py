name = "ann"
"bob" = name
print(name)
