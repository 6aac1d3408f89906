import os, sys,
print(os.getcwd())
print(sys.argv)
