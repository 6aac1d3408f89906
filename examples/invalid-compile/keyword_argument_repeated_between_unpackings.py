options = {}
result = dict(**options, mode=1, **options, mode=2)
