async def run(task):
    def helper():
        return await task
    return helper()
