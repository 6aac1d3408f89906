class Config:
    debug = True
    global debug
