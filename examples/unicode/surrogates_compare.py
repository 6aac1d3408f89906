# comparisons, sorting and containers over strings with surrogates
words = ["\ud800", "\uffff", "\U00010000", "\ue000", "\udbff\udfff", "\U0010ffff", "z"]
ordered = sorted(words)
assert "\ud800" < "\ue000" < "\uffff" < "\U00010000"
assert "\ud800\udc00" != "\U00010000"
assert "\ud800\udc00" < "\U00010000"
pairs = {"\ud800\udc00": "two", "\U00010000": "one"}
seen = {"\udc80", "\udc80", "\udcff"}
biggest = max(words), min(words)
joined = "|".join(["\ud800", "\udc00"])
split = "a\ud800b\ud800c".split("\ud800")
parts = "\ud800\udfff".partition("\udfff")
found = "\ud800\udfff".find("\udfff"), "\ud800\udfff".count("\ud800")
is_in = "\udfff\ud800" in "\ud800\udfff\ud800\udfff"
reprs = repr("\ud800\udfff"), ascii("\ud800"), repr(["\udc00", "\U000103ff"])
