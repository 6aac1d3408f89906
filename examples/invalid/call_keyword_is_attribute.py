class Settings:
    size = 1
def show(size):
    print(size)
show(Settings.size=3)
