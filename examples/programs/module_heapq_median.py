# Running median of a stream with two heaps, and k-way merge of sorted files.
import heapq


class RunningMedian:
    def __init__(self):
        self.low = []   # max-heap via negation
        self.high = []  # min-heap

    def add(self, x):
        if not self.low or x <= -self.low[0]:
            heapq.heappush(self.low, -x)
        else:
            heapq.heappush(self.high, x)
        if len(self.low) > len(self.high) + 1:
            heapq.heappush(self.high, -heapq.heappop(self.low))
        elif len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def median(self):
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) / 2


rm = RunningMedian()
for x in [5, 15, 1, 3, 8, 7, 9, 10, 20, 2]:
    rm.add(x)
    print(f"add {x:2} -> median {rm.median()}")
files = [["apple", "melon", "zebra"], ["banana", "kiwi"], ["cherry", "grape", "peach"]]
print(list(heapq.merge(*files)))
print(list(heapq.merge(*files, key=len, reverse=False))[:4])
print(heapq.nlargest(2, files, key=len))
RunningMedian().median()
