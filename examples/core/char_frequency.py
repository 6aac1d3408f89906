# Letter frequencies of a sentence, ignoring spaces.

def frequencies(text):
    freq = {}
    for ch in text:
        if ch == " ":
            continue
        if ch not in freq:
            freq[ch] = 0
        freq[ch] = freq[ch] + 1
    return freq


def bar(n):
    s = ""
    for i in range(n):
        s += "#"
    return s


freq = frequencies("hello world")
print(freq)
for ch in "lowered":
    if ch in freq:
        print(ch, bar(freq[ch]))
    else:
        print(ch, "-")
