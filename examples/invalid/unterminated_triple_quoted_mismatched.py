usage = """Usage:
    prog [options] FILE
'''
print(usage)
