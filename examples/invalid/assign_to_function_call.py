def get_limit():
    return 10

get_limit() = 20
print(get_limit())
