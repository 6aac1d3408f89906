def gather(tasks):
    return [t for t in tasks if await t]
