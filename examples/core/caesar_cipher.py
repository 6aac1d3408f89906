# Caesar cipher using an alphabet string and a letter -> position dict.

ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def build_positions(alphabet):
    positions = {}
    i = 0
    for ch in alphabet:
        positions[ch] = i
        i += 1
    return positions


def shift_text(text, shift, positions):
    out = ""
    for ch in text:
        if ch in positions:
            out += ALPHABET[(positions[ch] + shift) % 26]
        else:
            out += ch
    return out


positions = build_positions(ALPHABET)
secret = shift_text("hello, world", 3, positions)
print(secret)
print(shift_text(secret, -3, positions))
print(shift_text("xyz abc", 30, positions))
