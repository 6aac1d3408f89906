timeout = 30s
retries = 3
print(timeout, retries)
