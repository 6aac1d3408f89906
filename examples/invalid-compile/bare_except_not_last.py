try:
    value = int("x")
except:
    value = 0
except ValueError:
    value = -1
