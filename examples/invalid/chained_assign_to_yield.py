def collector():
    items = []
    item = yield = None
    items.append(item)
