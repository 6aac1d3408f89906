from __future__ import annotations

async def fetch(url) -> await response():
    return url
