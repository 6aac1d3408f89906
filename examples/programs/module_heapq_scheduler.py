# A task scheduler with priorities, using heapq as a priority queue.
import heapq

tasks = []
counter = 0


def add(priority, name):
    global counter
    heapq.heappush(tasks, (priority, counter, name))
    counter += 1


for p, n in [(3, "write report"), (1, "fix outage"), (2, "review PR"), (1, "call client"), (5, "lunch")]:
    add(p, n)
print("next up:", tasks[0][2])
clock = 0
while tasks:
    p, _, name = heapq.heappop(tasks)
    clock += p
    print(f"t={clock:2} did {name!r} (priority {p})")
    if name == "fix outage":
        add(4, "write postmortem")
nums = [27, 3, 99, 14, 8, 51, 62, 1]
print("3 smallest:", heapq.nsmallest(3, nums))
print("3 largest:", heapq.nlargest(3, nums))
heapq.heapify(nums)
print("heap:", nums)
print("pushpop:", heapq.heappushpop(nums, 0), "replace:", heapq.heapreplace(nums, 100))
print("merged:", list(heapq.merge([1, 4, 9], [2, 3, 10], [5])))
print(heapq.heappop([]))
