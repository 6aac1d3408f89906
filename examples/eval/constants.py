(None, True, ..., 1j, 0x10, 1e100)
