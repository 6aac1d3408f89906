# String processing exercises: run-length encoding, Caesar cipher, palindromes and word stats.
import re


def rle_encode(text):
    out = []
    i = 0
    while i < len(text):
        j = i
        while j < len(text) and text[j] == text[i]:
            j += 1
        out.append(f"{j - i}{text[i]}")
        i = j
    return "".join(out)


def rle_decode(code):
    return "".join(ch * int(n) for n, ch in re.findall(r"(\d+)(\D)", code))


def caesar(text, shift):
    def rot(ch):
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            return chr((ord(ch) - base + shift) % 26 + base)
        return ch
    return "".join(map(rot, text))


def is_palindrome(s):
    cleaned = [c.lower() for c in s if c.isalnum()]
    return cleaned == cleaned[::-1]


text = "WWWWBBBWWCCCCCD"
code = rle_encode(text)
print(code, rle_decode(code) == text, rle_encode(""), rle_encode("abc"))
secret = caesar("Hello, World! Python 3.11", 13)
print(secret, caesar(secret, -13), caesar("xyz", 3))
for s in ("A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?", ""):
    print(f"{s!r}: {is_palindrome(s)}")
passage = "It was the best of times, it was the worst of times; it was the age of wisdom."
words = re.findall(r"[a-z']+", passage.lower())
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4])
print(len(words), len(set(words)), max(words, key=len), passage.title()[:24])
print(" ".join(w[::-1] for w in "reverse each word".split()), "snake_case_name".title().replace("_", ""))
print(re.sub(r"(\w)(\w*)", lambda m: m.group(2) + m.group(1) + "ay", "pig latin is fun"))
print(passage.count("it"), passage.lower().count("it"), passage.find("worst"), passage.split(";")[1].strip())
print(rle_decode("3a2"), rle_decode("x3"))
print(caesar(12345, 1))
