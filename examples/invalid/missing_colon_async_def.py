async def fetch(session, url)
    response = await session.get(url)
    return response
