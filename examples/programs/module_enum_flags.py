# File permissions with enum.Flag and IntFlag, and an IntEnum for priorities.
from enum import Flag, IntFlag, IntEnum, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    RW = READ | WRITE


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


p = Perm.READ | Perm.EXEC
print(p, Perm.WRITE in p, Perm.READ in p, bool(Perm(0)))
print(Perm.RW, Perm.RW.value, list(Perm))
for octal in (7, 5, 4, 0):
    m = Mode(octal)
    print(octal, m, "".join(ch if f in m else "-" for ch, f in zip("rwx", (Mode.R, Mode.W, Mode.X))))
print(Mode.R | 8, int(Mode.R | Mode.W))
print(sorted([Priority.HIGH, Priority.LOW, Priority.MEDIUM]), Priority.HIGH > 7, Priority.LOW + 1)
print(max(Priority).name, Priority(5))
print(Perm(16))
