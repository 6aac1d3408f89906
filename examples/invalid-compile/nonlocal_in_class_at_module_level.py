class Registry:
    nonlocal entries
