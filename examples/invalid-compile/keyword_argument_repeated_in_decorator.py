def route(**kw):
    return lambda f: f

@route(path="/", path="/home")
def index():
    pass
