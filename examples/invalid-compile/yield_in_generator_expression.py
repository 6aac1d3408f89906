def stream(items):
    return list((yield item) for item in items)
