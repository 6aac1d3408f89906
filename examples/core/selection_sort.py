# Selection sort in descending order.

def index_of_max(items, start):
    best = start
    for i in range(start + 1, len(items)):
        if items[i] > items[best]:
            best = i
    return best


def selection_sort_desc(items):
    for i in range(len(items) - 1):
        m = index_of_max(items, i)
        if m != i:
            items[i], items[m] = items[m], items[i]
    return items


scores = [72, 95, 60, 88, 95, 41]
print(selection_sort_desc(scores))
print("top three:", scores[0], scores[1], scores[2])
print(selection_sort_desc([3.5, -1.0, 2.25]))
