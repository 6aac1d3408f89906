# A seeded dice game: players roll until someone reaches the target score.
import random

random.seed(2024)
players = ["Ann", "Bob", "Cid"]
scores = dict.fromkeys(players, 0)
TARGET = 30
turn = 0
while max(scores.values()) < TARGET:
    name = players[turn % len(players)]
    roll = random.randint(1, 6) + random.randint(1, 6)
    if roll == 7:
        scores[name] = max(0, scores[name] - 5)
        print(f"turn {turn:2}: {name} rolled 7, loses 5 -> {scores[name]}")
    else:
        scores[name] += roll
        print(f"turn {turn:2}: {name} rolled {roll:2} -> {scores[name]}")
    turn += 1
winner = max(scores, key=scores.get)
print("winner:", winner, scores)
print("shuffle:", random.sample(players, k=3))
print("choice:", random.choice("abcdefg"), "random:", round(random.random(), 10))
print("uniform:", random.uniform(1.0, 2.0))
