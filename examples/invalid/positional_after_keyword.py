def connect(host, port, timeout=5):
    return host + ":" + str(port)

print(connect(host="localhost", 8080))
