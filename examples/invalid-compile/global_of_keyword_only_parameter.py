def connect(host, *, timeout):
    global timeout
    return host, timeout
