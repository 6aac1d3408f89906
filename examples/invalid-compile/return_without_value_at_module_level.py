import sys
if len(sys.argv) < 2:
    return
