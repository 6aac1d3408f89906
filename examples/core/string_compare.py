# Compare strings character by character; find the longest common prefix.

def common_prefix(a, b):
    out = ""
    n = min(len(a), len(b))
    for i in range(n):
        if a[i] != b[i]:
            break
        out += a[i]
    return out


def longest_common_prefix(words):
    prefix = words[0]
    for w in words:
        prefix = common_prefix(prefix, w)
        if prefix == "":
            return prefix
    return prefix


print(longest_common_prefix(["flower", "flow", "flight"]))
print(longest_common_prefix(["interview", "internet", "interval"]))
print(longest_common_prefix(["dog", "car"]) == "")
print("apple" < "banana", "Zoo" < "apple", "abc" == "ab" + "c", max("pear", "fig"))
