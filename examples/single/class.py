class C:
    '''doc'''
    x = 1
    x
