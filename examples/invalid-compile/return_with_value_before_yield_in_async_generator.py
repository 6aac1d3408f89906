async def ticks(n):
    if n < 0:
        return []
    yield n
