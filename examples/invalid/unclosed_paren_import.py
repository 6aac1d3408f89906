from os.path import (join,
    exists
print(join("a", "b"))
