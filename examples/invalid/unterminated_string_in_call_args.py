def log(level, text):
    print(level, text)

log("INFO", "server started)
