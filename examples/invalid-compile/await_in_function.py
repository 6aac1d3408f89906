import asyncio

def pause():
    await asyncio.sleep(1)
