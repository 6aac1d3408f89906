# Vigenere cipher over string.ascii_uppercase.
import string

ALPHA = string.ascii_uppercase


def vigenere(text, key, sign=1):
    out = []
    k = 0
    for ch in text.upper():
        if ch in ALPHA:
            shift = ALPHA.index(key[k % len(key)]) * sign
            out.append(ALPHA[(ALPHA.index(ch) + shift) % 26])
            k += 1
        else:
            out.append(ch)
    return "".join(out)


msg = "Attack at dawn, hold the bridge!"
secret = vigenere(msg, "LEMON")
print(secret)
print(vigenere(secret, "LEMON", -1))
freq = {ch: secret.count(ch) for ch in ALPHA if ch in secret}
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
print(string.digits[::-1], string.ascii_letters[20:30])
print(vigenere("abc", ""))
