def run(**__debug__):
    pass
