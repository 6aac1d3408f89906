from __future__ import annotations

def build() -> (yield from parts()):
    pass
