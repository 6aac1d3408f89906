config = {"host": "localhost", "port": 8080 "debug": True}
print(config)
print(len(config))
