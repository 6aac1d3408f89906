from __future__ import annotations

def convert(value: (kind := int)) -> int:
    return value
