# __future__ features are all mandatory in 3.11; the imports still work and are recorded.
from __future__ import division, print_function, generator_stop, absolute_import
import __future__

print(7 / 2, 7 // 2, -7 // 2, 7 % -3)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(f"{name:18} optional={feature.optional[:2]} mandatory={feature.mandatory and feature.mandatory[:2]}")
print(division.compiler_flag == __future__.division.compiler_flag)


def gen():
    yield 1
    raise StopIteration("inside a generator")


def mean(xs):
    # true division even for ints, as the __future__ import promised in Python 2
    return sum(xs) / len(xs)


print(mean([1, 2]), mean([3, 4, 5]), type(mean([2, 2])).__name__)
print(next(gen()))
print(list(gen()))
