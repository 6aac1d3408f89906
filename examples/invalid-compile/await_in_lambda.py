call = lambda coro: await coro
