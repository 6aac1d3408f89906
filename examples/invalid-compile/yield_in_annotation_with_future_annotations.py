from __future__ import annotations

def convert(value: (yield)) -> int:
    return value
