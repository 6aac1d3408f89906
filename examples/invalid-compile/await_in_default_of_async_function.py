async def run(task=await make()):
    return task
