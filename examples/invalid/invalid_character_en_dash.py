start = 5
end = 9
length = end – start
print(length)
