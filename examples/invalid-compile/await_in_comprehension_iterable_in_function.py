def load(fetch):
    return [x for x in await fetch()]
