# Count vowels and consonants with the `in` operator on strings.

def count_kinds(text):
    vowels = 0
    consonants = 0
    others = 0
    for ch in text:
        if ch in "aeiouAEIOU":
            vowels += 1
        elif ch in "bcdfghjklmnpqrstvwxyzBCDFGHJKLMNPQRSTVWXYZ":
            consonants += 1
        else:
            others += 1
    return vowels, consonants, others


for sentence in ["Hello World", "rhythm", "AEIOU!", ""]:
    v, c, o = count_kinds(sentence)
    print(sentence, "->", v, "vowels,", c, "consonants,", o, "other")
print("y" not in "aeiou", "ell" in "hello", "" in "abc")
