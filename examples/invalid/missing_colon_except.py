try:
    result = 10 / 0
except ZeroDivisionError
    result = None
print(result)
