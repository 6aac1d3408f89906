# Set algebra on names: clubs, courses, and who is in which.
chess = {'ann', 'ben', 'cid', 'dee', 'eve', 'fay'}
drama = {'cid', 'eve', 'gus', 'hal', 'ivy'}
music = {'ann', 'eve', 'hal', 'jon', 'kim', 'lee', 'max'}

print('chess | drama', chess | drama)
print('chess & music', chess & music)
print('music - chess', music - chess)
print('chess ^ drama', chess ^ drama)
print('union', chess.union(drama, music))
print('intersection', music.intersection(['eve', 'ann', 'zed']))
print('difference', music.difference(chess, drama))
print('symmetric', drama.symmetric_difference(music))
print(chess <= chess | drama, drama.isdisjoint({'zed'}), music.issuperset(['eve']))

everyone = chess | drama | music
clubs = {'chess': chess, 'drama': drama, 'music': music}
membership = {}
for person in sorted(everyone):
    membership[person] = {c for c, members in clubs.items() if person in members}
for person, cs in membership.items():
    print(person, cs)

busy = {p for p, cs in membership.items() if len(cs) > 1}
print('busy', busy)

roster = set(everyone)
roster -= {'ann', 'ben'}
print(roster)
roster &= chess | music
print(roster)
roster ^= {'zed', 'eve', 'yul'}
print(roster)
roster |= frozenset(['new1', 'new2', 'new3'])
print(roster)
roster.intersection_update(everyone, roster)
print(roster)
roster.difference_update(['cid'], {'kim'})
print(roster)
roster.symmetric_difference_update({'ann': 1, 'hal': 2})
print(roster)

grid = {(x, y) for x in range(4) for y in range(4) if (x + y) % 3}
print(grid)
print({n % 7 for n in range(50)}, {n * 1.5 for n in range(6)}, {True, 0, 1.0, 'x', None})
frozen = frozenset(everyone)
print(frozen - {'ann'}, type(frozen | chess).__name__, type(chess | frozen).__name__)
