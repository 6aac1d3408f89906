# Reverse strings by hand and test which words are palindromes.

def reverse(text):
    result = ""
    for ch in text:
        result = ch + result
    return result


def is_palindrome(text):
    i = 0
    j = len(text) - 1
    while i < j:
        if text[i] != text[j]:
            return False
        i += 1
        j -= 1
    return True


words = ["level", "python", "racecar", "noon", "abca", ""]
found = 0
for word in words:
    same = is_palindrome(word)
    print(word, "->", reverse(word), same)
    if same and reverse(word) == word:
        found += 1
print("palindromes:", found, "of", len(words))
