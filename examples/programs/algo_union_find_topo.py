# Union-find for connected components and Kahn's topological sort of course prerequisites.
class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = dict.fromkeys(items, 0)

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True


people = ["ann", "bob", "cat", "dan", "eve", "fay", "gil"]
friends = [("ann", "bob"), ("cat", "dan"), ("bob", "dan"), ("eve", "fay"), ("ann", "cat")]
ds = DisjointSet(people)
print([ds.union(a, b) for a, b in friends])
groups = {}
for p in people:
    groups.setdefault(ds.find(p), []).append(p)
print(sorted(groups.values()), len(groups))


def topo_sort(prereqs):
    indegree = {}
    children = {}
    for course, needs in prereqs.items():
        indegree.setdefault(course, 0)
        for n in needs:
            indegree.setdefault(n, 0)
            indegree[course] += 1
            children.setdefault(n, []).append(course)
    ready = sorted(c for c, d in indegree.items() if d == 0)
    order = []
    while ready:
        c = ready.pop(0)
        order.append(c)
        for child in sorted(children.get(c, [])):
            indegree[child] -= 1
            if indegree[child] == 0:
                ready.append(child)
        ready.sort()
    if len(order) != len(indegree):
        stuck = sorted(c for c, d in indegree.items() if d > 0)
        raise ValueError(f"cycle among {stuck}")
    return order


courses = {"algorithms": ["data structures", "discrete math"], "data structures": ["programming"],
           "compilers": ["algorithms", "theory"], "theory": ["discrete math"], "programming": []}
print(topo_sort(courses))
courses["programming"] = ["compilers"]
print(topo_sort(courses))
