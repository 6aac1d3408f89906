async def main():
await run()

print("scheduled")
