def configure():
    global level
    level: int = 3
