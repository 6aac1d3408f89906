handlers = []
handlers.append(lambda *: None)
print(len(handlers))
