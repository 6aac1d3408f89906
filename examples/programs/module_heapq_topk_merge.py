# Top-k queries with nsmallest/nlargest and a k-way merge of sorted logs.
import heapq
import random

random.seed(42)
products = []
for i in range(20):
    products.append({
        "sku": f"P{i:02d}",
        "price": random.randint(5, 60),
        "rating": random.randint(1, 5),
    })

cheapest = heapq.nsmallest(4, products, key=lambda p: p["price"])
print("cheapest:", [(p["sku"], p["price"]) for p in cheapest])
best = heapq.nlargest(5, products, key=lambda p: p["rating"])
print("best rated:", [(p["sku"], p["rating"]) for p in best])
print("top prices:", heapq.nlargest(3, (p["price"] for p in products)))
print("one smallest:", heapq.nsmallest(1, [5, 3, 9]), "none:", heapq.nlargest(0, [1, 2]))
print("more than there are:", heapq.nsmallest(10, [4, 1, 3]))

logs = [
    [(1, "web", "start"), (4, "web", "request"), (9, "web", "stop")],
    [(2, "db", "start"), (4, "db", "query"), (7, "db", "vacuum")],
    [(3, "cache", "warm"), (4, "cache", "hit")],
]
for stamp, source, event in heapq.merge(*logs):
    print(f"t={stamp} {source:<5} {event}")

by_len = heapq.merge(["fig", "kiwi", "banana"], ["yam", "pear", "cherry"], key=len)
print(list(by_len))
desc = heapq.merge([9, 7, 3], [8, 7, 1], reverse=True)
print(list(desc))


def running_top(stream, k):
    heap = []
    for x in stream:
        if len(heap) < k:
            heapq.heappush(heap, x)
        elif x > heap[0]:
            heapq.heapreplace(heap, x)
        yield sorted(heap, reverse=True)


for snapshot in running_top([5, 1, 9, 3, 7, 8, 2], 3):
    print(snapshot)
