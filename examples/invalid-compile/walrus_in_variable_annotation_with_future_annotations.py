from __future__ import annotations

count: (kind := int) = 0
