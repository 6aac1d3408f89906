# lone high and low surrogates, at the ends and between other characters
high = "\ud800"
low = "\udfff"
ends = "\udbffabc", "abc\udc00", "\udc00\ud800"
reversed_pair = "\udc00\ud800", "\udfff\udbff"
between = "a\ud800b\udc80c\ud7ff\ue000"
escape_bytes = "caf\udce9 \udcff\udcfe"
near = "\ud7ff\ud800\udfff\ue000", "\uffff\U00010000"
in_bytes = b"\ud800", rb"\udc00", r"\ud800\udc00"
tuple_of = ("\ud800",), ("\ud800", "\udc00"), frozenset({"\udc00"})
call = ord("\ud800"), chr(0xdc00), "\udc80".encode("utf-8", "surrogateescape")
slices = high[0], (high + low)[::-1], (high + low)[1:], "x\ud800\udc00y"[1:3]
