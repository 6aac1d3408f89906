class 3DPoint:
    def __init__(self, x, y, z):
        self.coords = (x, y, z)
