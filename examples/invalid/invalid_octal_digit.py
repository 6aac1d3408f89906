mode = 0o755
bad_mode = 0o785
print(mode, bad_mode)
