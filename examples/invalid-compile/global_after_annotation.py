def configure():
    level: int = 3
    global level
