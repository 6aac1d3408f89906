# Dijkstra's shortest paths over a small road network, using bisect.insort as a priority queue.
import bisect

ROADS = [
    ("Avon", "Bath", 7), ("Avon", "Crewe", 9), ("Avon", "Frome", 14), ("Bath", "Crewe", 10),
    ("Bath", "Derby", 15), ("Crewe", "Derby", 11), ("Crewe", "Frome", 2), ("Derby", "Exeter", 6),
    ("Exeter", "Frome", 9), ("Gloucester", "Hull", 3),
]
graph = {}
for a, b, d in ROADS:
    graph.setdefault(a, {})[b] = d
    graph.setdefault(b, {})[a] = d


def dijkstra(source):
    dist = {source: 0}
    prev = {}
    queue = [(0, source)]
    done = set()
    while queue:
        d, town = queue.pop(0)
        if town in done:
            continue
        done.add(town)
        for nxt, w in sorted(graph[town].items()):
            nd = d + w
            if nd < dist.get(nxt, float("inf")):
                dist[nxt] = nd
                prev[nxt] = town
                bisect.insort(queue, (nd, nxt))
    return dist, prev


def route(source, target):
    dist, prev = dijkstra(source)
    if target not in dist:
        raise LookupError(f"no route from {source} to {target}")
    path = [target]
    while path[-1] != source:
        path.append(prev[path[-1]])
    return dist[target], path[::-1]


dist, _ = dijkstra("Avon")
for town in sorted(dist, key=dist.get):
    print(f"{town:10} {dist[town]:3}")
for a, b in (("Avon", "Exeter"), ("Exeter", "Bath"), ("Hull", "Gloucester")):
    km, path = route(a, b)
    print(f"{a} -> {b}: {km} via {' > '.join(path)}")
print(route("Avon", "Hull"))
