from os.path import join, exists, basename,
p = join("a", "b")
print(exists(p), basename(p))
