collect = lambda stream: [x async for x in stream]
