class Maths:
    from math import *
