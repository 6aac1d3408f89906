def setup():
    def handler():
        return 1
    global handler
