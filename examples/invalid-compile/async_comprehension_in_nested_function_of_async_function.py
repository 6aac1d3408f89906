async def run(stream):
    first = [x async for x in stream]
    def later():
        return {k: v async for k, v in stream}
    return first, later
