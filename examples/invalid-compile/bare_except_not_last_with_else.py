try:
    pass
except KeyError:
    pass
except:
    pass
except IndexError:
    pass
else:
    pass
