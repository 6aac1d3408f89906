# two escaped surrogates stay two code points (not the pair's character)
pair = "\ud800\udfff"
astral = "\U000103ff"
both = "\ud83d\ude00", "\U0001f600", "\uD83D\uDE00"
long_form = "\U0000d800\U0000dc00", "\U0000DBFF\U0000DFFF"
mixed = "\ud800" "\udc00", "\ud800" + "\udc00"
octal_hex = "\ud800\x41\udc00", "\ud800\101\udc00"
names = "\N{GRINNING FACE}\ud83d", "\ude00\N{LATIN SMALL LETTER A}"
triple = """\udbff
\udfff"""
u_prefix = u"\ud800\udfff", U"\udfff\ud800"
keys = {"\ud800\udc00": 1, "\U00010000": 2}
print(len(pair), len(astral), pair == astral, pair[0], pair[1])
