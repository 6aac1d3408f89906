try:
    value = int("3")
except ValueError:
    return None
