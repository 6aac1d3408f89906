def collect(stream):
    return {k: v async for k, v in stream}
