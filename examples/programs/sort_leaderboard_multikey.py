# Sorting a leaderboard by several keys with tuples, reverse, stability and operator helpers.
from operator import attrgetter, itemgetter


class Player:
    def __init__(self, name, team, score, time):
        self.name, self.team, self.score, self.time = name, team, score, time

    def __repr__(self):
        return f"{self.name}({self.team},{self.score},{self.time})"


players = [
    Player("ana", "red", 90, 31.5), Player("bo", "blue", 85, 29.0), Player("cy", "red", 90, 28.2),
    Player("di", "green", 70, 40.1), Player("ed", "blue", 90, 31.5), Player("flo", "green", 85, 27.9),
    Player("gus", "red", 60, 35.0), Player("hal", "blue", 70, 33.3),
]
by_score = sorted(players, key=lambda p: (-p.score, p.time, p.name))
for rank, p in enumerate(by_score, 1):
    print(f"{rank}. {p.name:4} {p.team:6} {p.score:3} {p.time:5.1f}")
print(sorted(players, key=attrgetter("team", "name"))[:4])
stable = sorted(sorted(players, key=attrgetter("name")), key=attrgetter("score"), reverse=True)
print([p.name for p in stable])
teams = {}
for p in players:
    teams.setdefault(p.team, []).append(p.score)
ranking = sorted(teams.items(), key=lambda kv: (sum(kv[1]) / len(kv[1]), kv[0]), reverse=True)
print([(team, round(sum(s) / len(s), 2)) for team, s in ranking])
rows = [("x", 3, 1.5), ("y", 1, 2.5), ("z", 3, 0.5), ("w", 2, 2.5)]
print(sorted(rows, key=itemgetter(1, 2)), sorted(rows, key=itemgetter(2), reverse=True))
print(min(players, key=attrgetter("time")), max(players, key=lambda p: (p.score, -p.time)))
names = ["Émile", "zoe", "Adam", "bob", "adam", "Zed"]
print(sorted(names), sorted(names, key=str.lower), sorted(names, key=lambda s: (len(s), s)))
players.sort(key=attrgetter("time"))
print([p.name for p in players])
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({"b": 1, "a": 2}), sorted([]))
print(sorted(players))
