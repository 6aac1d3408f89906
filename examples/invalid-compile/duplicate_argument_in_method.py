class Vector:
    def __init__(self, x, y, self):
        self.x = x
