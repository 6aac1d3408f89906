bell = "\x07"
tab = "abc\x9"
print(bell, tab)
