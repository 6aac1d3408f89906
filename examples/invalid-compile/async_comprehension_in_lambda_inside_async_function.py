async def run(stream):
    return lambda: [x async for x in stream]
