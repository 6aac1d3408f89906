def keep(items):
    return [item for item in items if (yield item)]
