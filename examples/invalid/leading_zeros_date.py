year = 2024
month = 09
day = 1
print(year, month, day)
