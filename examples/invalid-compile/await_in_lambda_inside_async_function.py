async def run(items):
    return list(map(lambda c: await c, items))
