match 1:
    case int(real=__debug__):
        pass
