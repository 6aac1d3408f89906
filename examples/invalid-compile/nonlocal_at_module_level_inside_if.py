import sys
if sys.argv:
    nonlocal argv
