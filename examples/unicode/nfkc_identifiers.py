# Identifiers are NFKC-normalized (PEP 3131): fullwidth letters, ligatures and mathematical
# letters name the same variables as their plain forms, in every position.
import math as ｍａｔｈ
from collections import namedtuple as ｎｔ


class Ｐｏｉｎｔ:
    ﬁeld = 1

    def __init__(self, ｘ, *, ｙ=0):
        self.ｘ = ｘ
        self.y = ｙ

    def ｎｏｒｍ(self):
        return ｍａｔｈ.hypot(self.x, self.ｙ)


ｗｉｄｔｈ = 3
p = Ｐｏｉｎｔ(ｗｉｄｔｈ, y=4)
print(p.norm(), width, Point.field, p.ｆｉｅｌｄ)
ℌ = lambda 𝔵: 𝔵 + width
print(ℌ(1), H(2), f"{ｗｉｄｔｈ!r:>4}", nt)
