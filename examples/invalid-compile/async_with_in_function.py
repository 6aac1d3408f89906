def read(lock):
    async with lock:
        return 1
