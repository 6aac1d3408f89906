def numbers(items):
    return [(yield item) for item in items]
