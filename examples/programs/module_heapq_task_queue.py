# A priority task queue on heapq: ties broken by insertion order, cancellation by marking.
import heapq


class TaskQueue:
    REMOVED = "<removed>"

    def __init__(self):
        self.heap = []
        self.finder = {}
        self.seq = 0

    def push(self, task, priority):
        if task in self.finder:
            self.cancel(task)
        self.seq += 1
        entry = [priority, self.seq, task]
        self.finder[task] = entry
        heapq.heappush(self.heap, entry)

    def cancel(self, task):
        entry = self.finder.pop(task)
        entry[-1] = self.REMOVED

    def pop(self):
        while self.heap:
            priority, seq, task = heapq.heappop(self.heap)
            if task is not self.REMOVED:
                del self.finder[task]
                return priority, task
        raise KeyError("pop from an empty task queue")

    def __len__(self):
        return len(self.finder)


q = TaskQueue()
for task, prio in [("write tests", 2), ("fix bug", 1), ("deploy", 3), ("review", 2), ("lunch", 5)]:
    q.push(task, prio)
print("queued:", len(q), "heap top:", q.heap[0])
q.push("deploy", 1)
q.cancel("lunch")
print("after re-prioritising deploy and cancelling lunch:", len(q))
while len(q):
    prio, task = q.pop()
    print(f"  p{prio}: {task}")

numbers = [17, 3, 41, 8, 8, 25, 1, 30]
heap = list(numbers)
heapq.heapify(heap)
print("heapified:", heap)
print("pushpop 0:", heapq.heappushpop(heap, 0), "replace 50:", heapq.heapreplace(heap, 50))
print("heap now:", heap)
print("sorted by popping:", [heapq.heappop(heap) for _ in range(len(heap))])

# A max-heap by negating keys.
scores = {"ann": 88, "bob": 95, "cy": 70, "di": 95}
max_heap = [(-s, name) for name, s in scores.items()]
heapq.heapify(max_heap)
best = heapq.heappop(max_heap)
print("best:", best[1], -best[0], "next:", max_heap[0])
