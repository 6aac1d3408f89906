def unique(items):
    seen = {(yield item) for item in items}
