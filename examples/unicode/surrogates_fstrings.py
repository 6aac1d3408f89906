# surrogates in f-strings: literal parts, format specs, conversions and nested strings
hi = "\ud83d"
lo = "\ude00"
a = f"\ud83d\ude00{hi}{lo}"
b = f"{hi}\udc00{lo!r}\ud800"
c = f"{hi:\udc00>4}{lo:\ud800^5}"
d = f"{hi + lo}\ud800{hi if lo else ''}"
e = f"""\udbff{
    hi
}\udfff{lo!a}"""
g = rf"\ud800{hi}", fr"{lo}\udc00"
h = f"{f'{hi}'}\udc00", f"{hi}{f'''{lo}'''}\udfff"
i = f"{hi}" "\udc00" f"{lo}"
values = [a, b, c, d, e, g, h, i]
